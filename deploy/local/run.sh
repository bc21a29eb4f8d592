#!/usr/bin/env bash
# Starts the whole suite locally: an embedded PostgreSQL (or the server named by SUITE_DB_URL),
# one database per service with seed data, and every service. Ctrl-C or SIGTERM stops it all.
#
#   deploy/local/run.sh            start (builds what is missing; data kept in .local/pgdata)
#   deploy/local/run.sh --rebuild  rebuild the services first
#   deploy/local/run.sh --reset    delete the local data first, then start
#
# Environment: SUITE_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/), SUITE_DB_USER, SUITE_DB_PASSWORD
# to use an existing server instead; SUITE_PG_PORT (default 15432) for the embedded one;
# SUITE_DATA_DIR (default .local/pgdata).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
local_dir="$root/.local"
data_dir=${SUITE_DATA_DIR:-$local_dir/pgdata}
logs="$local_dir/logs"
pg_port=${SUITE_PG_PORT:-15432}
rebuild=false

for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    --reset) echo "Deleting local data in $data_dir"; rm -rf "$data_dir" ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

# name:port of each service the build has, in start order
services=()
for s in councils-service:8081 directions-service:8082 reporting-service:8083; do
  grep -q "<module>${s%%:*}</module>" pom.xml && services+=("$s")
done

devkit_jar=deploy/local/devkit/target/devkit-runner.jar
need_build=$rebuild
[ -f "$devkit_jar" ] || need_build=true
for s in "${services[@]}"; do
  [ -f "${s%%:*}/target/quarkus-app/quarkus-run.jar" ] || need_build=true
done
if $need_build; then
  echo "Building the suite (first run takes a few minutes)..."
  ./mvnw -q -B -DskipTests install
fi

mkdir -p "$logs"
pids=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  echo
  echo "Stopping the suite..."
  # services first, the database last
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill -TERM "${pids[$i]}" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "${pids[$i]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# --- database ---
databases=()
for s in "${services[@]}"; do n=${s%%:*}; databases+=("${n%-service}"); done
echo "Starting PostgreSQL..."
java -jar "$devkit_jar" --data-dir "$data_dir" --port "$pg_port" "${databases[@]}" >"$logs/postgres.log" 2>&1 &
pids+=($!)
db_url=""
for _ in $(seq 1 600); do
  if line=$(grep -m1 '^READY ' "$logs/postgres.log" 2>/dev/null); then db_url=${line#READY }; break; fi
  kill -0 "${pids[0]}" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$db_url" ]; then
  echo "PostgreSQL did not start; see $logs/postgres.log (a stale data directory can be cleared with --reset)." >&2
  tail -20 "$logs/postgres.log" >&2 || true
  exit 1
fi
echo "PostgreSQL ready at $db_url"

# --- services ---
jwt_key="file:$root/deploy/local/devkit/src/main/resources/dev-jwt/public.pem"
export JWT_PUBLIC_KEYS_URL="$jwt_key" JWT_ISSUER="https://dev-only.intervention.invalid"
export COUNCILS_SERVICE_URL="http://127.0.0.1:8081" DIRECTIONS_SERVICE_URL="http://127.0.0.1:8082"
# reporting-service mints its own short-lived read-only tokens with the development key, which the
# other two services trust locally
export REPORTING_SERVICE_SIGNING_KEY="$root/deploy/local/devkit/src/main/resources/dev-jwt/private.pem"
export QUARKUS_HTTP_HOST=127.0.0.1
db_user=${SUITE_DB_USER:-postgres}
db_password=${SUITE_DB_PASSWORD:-}

for s in "${services[@]}"; do
  name=${s%%:*}; port=${s##*:}; prefix=$(echo "${name%-service}" | tr '[:lower:]' '[:upper:]')
  env "${prefix}_DB_URL=${db_url}${name%-service}" "${prefix}_DB_USER=$db_user" "${prefix}_DB_PASSWORD=$db_password" \
      SEED_DATA=true HTTP_HOST=127.0.0.1 \
      java -jar "$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
done

# readiness over plain bash TCP, so that no curl is needed
ready() {
  local port=$1
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    IFS= read -r status <&3 || exit 1
    [[ "$status" == *" 200"* ]]
  ) 2>/dev/null
}
for i in "${!services[@]}"; do
  name=${services[$i]%%:*}; port=${services[$i]##*:}; pid=${pids[$((i+1))]}
  for _ in $(seq 1 1200); do
    ready "$port" && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; see $logs/$name.log" >&2
      tail -30 "$logs/$name.log" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  ready "$port" || { echo "$name is not ready after 120 s; see $logs/$name.log" >&2; exit 1; }
  echo "$name ready on port $port"
done

echo
echo "Swagger UI:"
for s in "${services[@]}"; do
  echo "  ${s%%:*}: http://127.0.0.1:${s##*:}/q/swagger-ui   (contract: http://127.0.0.1:${s##*:}/q/openapi)"
done
echo
echo "Get a token:  deploy/local/token.sh dfe-analyst      (or dfe-admin, commissioner E06000021, council-reporter E08000007)"
echo "Logs:         $logs"
echo "READY: intervention suite is running. Press Ctrl-C to stop."
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "A process of the suite exited unexpectedly; see $logs" >&2
      exit 1
    fi
  done
  sleep 2
done
