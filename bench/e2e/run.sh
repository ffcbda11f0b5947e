#!/usr/bin/env bash
# End-to-end lag benchmark: one ghl-sync instance in sandbox mode (simulators in-process, HighLevel's real rate limit),
# a steady stream of changes on both sides, lag from each change to the write on the other side. The simulator seeds
# no contacts: the first poll after start (at the next 5-minute mark) would otherwise read all 200 seeded ones at
# once, some 600 HighLevel requests, and the changes measured would queue behind that one-off.
# Usage: bash bench/e2e/run.sh [--rate 4] [--seconds 120] [--contacts 100]
# With SPRING_DATASOURCE_URL etc. set, the instance runs on that database (e.g. PostgreSQL) instead of in-memory H2.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18580}
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -jar target/ghl-sync.jar --server.port="$port" --ghlsync.admin.token=bench-admin-token --ghlsync.sandbox.seed-contacts=0 \
     > target/e2e-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  sleep 1
done
uptime
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/e2e/EndToEndLag.java --base "http://127.0.0.1:$port" "$@"
uptime
