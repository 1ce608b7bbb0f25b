#!/usr/bin/env bash
# Load benchmark (issue 7): the portal jar on an embedded PostgreSQL holding dataset L,
# logged in as staff, each page measured with wrk for 20 s at 32 connections after a
# short warm-up. Prints req/s, p50, p99 and each page's throughput as a ratio of the
# ceiling (/about: no database, just security, the session and the layout) measured in
# the same run; reruns the list pages at size S for the L/S cost growth; measures the
# JVM's resident memory under load, fresh start to the first 200, and the import and
# export of 10,000 units (.xlsx). Writes bench/results/<date>-load.json.
#
#   bench/load.sh              # everything, about 15 minutes
#   bench/load.sh --quick      # 5 s per page, 2 s warm-up
#   options: --no-build  --no-s  --no-ledger  --no-start  --duration 20s  --connections 32
#            --low-connections 4  (a second, shorter pass for the latency without queueing)
#            --only name,name  (pages by name, e.g. --only ceiling,units-first)
#   env:     DATA_L / DATA_S   data directories to copy (default /tmp/bench-L, /tmp/bench-S;
#                              made with the dataset generator when missing)
#            JAVA_OPTS         extra JVM options for the portal (none by default)
#            PORT              HTTP port (default 8093)
#
# Needs java 17, curl, python3; installs wrk and psql (Debian packages) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=20s WARMUP=5s CONNECTIONS=32 THREADS=2 LOW_CONNECTIONS=4 LOW_DURATION=10s
BUILD=1 RUN_S=1 LEDGER=1 STARTUP=1 ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) DURATION=5s WARMUP=2s LOW_DURATION=3s ;;
    --no-build) BUILD=0 ;;
    --no-s) RUN_S=0 ;;
    --no-ledger) LEDGER=0 ;;
    --no-start) STARTUP=0 ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --low-connections) LOW_CONNECTIONS=$2; shift ;;
    --only) ONLY=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${PORT:-8093}
DATA_L=${DATA_L:-/tmp/bench-L}
DATA_S=${DATA_S:-/tmp/bench-S}
JAVA_OPTS=${JAVA_OPTS:-}
BASE=http://localhost:$PORT

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need psql postgresql-client
need curl curl

if [ $BUILD = 1 ]; then
  echo "building the jar ..."
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi
JAR=$(ls target/lianjian-portal-*.jar | grep -v -- -plain | head -1)

WORK=$(mktemp -d /tmp/lianjian-load-XXXX)
APP=""
stop_app() {
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP"; wait "$APP" 2>/dev/null || true
  fi
  APP=""
}
trap 'stop_app; rm -rf "$WORK"' EXIT

# The dataset generator writes the L and S data directories; they are copied before use,
# because the portal's migrations may change them.
ensure_data() { # size dir
  [ -f "$2/PG_VERSION" ] && return
  echo "no data directory $2: generating dataset $1 (the generator from h/gen) ..."
  ./mvnw -B -q -Pbench -Dspring-javaformat.skip=true test-compile exec:java -Dbench.size="$1" -Dbench.dir="$2"
}

# start_app DATADIR [extra args]: starts the jar, waits for the first 200 on /login and
# sets START_MS (launch to first 200) and PGPORT
start_app() {
  local dir=$1; shift
  PGDATA_DIR=$dir
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --portal.embedded-db.dir="$dir" "$@" \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ]; do
    kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "the portal did not start" >&2; exit 1; }
    sleep 0.1
  done
  START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  # Tomcat answers before the start-up runners (demo data) are done: wait for the banner
  until grep -aq "portal is ready" "$WORK/app.log"; do
    kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "the portal did not start" >&2; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  PGPORT=$(grep -o "Embedded PostgreSQL ready on port [0-9]*" "$WORK/app.log" | grep -o "[0-9]*$")
}

# as the portal's role, with the password the embedded PostgreSQL keeps in its data directory
sql() {
  PGPASSWORD=$(sed -n 's/^portal\.password=//p' "$PGDATA_DIR/lianjian-credentials.properties") \
    psql -tA -h localhost -p "$PGPORT" -U lianjian -d lianjian -c "$1"
}

login() { # sets COOKIE
  local jar=$WORK/cookies
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" "$BASE/login" > "$WORK/login.html"
  local csrf
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=staff" \
    --data-urlencode "password=lianjian-demo" --data-urlencode "_csrf=$csrf" "$BASE/login"
  COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/about")
  [ "$code" = 200 ] || { echo "login as staff failed (/about answered $code)" >&2; exit 1; }
}

# pages NAME|PATH, with ids and terms taken from the database being measured
pages() {
  local units per deep q unit agreement
  units=$(sql "select count(*) from resident_unit where status = 'ACTIVE'")
  deep=$(( units * 9 / 10 / 20 ))
  # a search term that the data holds: two characters from the middle of a unit's name
  q=$(sql "select substr(name, greatest(1, length(name) / 2), 2) from resident_unit where status = 'ACTIVE' order by id offset $(( units / 3 )) limit 1")
  q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
  unit=$(sql "select unit_id from agreement_party p join agreement a on a.id = p.agreement_id where a.status = 'ACTIVE' group by unit_id order by count(*) desc, unit_id limit 1")
  agreement=$(sql "select a.id from agreement a join commitment c on c.agreement_id = a.id where a.status = 'ACTIVE' group by a.id order by count(*) desc, a.id limit 1")
  cat <<EOF
ceiling|/about
home|/
units-first|/units
units-filtered|/units?category=STATE_OWNED&sort=headcount&dir=desc
units-deep|/units?page=$deep
units-search|/units?q=$q
agreements|/agreements
activities|/activities
calendar|/activities/calendar
unit-detail|/units/$unit
agreement-detail|/agreements/$agreement
EOF
}
LIST_PAGES="home units-first units-filtered units-deep units-search agreements activities calendar"

wanted() { [ -z "$ONLY" ] || [ "$1" = ceiling ] || [[ ",$ONLY," == *",$1,"* ]]; }

# measure NAME PATH: prints NAME|PATH|req/s|p50 ms|p99 ms|non-2xx
measure() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$2")
  [ "$code" = 200 ] || { echo "$1 $2 answered $code, not 200" >&2; exit 1; }
  wrk -t$THREADS -c$CONNECTIONS -d$WARMUP --timeout 30s -H "Cookie: $COOKIE" "$BASE$2" > /dev/null
  local out
  # a long timeout: with wrk's default (2 s) a slow page's requests time out, are not
  # counted, and the server keeps working on them
  out=$(wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 30s --latency -H "Cookie: $COOKIE" "$BASE$2")
  echo "$out" > "$WORK/wrk-$1.txt"
  local rps p50 p99 bad
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
  # the same page at a few connections: its latency without waiting behind 31 others
  local low lp50 lp99
  low=$(wrk -t$THREADS -c$LOW_CONNECTIONS -d$LOW_DURATION --timeout 30s --latency -H "Cookie: $COOKIE" "$BASE$2")
  lp50=$(echo "$low" | awk '$1 == "50%" {print $2}')
  lp99=$(echo "$low" | awk '$1 == "99%" {print $2}')
  echo "$1|$2|$rps|$(to_ms "$p50")|$(to_ms "$p99")|${bad:-0}|$(to_ms "$lp50")|$(to_ms "$lp99")"
}

# c2_queue: methods waiting for the optimising JIT compiler (C2), or -1 without jcmd
c2_queue() {
  command -v jcmd > /dev/null || { echo -1; return; }
  jcmd "$APP" Compiler.queue 2>/dev/null | awk '/^C2 compile queue/ {q = 1; next} q && NF > 2 {n++} END {print n + 0}'
}

# warm_up: every wanted page for WARMUP before anything is measured, in passes until the
# C2 queue is nearly empty (at most WARMUP_PASSES passes). On 2 cores there is a single
# C2 thread, and the portal's first passes leave over a thousand methods waiting for it:
# measured then, a page runs partly interpreted while C2 takes one of the two cores, and
# the ceiling came out at a third of its steady speed.
warm_up() {
  local pass=0 queue
  while :; do
    pass=$((pass + 1))
    while IFS='|' read -r name path; do
      wanted "$name" || continue
      wrk -t$THREADS -c$CONNECTIONS -d$WARMUP --timeout 30s -H "Cookie: $COOKIE" "$BASE$path" > /dev/null
    done < <(pages)
    # let C2 work through what the pass queued, without load
    for _ in $(seq 1 30); do
      queue=$(c2_queue)
      [ "$queue" -le 20 ] && break
      sleep 2
    done
    echo "  warm-up pass $pass: $queue methods wait for C2" >&2
    [ "$queue" -le 20 ] && [ "$pass" -ge 2 ] && break
    [ "$pass" -ge "${WARMUP_PASSES:-6}" ] && break
  done
  echo "$pass|$queue" > "$WORK/warmup-$1"
}
to_ms() { # wrk prints 812.00us, 12.34ms or 1.02s
  case "$1" in
    *us) awk -v v="${1%us}" 'BEGIN {printf "%.2f", v / 1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN {printf "%.2f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN {printf "%.2f", v * 1000}' ;;
    *) echo "$1" ;;
  esac
}

run_pages() { # size file: measures every wanted page; RSS is sampled meanwhile
  local size=$1 out=$2
  : > "$out"
  ( while kill -0 "$APP" 2>/dev/null; do ps -o rss= -p "$APP" >> "$WORK/rss-$size"; sleep 1; done ) &
  local sampler=$!
  echo "  warming up every page for $WARMUP a pass ..." >&2
  warm_up "$size"
  while IFS='|' read -r name path; do
    if [ "$size" = S ] && [ "$name" != ceiling ] && [[ " $LIST_PAGES " != *" $name "* ]]; then continue; fi
    wanted "$name" || continue
    echo "  $size $name $path" >&2
    measure "$name" "$path" >> "$out"
  done < <(pages)
  kill $sampler 2>/dev/null || true
}

table() { # file
  local ceil
  ceil=$(awk -F'|' '$1 == "ceiling" {print $3}' "$1")
  printf "%-17s %-44s %9s %9s %9s %7s %10s\n" page path req/s "p50 ms" "p99 ms" ratio "p99 ms@$LOW_CONNECTIONS"
  while IFS='|' read -r name path rps p50 p99 bad lp50 lp99; do
    printf "%-17s %-44s %9s %9s %9s %7.2f %10s%s\n" "$name" "${path:0:44}" "$rps" "$p50" "$p99" \
      "$(awk -v a="$rps" -v b="$ceil" 'BEGIN {print a / b}')" "$lp99" "$([ "$bad" = 0 ] || echo "  ($bad errors or non-2xx)")"
  done < "$1"
}

date_utc=$(date -u +%Y-%m-%d)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

# --- fresh start: empty directory, initdb + migrations + demo data, to the first 200 ---
FRESH_MS=null
if [ $STARTUP = 1 ]; then
  start_app "$WORK/fresh"
  FRESH_MS=$START_MS FRESH_READY_MS=$READY_MS
  stop_app
  start_app "$WORK/fresh"
  RESTART_MS=$START_MS
  stop_app
  rm -rf "$WORK/fresh"
  echo "fresh start (empty directory: initdb, migrations): first 200 after $FRESH_MS ms, demo data loaded after $FRESH_READY_MS ms; restart: first 200 after $RESTART_MS ms"
fi

# --- dataset L ---
ensure_data L "$DATA_L"
cp -a "$DATA_L" "$WORK/pg-L"
rm -f "$WORK/pg-L/postmaster.pid"
start_app "$WORK/pg-L" --portal.demo-data=false
L_START_MS=$START_MS
if [ $STARTUP = 1 ]; then
  # the first start may run new migrations; time a second one
  stop_app
  start_app "$WORK/pg-L" --portal.demo-data=false
  L_START_MS=$START_MS
fi
echo "start to first 200 with dataset L: $L_START_MS ms"
L_COUNTS=$(sql "select (select count(*) from resident_unit) || ' units, ' || (select count(*) from agreement) || ' agreements, ' || (select count(*) from activity) || ' activities, ' || (select count(*) from activity_unit_hours) || ' hours rows'")
echo "dataset L: $L_COUNTS"
login
echo "measuring dataset L, $DURATION per page at $CONNECTIONS connections ..."
run_pages L "$WORK/L.txt"
RSS_MAX=$(sort -n "$WORK/rss-L" | tail -1)
stop_app
echo
table "$WORK/L.txt"
echo "JVM resident memory under load: max $((RSS_MAX / 1024)) MB"

# --- dataset S: the list pages again ---
if [ $RUN_S = 1 ]; then
  ensure_data S "$DATA_S"
  cp -a "$DATA_S" "$WORK/pg-S"
  rm -f "$WORK/pg-S/postmaster.pid"
  start_app "$WORK/pg-S" --portal.demo-data=false
  S_COUNTS=$(sql "select (select count(*) from resident_unit) || ' units, ' || (select count(*) from agreement) || ' agreements, ' || (select count(*) from activity) || ' activities'")
  echo "dataset S: $S_COUNTS"
  login
  run_pages S "$WORK/S.txt"
  stop_app
  echo
  echo "cost growth L/S (time per request = 1 / req/s, and p50):"
  printf "%-17s %9s %9s %9s %9s\n" page "L/S ceil" "L/S time" "L/S p50" "rel."
  awk -F'|' 'NR == FNR {s[$1] = $3; sp[$1] = $4; next} ($1 in s) {l[$1] = $3; lp[$1] = $4; order[++n] = $1}
    END {for (i = 1; i <= n; i++) {k = order[i];
      t = s[k] / l[k]; c = s["ceiling"] / l["ceiling"];
      printf "%-17s %9.2f %9.2f %9.2f %9.2f\n", k, c, t, lp[k] / sp[k], t / c}}' "$WORK/S.txt" "$WORK/L.txt" \
    | tee "$WORK/growth.txt"
  echo "(rel. = the page's L/S time divided by the ceiling's, which removes machine noise between the two runs)"
fi

# --- import and export of 10,000 units (.xlsx) ---
if [ $LEDGER = 1 ]; then
  echo
  echo "ledger import/export of 10,000 units (bench/import-units.sh) ..."
  bench/import-units.sh 10000 2>&1 | grep -E '[0-9] ms|bytes' | tee "$WORK/ledger.txt"
fi

# --- results file ---
mkdir -p bench/results
RESULT=bench/results/$date_utc-load.json
python3 - "$WORK" "$RESULT" <<PY
import json, os, sys
null = None
work, result = sys.argv[1], sys.argv[2]
def rows(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return []
    out = []
    for line in open(path):
        n, p, rps, p50, p99, bad, lp50, lp99 = line.rstrip('\n').split('|')
        out.append({'page': n, 'path': p, 'rps': float(rps), 'p50_ms': float(p50), 'p99_ms': float(p99), 'non_2xx': int(bad),
                    'low_connections': $LOW_CONNECTIONS, 'p50_ms_low': float(lp50), 'p99_ms_low': float(lp99)})
    ceil = next((r['rps'] for r in out if r['page'] == 'ceiling'), None)
    for r in out:
        r['ratio'] = round(r['rps'] / ceil, 3) if ceil else None
    return out
growth = []
if os.path.exists(os.path.join(work, 'growth.txt')):
    for line in open(os.path.join(work, 'growth.txt')):
        k, c, t, p, rel = line.split()
        growth.append({'page': k, 'ceiling_l_over_s': float(c), 'time_l_over_s': float(t), 'p50_l_over_s': float(p), 'relative': float(rel)})
ledger = open(os.path.join(work, 'ledger.txt')).read().splitlines() if os.path.exists(os.path.join(work, 'ledger.txt')) else []
def warmup(size):
    f = os.path.join(work, 'warmup-' + size)
    if not os.path.exists(f):
        return None
    passes, queue = open(f).read().strip().split('|')
    return {'passes': int(passes), 'c2_queue_after': int(queue)}
json.dump({
  'date': '$date_utc', 'machine': {'cores': os.cpu_count(), 'load_at_start': '$LOAD_START', 'load_at_end': '$(cut -d' ' -f1-3 /proc/loadavg)'},
  'settings': {'duration': '$DURATION', 'warmup': '$WARMUP', 'connections': $CONNECTIONS, 'threads': $THREADS, 'java_opts': '$JAVA_OPTS',
               'low_connections': $LOW_CONNECTIONS, 'low_duration': '$LOW_DURATION',
               'warmup_l': warmup('L'), 'warmup_s': warmup('S')},
  'dataset_l': '$L_COUNTS', 'dataset_s': '${S_COUNTS:-}',
  'fresh_start_ms': $FRESH_MS, 'fresh_ready_ms': ${FRESH_READY_MS:-null}, 'restart_ms': ${RESTART_MS:-null}, 'start_with_l_ms': $L_START_MS,
  'jvm_rss_max_mb': round($RSS_MAX / 1024),
  'pages_l': rows('L.txt'), 'pages_s': rows('S.txt'), 'growth': growth, 'ledger': ledger,
}, open(result, 'w'), ensure_ascii=False, indent=1)
PY
echo "written $RESULT"
