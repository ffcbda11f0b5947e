# Shared by bench/scale/*.sh (sourced, not run): one fresh PostgreSQL schema per run, the processes started on it, and
# the cleanup that stops them and drops the schema whatever way the run ends.

psql=(psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q -o /dev/null)
pids=()

fresh_schema() { # prefix → sets $schema
  schema="${1}_$(date +%s)_$$"
  "${psql[@]}" -c "create schema ${schema}"
  trap cleanup EXIT
}

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${psql[@]}" -c "set client_min_messages=warning; drop schema if exists ${schema} cascade" || true
}

await_ready() { # url
  for _ in $(seq 1 180); do curl -sf "$1" >/dev/null && return 0; sleep 1; done
  echo "not ready: $1" >&2; return 1
}

start_instance() { # port log [app arguments...]: the packaged app on $schema, in the background, until ready
  local port=$1 log=$2; shift 2
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${schema}" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    java -jar target/ghl-sync.jar --server.port="$port" "$@" > "$log" 2>&1 &
  pids+=($!)
  await_ready "http://127.0.0.1:$port/actuator/health/readiness"
}
