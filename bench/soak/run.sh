#!/usr/bin/env bash
# Soak: one instance (sandbox mode, in-process simulators, HighLevel's real rate limit) under a steady stream of
# changes on both sides for --seconds (default 600), driven by bench/e2e/EndToEndLag.java. Every 30 s it forces a full
# GC (jcmd GC.run) and records the heap used after it, live threads and the database pool's connections: they must
# stay flat.
# Usage: bash bench/soak/run.sh [--seconds 600] [--rate 4] [--contacts 100]
# With SPRING_DATASOURCE_URL etc. set, the instance runs on that database (e.g. PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18680}
token=bench-admin-token
seconds=600
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-soak
java -Xmx512m -jar target/ghl-sync.jar --server.port="$port" --ghlsync.admin.token=$token --ghlsync.sandbox.seed-contacts=0 \
     > target/bench-soak/app.log 2>&1 &
app=$!
trap 'kill $sampler 2>/dev/null || true; kill $app 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break; sleep 1; done

metric() { # name [tag]
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/actuator/metrics/$1${2:+?tag=$2}" \
    | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))'
}
(
  echo "elapsed_s,heap_after_gc_bytes,threads,db_connections"
  start=$(date +%s)
  while true; do
    jcmd "$app" GC.run > /dev/null
    echo "$(( $(date +%s) - start )),$(metric jvm.memory.used area:heap),$(metric jvm.threads.live),$(metric hikaricp.connections)"
    sleep 30
  done
) > target/bench-soak/samples.csv &
sampler=$!

uptime
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/e2e/EndToEndLag.java \
     --base "http://127.0.0.1:$port" --seconds "$seconds" "${args[@]}"
uptime
cat target/bench-soak/samples.csv
