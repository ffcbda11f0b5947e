#!/usr/bin/env bash
# Webhook intake of N instances on one fresh PostgreSQL schema: each instance gets its own share of the senders
# (bench/intake/IntakeLoad.java, closed loop, signed ContactUpdate webhooks), all at once; the figures of the
# drivers add up to the total. The inbox is drained meanwhile by the instances' own workers, as in production.
# Usage: bash bench/scale/intake.sh [--instances 2] [--count 20000] [--concurrency 16]
set -euo pipefail
cd "$(dirname "$0")/../.."
instances=1
count=20000
concurrency=16
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) instances=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mvn -B -q -DskipTests package
mkdir -p target/bench-scale
source bench/scale/lib.sh
fresh_schema intake
for i in $(seq 1 "$instances"); do
  start_instance $((18800 + i)) "target/bench-scale/intake-$i.log" --ghlsync.sandbox.seed-contacts=0 \
                 --ghlsync.inbox.max-backlog=100000000
done

echo "instances: $instances, senders: $concurrency in all; $(uptime)"
drivers=()
for i in $(seq 1 "$instances"); do
  java bench/intake/IntakeLoad.java --url "http://127.0.0.1:$((18800 + i))/webhooks/ghl" \
       --count $((count / instances)) --warmup $((5000 / instances)) --concurrency $((concurrency / instances)) \
       > "target/bench-scale/intake-driver-$i.txt" 2>&1 &
  drivers+=($!)
done
for pid in "${drivers[@]}"; do wait "$pid"; done
for i in $(seq 1 "$instances"); do echo "--- instance $i"; cat "target/bench-scale/intake-driver-$i.txt"; done
uptime
