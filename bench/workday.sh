#!/usr/bin/env bash
# A working day (issue 17, "Caches decided by a realistic workload"): bench/workday.py's
# simulated users (four roles, own sessions, think time, logins, about one write a
# second) against the portal jar on a copy of freshly loaded demo data. Prints per page
# type the throughput and p50/p95/p99; writes bench/results/<date>-workday.json.
#
#   bench/workday.sh                 # 50 users, 30 s warm-up and 120 s measured
#   options: --no-build  --users 50  --duration 120  --warmup 30  --think 1,3
#            --baseline OTHER.jar --rounds N   # alternate with another jar, N rounds each
#   env:     PORT (default 8095)  JAVA_OPTS (extra JVM options for the portal)
#
# With --baseline, each round runs the other jar and then this checkout's jar on fresh
# copies of the same demo data (prepared by the other jar, so that this one's new
# migrations apply on its copy), and writes <date>-workday-baseline-r<n>.json and
# <date>-workday-r<n>.json: compare the two within a round, the machine's load moves
# between rounds. Every request is also written to a .csv beside each .json.
#
# The login throttle is raised for the run (every simulated user logs in from 127.0.0.1).
# Needs java 17, curl and python3 with requests.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1 USERS=50 DURATION=120 WARMUP=30 THINK=1,3 BASELINE= ROUNDS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --users) USERS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --think) THINK=$2; shift ;;
    --baseline) BASELINE=$(realpath "$2"); shift ;;
    --rounds) ROUNDS=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${PORT:-8095}
BASE=http://localhost:$PORT
JAVA_OPTS=${JAVA_OPTS:-}
WORK=$(mktemp -d /tmp/lianjian-workday.XXXXXX)
STAMP=$(date -u +%F-%H%M)

if [ $BUILD = 1 ]; then
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi
own=$(ls target/lianjian-portal-*.jar | grep -v original | head -1)
jar=${BASELINE:-$own}
ARGS="--server.port=$PORT --portal.login-throttle.per-address=1000000 --portal.login-throttle.per-username=1000000"
# Tomcat's access log gives each request's time inside the server (%D, microseconds), so
# the server's own latency is reported beside what the clients (on the same two cores) saw
ACCESS_PATTERN='%{begin:msec}t|%m|%U|%q|%s|%D'


# start DIR LOG [ARGS...]: starts the jar, waits until the demo data is there
start() {
  local dir=$1 log=$2; shift 2
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" $ARGS --portal.embedded-db.dir="$dir" "$@" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$dir-access" \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=true \
    "--server.tomcat.accesslog.pattern=$ACCESS_PATTERN" > "$log" 2>&1 &
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

# measure JAR NAME: a run on a fresh copy of the demo data
measure() {
  jar=$1
  local out=bench/results/$STAMP-$2.json
  rm -rf "$WORK/run" "$WORK/run-access"
  cp -a "$WORK/demo" "$WORK/run"
  start "$WORK/run" "$WORK/portal-$2.log"
  echo "== $2 ($jar): warm-up ${WARMUP}s, then ${DURATION}s with $USERS users (load $(cut -d' ' -f1 /proc/loadavg))"
  python3 bench/workday.py "$BASE" --users "$USERS" --duration "$WARMUP" --think "$THINK" --seed 1 > /dev/null
  local from; from=$(date +%s%3N)
  python3 bench/workday.py "$BASE" --users "$USERS" --duration "$DURATION" --think "$THINK" --seed 7 --out "$out" \
    --samples "${out%.json}.csv"
  stop
  python3 bench/server_times.py "$WORK/run-access" --from "$from" --into "$out"
  echo "written to $out"
}
if [ -z "$BASELINE" ]; then
  measure "$own" workday
else
  for r in $(seq 1 "$ROUNDS"); do
    measure "$BASELINE" "workday-baseline-r$r"
    measure "$own" "workday-r$r"
  done
fi
rm -rf "$WORK/demo" "$WORK/run"
