#!/usr/bin/env bash
# Crash during import: starts the portal jar on a fresh embedded PostgreSQL (demo data),
# logs in as staff, uploads and commits a 10,000-row unit ledger, kills the JVM with
# SIGKILL while the import's transaction is running (at >= 10% progress, read from the
# import's progress page), restarts the jar on the same data directory (the orphaned
# postmaster and its postmaster.pid are still there) and checks that nothing of the
# import was written and that login and /units work. Exit status 0 when all holds.
#   bench/crash.sh            builds the jar first
#   JAR=path/to.jar bench/crash.sh
# The driver is org.lianjian.unit.CrashDuringImport (test sources); the same run is the
# JUnit test CrashDuringImportTests, on the test class path instead of the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true -Djacoco.skip=true
  JAR="$(ls target/lianjian-portal-*.jar | grep -v '\.original$' | head -1)"
else
  ./mvnw -B -q test-compile -Dspring-javaformat.skip=true
fi
CP="$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lianjian-crash.XXXXXX")"
echo "jar: $JAR; data directory: $WORK/postgres; portal log: $WORK/postgres-portal.log"
start=$(date +%s)
status=0
java -cp "$CP" org.lianjian.unit.CrashDuringImport "$WORK/postgres" java -Xmx1g -jar "$JAR" || status=$?
echo "crash test took $(( $(date +%s) - start )) s (exit status $status)"
[ "$status" -eq 0 ] && rm -rf "$WORK/postgres"
exit "$status"
