#!/usr/bin/env bash
# Starts the whole suite locally: an embedded PostgreSQL (or the server named by SUITE_DB_URL),
# one database per service with seed data, and every service. Ctrl-C or SIGTERM stops it all.
#
#   deploy/local/run.sh            start (builds what is missing; data kept in .local/pgdata)
#   deploy/local/run.sh --rebuild  rebuild the services first
#   deploy/local/run.sh --reset    delete the local data first, then start
#
# Calendar subscription URLs are signed with a secret generated once and kept beside the data
# (.local/feed-secret, or feed-secret next to SUITE_DATA_DIR), so that they survive a restart; delete
# it to revoke them all. REPORTING_FEED_SECRET, when set, is used instead. The Atom feed's
# subscription URLs likewise (directions-feed-secret; DIRECTIONS_FEED_SECRET).
#
# Environment: SUITE_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/), SUITE_DB_USER, SUITE_DB_PASSWORD
# to use an existing server instead; SUITE_PG_PORT (default 15432) for the embedded one;
# SUITE_DATA_DIR (default .local/pgdata); SUITE_LOG_DIR (default .local/logs); the services' ports
# SUITE_COUNCILS_PORT, SUITE_DIRECTIONS_PORT, SUITE_REPORTING_PORT (default 8081-8083) and their
# management ports (health, metrics) SUITE_COUNCILS_MANAGEMENT_PORT, SUITE_DIRECTIONS_MANAGEMENT_PORT,
# SUITE_REPORTING_MANAGEMENT_PORT (default 9081-9083).
set -euo pipefail
started_at=$SECONDS

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
local_dir="$root/.local"
data_dir=${SUITE_DATA_DIR:-$local_dir/pgdata}
logs=${SUITE_LOG_DIR:-$local_dir/logs}
pg_port=${SUITE_PG_PORT:-15432}
rebuild=false

for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    --reset) echo "Deleting local data in $data_dir"; rm -rf "$data_dir" ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

# name:port:management port of each service the build has, in start order
councils_port=${SUITE_COUNCILS_PORT:-8081}
directions_port=${SUITE_DIRECTIONS_PORT:-8082}
reporting_port=${SUITE_REPORTING_PORT:-8083}
services=()
for s in "councils-service:$councils_port:${SUITE_COUNCILS_MANAGEMENT_PORT:-9081}" \
         "directions-service:$directions_port:${SUITE_DIRECTIONS_MANAGEMENT_PORT:-9082}" \
         "reporting-service:$reporting_port:${SUITE_REPORTING_MANAGEMENT_PORT:-9083}"; do
  grep -q "<module>${s%%:*}</module>" pom.xml && services+=("$s")
done

devkit_jar=deploy/local/devkit/target/devkit-runner.jar
need_build=$rebuild
[ -f "$devkit_jar" ] || need_build=true
for s in "${services[@]}"; do
  [ -f "${s%%:*}/target/quarkus-app/quarkus-run.jar" ] || need_build=true
done
mkdir -p "$logs"

# Maven's reactor output, whole in the build log; on the terminal one line as each module starts and
# as it finishes, and a note when a module waits for downloads (a cold cache)
build_progress() {
  local line module="" step="" began=0 downloading=false
  local module_re='^\[INFO\] -+< [^:]+:([^ ]+) >-+$' step_re='^\[INFO\] Building .*\[([0-9]+/[0-9]+)\]$'
  while IFS= read -r line; do
    printf '%s\n' "$line" >&4
    if [[ "$line" =~ $module_re ]]; then
      [ -n "$module" ] && echo "  $step $module built in $((SECONDS - began)) s"
      module=${BASH_REMATCH[1]} began=$SECONDS downloading=false
    elif [[ "$line" =~ $step_re ]]; then
      step="[${BASH_REMATCH[1]}]"
      echo "  $step $module..."
    elif [[ "$line" == *"Downloading from "* ]] && ! $downloading && [ -n "$module" ]; then
      downloading=true
      echo "  $step $module: downloading dependencies (a first build fetches many)"
    elif [[ "$line" == "[INFO] BUILD SUCCESS" ]] && [ -n "$module" ]; then
      echo "  $step $module built in $((SECONDS - began)) s"
    fi
  done
}
if $need_build; then
  build_log="$logs/build.log"
  echo "Building the suite (a first run takes a few minutes; log: $build_log)..."
  build_began=$SECONDS
  exec 4>"$build_log"
  if ! ./mvnw -B -DskipTests install 2>&1 | build_progress; then
    exec 4>&-
    echo "The build failed; see $build_log" >&2
    grep -E '^\[ERROR\]' "$build_log" | head -20 >&2 || true
    exit 1
  fi
  exec 4>&-
  echo "Built in $((SECONDS - build_began)) s"
fi

# a feed-signing secret (the calendar's, the Atom feed's): the variable's value when set, else made
# once (256 random bits, readable by the owner alone) and kept beside the data, so that subscription
# URLs issued before a restart still verify after it. Sets the variable named by $1.
kept_secret() {
  local variable=$1 value=$2 file what=$4
  file="$(dirname "$data_dir")/$3"
  if [ -z "$value" ]; then
    if [ ! -s "$file" ]; then
      mkdir -p "$(dirname "$file")"
      (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$file.new")
      mv "$file.new" "$file"
      echo "Generated the $what secret in $file"
    fi
    chmod 600 "$file"
    value=$(cat "$file")
  fi
  printf -v "$variable" '%s' "$value"
}
kept_secret feed_secret "${REPORTING_FEED_SECRET:-}" feed-secret calendar-feed
kept_secret directions_feed_secret "${DIRECTIONS_FEED_SECRET:-}" directions-feed-secret "directions Atom feed"

# the processes that must stay up while the suite runs: the embedded PostgreSQL (when there is one)
# and the services, in start order; each name is beside its pid
pids=()
names=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  echo
  echo "Stopping the suite..."
  # the services all at once, then the database last (its JVM stops PostgreSQL before it exits, so it gets longer)
  for i in "${!pids[@]}"; do
    [ "${names[$i]}" = postgres ] || kill -TERM "${pids[$i]}" 2>/dev/null || true
  done
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    [ "${names[$i]}" = postgres ] && { kill -TERM "${pids[$i]}" 2>/dev/null || true; }
    local limit=200
    [ "${names[$i]}" = postgres ] && limit=600
    for _ in $(seq 1 $limit); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "${names[$i]} did not stop in $((limit / 10)) s; killing it" >&2
      kill -KILL "${pids[$i]}" 2>/dev/null || true
    fi
  done
  wait 2>/dev/null || true
  stop_orphaned_postgres
  echo "Stopped."
}
# PostgreSQL is a grandchild that outlives a devkit JVM killed before it could stop it: stop it by
# the pid in its data directory, once that pid is seen to be this data directory's server
stop_orphaned_postgres() {
  [ -z "${SUITE_DB_URL:-}" ] && [ -f "$data_dir/postmaster.pid" ] || return 0
  local pid
  pid=$(head -1 "$data_dir/postmaster.pid" 2>/dev/null) || return 0
  [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-D $data_dir " || return 0
  echo "Stopping PostgreSQL (pid $pid), left by its launcher" >&2
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# --- database ---
databases=()
for s in "${services[@]}"; do n=${s%%:*}; databases+=("${n%-service}"); done
db_url=""
if [ -n "${SUITE_DB_URL:-}" ]; then
  # an existing server: the devkit creates the databases that are missing and exits; nothing to supervise
  echo "Using the PostgreSQL server at $SUITE_DB_URL..."
  if java -jar "$devkit_jar" "${databases[@]}" >"$logs/postgres.log" 2>&1; then
    line=$(grep -m1 '^READY ' "$logs/postgres.log" || true)
    db_url=${line#READY }
  fi
  if [ -z "$db_url" ]; then
    echo "Could not prepare the databases on $SUITE_DB_URL; see $logs/postgres.log" >&2
    tail -20 "$logs/postgres.log" >&2 || true
    exit 1
  fi
else
  echo "Starting PostgreSQL..."
  java -jar "$devkit_jar" --data-dir "$data_dir" --port "$pg_port" "${databases[@]}" >"$logs/postgres.log" 2>&1 &
  pids+=($!)
  names+=(postgres)
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
fi
echo "PostgreSQL ready at $db_url"

# --- services ---
jwt_key="file:$root/deploy/local/devkit/src/main/resources/dev-jwt/public.pem"
export JWT_PUBLIC_KEYS_URL="$jwt_key" JWT_ISSUER="https://dev-only.intervention.invalid"
# a local stack: the services may trust the development key
export SUITE_INSECURE_LOCAL_STACK=true
export COUNCILS_SERVICE_URL="http://127.0.0.1:$councils_port" DIRECTIONS_SERVICE_URL="http://127.0.0.1:$directions_port"
# reporting-service calls the other two with a read-only token signed with the development key, which
# they trust locally: minted anew at each start, valid for a year (there is no identity provider here). As token.sh
# mints it, but by the devkit's built class: token.sh compiles its source at each call, seconds of a start
REPORTING_SERVICE_TOKEN=$(java -cp "$devkit_jar" uk.gov.education.intervention.devkit.DevTokens \
  --key "$root/deploy/local/devkit/src/main/resources/dev-jwt/private.pem" dfe-analyst --sub reporting-service --ttl 31536000)
export REPORTING_SERVICE_TOKEN
export QUARKUS_HTTP_HOST=127.0.0.1
db_user=${SUITE_DB_USER:-postgres}
db_password=${SUITE_DB_PASSWORD:-}

# the services run as the images run them: the same JVM options and a startup cache (deploy/jvm/README.md)
# shellcheck source=../jvm/jvm.sh
. deploy/jvm/jvm.sh
service_java=$(suite_java)
declare -A jvm_args_of
service_names=()
for s in "${services[@]}"; do service_names+=("${s%%:*}"); done
suite_startup_caches "${service_names[@]}"
for n in "${service_names[@]}"; do jvm_args_of[$n]=$(suite_jvm_args "$n"); done

first_service=${#pids[@]}
for s in "${services[@]}"; do
  IFS=: read -r name port management <<<"$s"
  mapfile -t jvm_args <<<"${jvm_args_of[$name]}"
  prefix=$(echo "${name%-service}" | tr '[:lower:]' '[:upper:]')
  # each feed's secret goes to the service that signs its URLs alone
  secrets=()
  [ "$name" = reporting-service ] && secrets=("REPORTING_FEED_SECRET=$feed_secret")
  [ "$name" = directions-service ] && secrets=("DIRECTIONS_FEED_SECRET=$directions_feed_secret")
  env "${suite_service_env[@]}" ${secrets[@]+"${secrets[@]}"} "${prefix}_DB_URL=${db_url}${name%-service}" "${prefix}_DB_USER=$db_user" "${prefix}_DB_PASSWORD=$db_password" \
      SEED_DATA=true HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management" \
      "$service_java" "${jvm_args[@]}" -jar "$root/$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  names+=("$name")
done

# readiness on the management port, over plain bash TCP, so that no curl is needed
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
  IFS=: read -r name port management <<<"${services[$i]}"
  pid=${pids[$((first_service + i))]}
  for _ in $(seq 1 1200); do
    ready "$management" && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; see $logs/$name.log" >&2
      tail -30 "$logs/$name.log" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  ready "$management" || { echo "$name is not ready after 120 s; see $logs/$name.log" >&2; exit 1; }
  echo "$name ready on port $port (health and metrics on $management)"
done

echo
echo "Swagger UI:"
for s in "${services[@]}"; do
  IFS=: read -r name port management <<<"$s"
  echo "  $name: http://127.0.0.1:$port/q/swagger-ui   (contract: http://127.0.0.1:$port/q/openapi)"
done
echo
echo "Get a token:  deploy/local/token.sh dfe-analyst      (or dfe-admin, commissioner E06000021, council-reporter E08000007)"
echo "Logs:         $logs"
echo "READY: intervention suite is running (ready in $((SECONDS - started_at)) s). Press Ctrl-C to stop."
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "${names[$i]} exited unexpectedly; see $logs" >&2
      exit 1
    fi
  done
  # a signal interrupts wait at once (it would wait for a foreground sleep to finish)
  sleep 2 &
  wait $! || true
done
