#!/usr/bin/env bash
# Times the Excel ledger import (parse + validate + preview, then the commit) of a
# generated 10,000-row .xlsx, a re-import, and the export of the 10,000 units.
# Uses the test database chooser (PORTAL_TEST_JDBC_URL, else Testcontainers, else an
# embedded PostgreSQL started clean) with demo data.
#   bench/import-units.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspring-javaformat.skip=true
CP="$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
exec java -Xmx1g -cp "$CP" org.lianjian.unit.LedgerBenchmark "${1:-10000}"
