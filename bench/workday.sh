#!/usr/bin/env bash
# A working day (issue 17, "Caches decided by a realistic workload"): bench/workday.py's
# simulated users (four roles, own sessions, think time, logins, about one write a
# second) against the portal jar on the demo data, once with the kept-pages cache and
# once without (portal.page-cache.enabled=false), in the same run, on copies of the same
# data directory. Prints per page type the throughput and p50/p95/p99, and the kept-page
# hit ratio; writes bench/results/<date>-workday.json.
#
#   bench/workday.sh                 # 50 users, 30 s warm-up and 120 s measured per setting
#   options: --no-build  --users 50  --duration 120  --warmup 30  --think 1,3
#   env:     PORT (default 8095)  JAVA_OPTS (extra JVM options for the portal)
#
# The login throttle is raised for the run (every simulated user logs in from 127.0.0.1).
# Needs java 17, curl and python3 with requests.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1 USERS=50 DURATION=120 WARMUP=30 THINK=1,3
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --users) USERS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --think) THINK=$2; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${PORT:-8095}
BASE=http://localhost:$PORT
JAVA_OPTS=${JAVA_OPTS:-}
WORK=$(mktemp -d /tmp/lianjian-workday.XXXXXX)
OUT=bench/results/$(date -u +%F)-workday.json

if [ $BUILD = 1 ]; then
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi
jar=$(ls target/lianjian-portal-*.jar | grep -v original | head -1)
ARGS="--server.port=$PORT --portal.login-throttle.per-address=1000000 --portal.login-throttle.per-username=1000000"

# start DIR LOG [ARGS...]: starts the jar, waits until the demo data is there
start() {
  local dir=$1 log=$2; shift 2
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" $ARGS --portal.embedded-db.dir="$dir" "$@" > "$log" 2>&1 &
  echo $! > "$WORK/pid"
  until grep -aq "portal is ready" "$log"; do
    kill -0 "$(cat "$WORK/pid")" 2>/dev/null || { echo "the portal stopped, see $log" >&2; exit 1; }
    sleep 0.5
  done
}
stop() {
  local pid; pid=$(cat "$WORK/pid")
  kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
trap 'kill -TERM "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true' EXIT

echo "preparing the demo data in $WORK/demo"
start "$WORK/demo" "$WORK/prepare.log"
stop

for cache in on off; do
  flag=true; [ $cache = off ] && flag=false
  cp -a "$WORK/demo" "$WORK/$cache"
  start "$WORK/$cache" "$WORK/portal-$cache.log" --portal.page-cache.enabled=$flag
  echo "== kept pages $cache: warm-up ${WARMUP}s, then ${DURATION}s with $USERS users (load $(cut -d' ' -f1 /proc/loadavg))"
  python3 bench/workday.py "$BASE" --users "$USERS" --duration "$WARMUP" --think "$THINK" --seed 1 > /dev/null
  python3 bench/workday.py "$BASE" --users "$USERS" --duration "$DURATION" --think "$THINK" --seed 7 \
    --out "$WORK/$cache.json"
  stop
done

python3 - "$WORK/on.json" "$WORK/off.json" "$OUT" <<'PY'
import json, sys
on, off = (json.load(open(p)) for p in sys.argv[1:3])
print(f"\n{'page type':48} {'p95 on':>8} {'p95 off':>8} {'p95 gain':>9} {'p99 on':>8} {'p99 off':>8}")
for kind in sorted(set(on["pages"]) | set(off["pages"])):
    a, b = on["pages"].get(kind), off["pages"].get(kind)
    if a and b:
        gain = (b["p95"] - a["p95"]) / b["p95"] if b["p95"] else 0
        print(f"{kind:48} {a['p95']:8} {b['p95']:8} {gain:9.0%} {a['p99']:8} {b['p99']:8}")
gain = (off["p95"] - on["p95"]) / off["p95"]
print(f"{'all':48} {on['p95']:8} {off['p95']:8} {gain:9.0%} {on['p99']:8} {off['p99']:8}")
print(f"kept-page hit ratio with the cache: {on['kept_pages']['hit_ratio']}")
json.dump({"cache_on": on, "cache_off": off, "p95_gain_all": round(gain, 3)}, open(sys.argv[3], "w"),
          indent=1, ensure_ascii=False)
print("written to", sys.argv[3])
PY
