#!/usr/bin/env bash
# Scale-out benchmark: N instances of the packaged app on one fresh PostgreSQL schema, sharing one set of simulators
# (a separate process, profile "simulator"), driven by bench/e2e/EndToEndLag.java against those simulators.
# The simulators deliver every webhook to instance 1; all instances share the inbox work, the poll and the budget.
#
# Usage: bash bench/scale/run.sh [--instances 2] [--ghl-burst 100] [EndToEndLag options: --contacts 100 --rate 4 --seconds 120]
#   --ghl-burst: the HighLevel simulator's budget per 10 s and location (HighLevel's is 100); raise it to measure the
#                app rather than the budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
instances=1
burst=100
driver=()
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=$2; shift 2 ;;
    --ghl-burst) burst=$2; shift 2 ;;
    *) driver+=("$1"); shift ;;
  esac
done

mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-scale
source bench/scale/lib.sh
fresh_schema bench

sims=18700
first=18701
intake="http://127.0.0.1:${first}/webhooks"
java -jar target/ghl-sync.jar --spring.profiles.active=simulator --server.port=$sims \
     --ghlsync.sandbox.seed-contacts=0 --ghlsync.sandbox.ghl.rate-limit.burst="$burst" \
     --ghlsync.sandbox.webhook-url="$intake/ghl" --ghlsync.pushpress.simulator.webhooks.url="$intake/pushpress" \
     --ghlsync.app.simulator.webhooks.url="$intake/app" > target/bench-scale/simulators.log 2>&1 &
pids+=($!)
await_ready "http://127.0.0.1:$sims/actuator/health"

for i in $(seq 1 "$instances"); do
  start_instance $((first + i - 1)) "target/bench-scale/instance-$i.log" --ghlsync.sandbox.url="http://127.0.0.1:$sims" \
                 --ghlsync.admin.token=bench-admin-token
done

echo "instances: $instances, HighLevel budget: $burst per 10 s; $(uptime)"
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/e2e/EndToEndLag.java \
     --base "http://127.0.0.1:$sims" "${driver[@]}"
uptime
