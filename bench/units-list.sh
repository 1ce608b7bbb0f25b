#!/usr/bin/env bash
# Unit list at 2,000 units: starts the portal jar on a fresh embedded PostgreSQL (demo
# data), tops the registry up to 2,000 units with generated rows, logs in as staff and
# measures /units pages with wrk, reporting each page's throughput as a ratio of the
# cheapest page (/login) measured in the same run.
#
#   bench/units-list.sh            # needs: java 17, wrk, psql (installed if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8093}
UNITS=${UNITS:-2000}
DURATION=${DURATION:-10s}
DATA=$(mktemp -d /tmp/lianjian-bench-XXXX)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
[ -f target/lianjian-portal-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package

java -jar target/lianjian-portal-0.1.0-SNAPSHOT.jar --server.port=$PORT --portal.embedded-db.dir=$DATA/pg \
  > $DATA/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf $DATA' EXIT
until grep -q "ready: http" $DATA/app.log; do sleep 0.5; kill -0 $APP; done
PGPORT=$(grep -o "Embedded PostgreSQL ready on port [0-9]*" $DATA/app.log | grep -o "[0-9]*$")

# generated units: categories, ranks and areas spread like the demo data
psql -q -h localhost -p "$PGPORT" -U postgres -d postgres <<SQL
insert into resident_unit (name, short_name, category, admin_rank, residential_area_id, headcount, status, address)
select '基准单位' || lpad(g::text, 5, '0') || '号',
       '基准' || g,
       (array['PARTY_GOVERNMENT','PUBLIC_INSTITUTION','STATE_OWNED','NON_PUBLIC','SOCIAL_ORGANISATION','OTHER'])[1 + g % 6],
       (array['MINISTERIAL','BUREAU','COUNTY','TOWNSHIP','NONE','NONE','NONE'])[1 + g % 7],
       (select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id offset (g % 10) limit 1),
       20 + g % 900, 'ACTIVE', '曲阳路' || g || '号'
from generate_series(1, $UNITS - (select count(*) from resident_unit)) g;
analyze;
SQL
echo "units: $(psql -tA -h localhost -p "$PGPORT" -U postgres -d postgres -c 'select count(*) from resident_unit')"

JAR=$DATA/cookies
curl -s -c $JAR -b $JAR http://localhost:$PORT/login > $DATA/login.html
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' $DATA/login.html | head -1 | sed 's/.*value="//;s/"//')
curl -s -c $JAR -b $JAR -o /dev/null -d "username=staff&password=lianjian-demo&_csrf=$CSRF" http://localhost:$PORT/login
SESSION=$(grep JSESSIONID $JAR | awk '{print $7}')

run() { # name path; a short run first warms the JIT up for that page
  local out
  wrk -t2 -c16 -d3s -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$PORT$2" > /dev/null
  out=$(wrk -t2 -c16 -d$DURATION --latency -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$PORT$2")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$1|$2|$rps|$p50|$p99"
}
curl -s -o /dev/null -w "warm-up /units: %{http_code} %{time_total}s\n" -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$PORT/units"
RESULTS=$( {
  run ceiling /login
  run first "/units"
  run filtered "/units?category=STATE_OWNED&rank=BUREAU"
  run search "/units?q=%E5%9F%BA%E5%87%86%E5%8D%95%E4%BD%8D01"
  run deep "/units?page=90"
  run sorted "/units?sort=headcount&dir=desc&page=40"
} )
for path in "/units" "/units?page=90"; do
  for i in $(seq 1 40); do
    curl -s -o /dev/null -w "%{time_total}\n" -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$PORT$path"
  done | sort -n | awk -v p="$path" '{a[NR]=$1} END {printf "one request at a time, %s: median %.1f ms, max %.1f ms\n", p, a[int(NR/2)]*1000, a[NR]*1000}'
done
CEIL=$(echo "$RESULTS" | head -1 | cut -d'|' -f3)
printf "%-10s %-45s %10s %9s %9s %7s\n" page path req/s p50 p99 ratio
echo "$RESULTS" | while IFS='|' read -r name path rps p50 p99; do
  printf "%-10s %-45s %10s %9s %9s %7.2f\n" "$name" "$path" "$rps" "$p50" "$p99" "$(echo "$rps / $CEIL" | bc -l)"
done
