#!/usr/bin/env bash
# Matching at a dataset size (issue 18): suggestions for open needs (another need each
# request) and the deficit heat map (JSON and page, this year and this quarter), as staff,
# one request at a time after a warm-up. Reports server time (Tomcat access log), wall
# time, and statements per request (pg_stat_statements) via bench/matching.py.
#
#   bench/matching.sh                  # dataset L, 300 suggestion requests
#   bench/matching.sh --size S --no-build --n 300 --warm 200
#   env: DATA_L / DATA_S  data directories to copy (default /tmp/bench-L, /tmp/bench-S;
#                         made with the dataset generator when missing, as bench/load.sh)
#        PORT             HTTP port (default 8094)
#        JAR              the portal jar to measure (default target/lianjian-portal-*.jar, built
#                         unless --no-build), e.g. an older build for a before/after ratio
#        TAG              a word added to the results file's name (e.g. baseline)
#
# Writes bench/results/<date>-<time>-matching-<size>[-<tag>].json.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=L BUILD=1 N=300 WARM=200
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=$2; shift ;;
    --no-build) BUILD=0 ;;
    --n) N=$2; shift ;;
    --warm) WARM=$2; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${PORT:-8094}
DATA=$([ "$SIZE" = S ] && echo "${DATA_S:-/tmp/bench-S}" || echo "${DATA_L:-/tmp/bench-L}")
STAMP=$(date -u +%F-%H%M)

if [ $BUILD = 1 ]; then
  echo "building the jar ..."
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi
JAR=${JAR:-$(ls target/lianjian-portal-*.jar | grep -v -- -plain | head -1)}
OUT=bench/results/$STAMP-matching-$SIZE${TAG:+-$TAG}.json
if [ ! -f "$DATA/PG_VERSION" ]; then
  echo "no data directory $DATA: generating dataset $SIZE ..."
  ./mvnw -B -q -Pbench -Dspring-javaformat.skip=true test-compile exec:java -Dbench.size="$SIZE" -Dbench.dir="$DATA"
fi

WORK=$(mktemp -d /tmp/lianjian-matching-XXXX)
APP=""
stop_app() {
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP"; wait "$APP" 2>/dev/null || true
  fi
  APP=""
}
trap 'stop_app; rm -rf "$WORK"' EXIT

start_app() { # extra args
  java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.dir="$WORK/pg" --portal.demo-data=false "$@" \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  until grep -aq "portal is ready" "$WORK/app.log"; do
    kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "the portal did not start" >&2; exit 1; }
    sleep 0.5
  done
  PGPORT=$(grep -ao "Embedded PostgreSQL ready on port [0-9]*" "$WORK/app.log" | tail -1 | grep -o "[0-9]*$")
  local tries=0
  until psql -h localhost -p "$PGPORT" -U postgres -d postgres -Atqc "select 1" > /dev/null 2>&1; do
    tries=$((tries + 1))
    [ $tries -lt 60 ] || { echo "PostgreSQL on port $PGPORT does not answer" >&2; exit 1; }
    sleep 0.5
  done
}
psql_as_superuser() { # DB
  echo "psql -h localhost -p $PGPORT -U postgres -d $1"
}

# a copy (the portal's migrations may change it), with pg_stat_statements loaded
cp -a "$DATA" "$WORK/pg"
rm -f "$WORK/pg/postmaster.pid"
PGPASSWORD=$(sed -n 's/^superuser\.password=//p' "$WORK/pg/lianjian-credentials.properties")
export PGPASSWORD
start_app
$(psql_as_superuser postgres) -q -c "alter system set shared_preload_libraries = 'pg_stat_statements'" \
  -c "alter system set pg_stat_statements.track = 'all'"
stop_app
start_app --server.tomcat.accesslog.enabled=true --server.tomcat.basedir="$WORK/tomcat" \
  --server.tomcat.accesslog.directory="$WORK" --server.tomcat.accesslog.prefix=access \
  --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.file-date-format= \
  --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%m %U%q %s %D'
PSQL=$(psql_as_superuser lianjian)
$PSQL -q -c "create extension if not exists pg_stat_statements"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); jar $JAR; checkout $(git rev-parse --short HEAD)$(git diff --quiet || echo +changes)"
mkdir -p bench/results
python3 bench/matching.py "http://localhost:$PORT" --psql "$PSQL" --access-log "$WORK/access.log" --n "$N" \
  --warm "$WARM" --out "$OUT"
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg); written $OUT"
