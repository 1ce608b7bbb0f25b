#!/usr/bin/env bash
# Start and stop of the portal (docs/performance.md, "Start and stop"), on a warm checkout:
#   - from `./mvnw spring-boot:run` to the first 200 on /login, and from `java -jar` to the
#     same, in the same run, on the same data directory (demo data already there);
#   - from SIGTERM (what Ctrl-C's SIGINT also does) to the exit of the JVM, and whether the
#     shutdown logged any WARN or ERROR;
#   - stopping `./mvnw spring-boot:run`: SIGTERM to its process group (Ctrl-C in a terminal
#     sends SIGINT, but a script's background jobs ignore SIGINT, so SIGTERM stands in).
# Usage: bench/start-stop.sh [rounds]   (PORT=8096 by default; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
PORT=${PORT:-8096}
WORK=$(mktemp -d /tmp/lianjian-start-stop.XXXXXX)
DATA=$WORK/postgres
BASE=http://localhost:$PORT

now() { date +%s%N; }
ms() { echo $(( ($(now) - $1) / 1000000 )); }

# first_200 T0 LOG: waits for the first 200 on /login, prints the milliseconds since T0
first_200() {
  local t0=$1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ]; do sleep 0.05; done
  ms "$t0"
}

# stop PID LOG: SIGTERM, waits for the exit, prints the milliseconds and the shutdown's WARN/ERROR count
stop() {
  local pid=$1 log=$2 t0
  local before; before=$(wc -l < "$log")
  t0=$(now)
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
  local took; took=$(ms "$t0")
  local bad; bad=$(tail -n +"$((before + 1))" "$log" | grep -cE ' (WARN|ERROR) ' || true)
  echo "$took $bad"
}

jar=$(ls target/lianjian-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -o package -DskipTests
  jar=$(ls target/lianjian-portal-*.jar | grep -v original | head -1)
fi
ARGS="--server.port=$PORT --portal.embedded-db.dir=$DATA"

echo "priming $DATA with the demo data, and compiling for spring-boot:run"
./mvnw -q -o compile
# shellcheck disable=SC2086
java -jar "$jar" $ARGS > "$WORK/prime.log" 2>&1 &
pid=$!
first_200 "$(now)" > /dev/null
until grep -aq "portal is ready" "$WORK/prime.log"; do sleep 0.2; done
read -r took bad < <(stop "$pid" "$WORK/prime.log")
echo "prime: stopped in $took ms, $bad WARN/ERROR lines while stopping"

for round in $(seq 1 "$ROUNDS"); do
  t0=$(now)
  setsid ./mvnw -q -o spring-boot:run "-Dspring-boot.run.arguments=$ARGS" > "$WORK/run-$round.log" 2>&1 &
  mvn_pid=$!
  run_ms=$(first_200 "$t0")
  t1=$(now)
  kill -TERM -- "-$mvn_pid"
  while kill -0 "$mvn_pid" 2>/dev/null; do sleep 0.02; done
  ctrl_c_ms=$(ms "$t1")
  while curl -s -o /dev/null "$BASE/login"; do sleep 0.05; done

  t0=$(now)
  # shellcheck disable=SC2086
  java -jar "$jar" $ARGS > "$WORK/jar-$round.log" 2>&1 &
  pid=$!
  jar_ms=$(first_200 "$t0")
  until grep -aq "portal is ready" "$WORK/jar-$round.log"; do sleep 0.1; done
  read -r stop_ms bad < <(stop "$pid" "$WORK/jar-$round.log")
  echo "round $round: spring-boot:run -> first 200 in $run_ms ms (SIGTERM to the group -> exit $ctrl_c_ms ms);" \
    "java -jar -> first 200 in $jar_ms ms; SIGTERM -> exit in $stop_ms ms, $bad WARN/ERROR lines while stopping"
done
echo "logs in $WORK; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
