#!/usr/bin/env bash
# What one home page (and one login) costs the portal, per role, for two jars in turn:
# CPU time of the portal's JVM per request, statements and transactions per request
# (bench/page_cost.py). Meant for a machine shared with other builds, where response
# times say more about the neighbours than about the portal.
#
#   bench/page-cost.sh BASELINE.jar [--rounds 2] [--n 30] [--warm 20] [--paths /,/units]
#   env: PORT (default 8095)
#
# Demo data is prepared once by BASELINE.jar, with pg_stat_statements loaded; each round
# runs BASELINE.jar and then this checkout's jar (target/, not rebuilt) on fresh copies.
# Writes bench/results/<date>-page-cost-{baseline,own}-r<n>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE=$(realpath "$1"); shift
ROUNDS=1 N=30 WARM=20 PATHS=/
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift ;;
    --n) N=$2; shift ;;
    --warm) WARM=$2; shift ;;
    --paths) PATHS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${PORT:-8095}
own=$(ls target/lianjian-portal-*.jar | grep -v original | head -1)
WORK=$(mktemp -d /tmp/lianjian-page-cost.XXXXXX)
STAMP=$(date -u +%F-%H%M)
ARGS="--server.port=$PORT --portal.login-throttle.per-address=1000000 --portal.login-throttle.per-username=1000000"

start() {  # JAR DIR
  java -jar "$1" $ARGS --portal.embedded-db.dir="$2" > "$WORK/portal.log" 2>&1 &
  echo $! > "$WORK/pid"
  until grep -aq "portal is ready" "$WORK/portal.log"; do
    kill -0 "$(cat "$WORK/pid")" 2>/dev/null || { echo "the portal stopped, see $WORK/portal.log" >&2; exit 1; }
    sleep 1
  done
}
stop() {
  local pid; pid=$(cat "$WORK/pid")
  kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
# superuser DIR: the superuser's password of the embedded cluster in DIR, for psql
superuser() {
  PGPASSWORD=$(grep '^superuser.password=' "$1/lianjian-credentials.properties" | cut -d= -f2-)
  export PGPASSWORD
}
# psql_cmd DB: psql on the port the portal logged
psql_cmd() {
  local port
  port=$(grep -a "Embedded PostgreSQL ready on port" "$WORK/portal.log" | tail -1 | sed 's/.*port \([0-9]*\).*/\1/')
  echo "psql -h localhost -p $port -U postgres -d $1"
}
trap 'kill -TERM "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true' EXIT

echo "preparing the demo data in $WORK/demo"
start "$BASELINE" "$WORK/demo"
superuser "$WORK/demo"
$(psql_cmd postgres) -q -c "alter system set shared_preload_libraries = 'pg_stat_statements'" \
  -c "alter system set pg_stat_statements.track = 'all'"
stop

measure() {  # JAR NAME
  rm -rf "$WORK/run"; cp -a "$WORK/demo" "$WORK/run"
  start "$1" "$WORK/run"
  superuser "$WORK/run"
  local psql; psql=$(psql_cmd lianjian)
  $psql -q -c "create extension if not exists pg_stat_statements"
  echo "== $2 ($1), load $(cut -d' ' -f1 /proc/loadavg)"
  python3 bench/page_cost.py "http://localhost:$PORT" "$(cat "$WORK/pid")" --psql "$psql" --n "$N" --warm "$WARM" \
    --paths "$PATHS" --out "bench/results/$STAMP-$2.json"
  stop
}
for r in $(seq 1 "$ROUNDS"); do
  measure "$BASELINE" "page-cost-baseline-r$r"
  measure "$own" "page-cost-own-r$r"
done
rm -rf "$WORK/demo" "$WORK/run"
