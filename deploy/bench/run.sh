#!/usr/bin/env bash
# The benchmark: starts the suite on a durable PostgreSQL, generates the data set, drives load over
# loopback with wrk, measures the references in the same run (pgbench's single-row insert, each
# service's liveness endpoint) and prints a table; the same figures go to deploy/bench/target/results.jsonl.
#
#   deploy/bench/run.sh [--scale N] [--seconds S] [--smoke]
#     --scale N    data set size, 1 to 100: 1 is the 153 authorities of the national register, 20 under
#                  direction with 10 years of history; N multiplies them with synthetic authorities (default 1),
#                  the first through the API, the rest bulk-copied from it in each service's database
#     --seconds S  load time of each path (default 30), after a warm-up in rounds of S/3 seconds until a
#                  round's throughput is within 5% of the round before (at most BENCH_WARM_ROUNDS, default 8)
#     --smoke      every path for 2 seconds at scale 1 (with one year of history, not ten); exits
#                  non-zero if any path answers with errors or the harness breaks
# Any run exits non-zero, naming the process and its log, when PostgreSQL or a service dies during it.
#
# Environment: BENCH_YEARS (years of history, default 10); BENCH_WARM_ROUNDS (default 8); BENCH_CONNECTIONS (default 8) and BENCH_THREADS (default 2) for wrk and pgbench;
# BENCH_PG_PORT (default 25432) for the embedded PostgreSQL; SUITE_DB_URL, SUITE_DB_USER,
# SUITE_DB_PASSWORD to use an existing server instead (its bench_* databases are dropped and made
# again); BENCH_JAVA_OPTS (default: the images' settings, deploy/jvm/services.options and the
# startup cache, on Java 25 when one is installed: deploy/jvm/jvm.sh; SUITE_JAVA names the java);
# BENCH_PORT_BASE (default 18080: services on +1..+3, management on +1001..+1003).
# Needs the services packaged (./mvnw -DskipTests package builds them when missing), a JDK, python3,
# psql and pgbench (Debian's postgresql-client) and wrk (Debian's wrk): installed with apt-get when missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
bench=deploy/bench
target=$bench/target
scale=1
seconds=30
smoke=false
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$scale" =~ ^[1-9][0-9]*$ && "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "--scale and --seconds take positive whole numbers" >&2; exit 2; }
[ "$scale" -le 100 ] || { echo "--scale is at most 100 (15,300 authorities, 2,000 directions); got $scale" >&2; exit 2; }
warmup=$(( seconds / 3 > 2 ? seconds / 3 : 2 ))
warm_rounds=${BENCH_WARM_ROUNDS:-8}
[[ "$warm_rounds" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_WARM_ROUNDS takes a positive whole number; got '$warm_rounds'" >&2; exit 2; }
years=${BENCH_YEARS:-10}
# the smoke run checks the harness, not the figures: scale 1's authorities and directions with a year of history
if $smoke; then scale=1; seconds=2; warmup=1; years=${BENCH_YEARS:-1}; fi
connections=${BENCH_CONNECTIONS:-8}
threads=${BENCH_THREADS:-2}
port_base=${BENCH_PORT_BASE:-18080}
# every port of the run must be free: a service that cannot bind its own stops, and whatever holds the port would
# answer in its place (its readiness, its data)
bench_ports=($((port_base + 1)) $((port_base + 2)) $((port_base + 3)) $((port_base + 1001)) $((port_base + 1002)) $((port_base + 1003)))
[ -n "${SUITE_DB_URL:-}" ] || bench_ports+=("${BENCH_PG_PORT:-25432}")
for p in "${bench_ports[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "Port $p is in use by another process; choose free ports with BENCH_PORT_BASE (now $port_base) and BENCH_PG_PORT" >&2
    exit 2
  fi
done
# shellcheck source=../jvm/jvm.sh
. deploy/jvm/jvm.sh
service_java=$(suite_java)
echo "Services on $("$service_java" -version 2>&1 | head -1)"
rm -rf "$target"
mkdir -p "$target/logs"
logs=$target/logs
results=$target/results.jsonl
: >"$results"

# --- tools ---
missing=()
command -v wrk >/dev/null || missing+=(wrk)
{ command -v pgbench >/dev/null && command -v psql >/dev/null; } || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "Installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q update >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q install -y "${missing[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }

services=(councils-service directions-service reporting-service)
devkit_jar=deploy/local/devkit/target/devkit-runner.jar
build=false
[ -f "$devkit_jar" ] || build=true
for s in "${services[@]}"; do [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || build=true; done
if $build; then
  echo "Packaging the services..."
  ./mvnw -q -B -ntp -DskipTests package -pl "$(IFS=,; echo "${services[*]}"),deploy/local/devkit" -am
fi

# --- processes: stopped in reverse order on exit ---
pids=()
names=()
stop_all() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill -TERM "${pids[$i]}" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "${pids[$i]}" 2>/dev/null || true
  done
  pids=()
  wait 2>/dev/null || true
  # PostgreSQL outlives a devkit JVM that could not stop it: stop it by the pid in its data directory
  local pg_pid
  if [ -z "${SUITE_DB_URL:-}" ] && [ -f "$target/pgdata/postmaster.pid" ]; then
    pg_pid=$(head -1 "$target/pgdata/postmaster.pid")
    if [[ "$pg_pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg_pid/cmdline" 2>/dev/null | grep -qF -- "$target/pgdata"; then
      kill -TERM "$pg_pid" 2>/dev/null || true
    fi
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A process of the run (PostgreSQL, a service) that has stopped: says which, how and where its log is; true if one has
stopped() {  # what the bench was doing
  local i status found=1
  for i in "${!pids[@]}"; do
    kill -0 "${pids[$i]}" 2>/dev/null && continue
    status=0
    wait "${pids[$i]}" 2>/dev/null || status=$?
    echo "FAILED: ${names[$i]} died (exit status $status), found while $1; its log: $root/$logs/${names[$i]}.log" >&2
    grep -m1 -h 'OutOfMemoryError' "$logs/${names[$i]}.log" 2>/dev/null | sed 's/^/  it ran out of memory: /' >&2 || true
    tail -n 15 "$logs/${names[$i]}.log" 2>/dev/null | sed 's/^/  | /' >&2 || true
    found=0
  done
  return $found
}
# ends the run (non-zero) when a process of it has stopped; otherwise nothing
exit_if_stopped() {  # what the bench was doing
  if stopped "$1"; then exit 1; fi
}

now() { date +%s.%N; }
ready() {
  ( exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    IFS= read -r status <&3 || exit 1
    [[ "$status" == *" 200"* ]] ) 2>/dev/null
}

# --- PostgreSQL, durable ---
databases=(bench_councils bench_directions bench_reporting bench_pgbench)
db_user=${SUITE_DB_USER:-postgres}
export PGPASSWORD=${SUITE_DB_PASSWORD:-}
if [ -n "${SUITE_DB_URL:-}" ]; then
  hostport=${SUITE_DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
  pg_host=${hostport%%:*}; pg_port=${hostport##*:}; [ "$pg_port" = "$hostport" ] && pg_port=5432
  echo "Using the PostgreSQL server at $SUITE_DB_URL (dropping its ${databases[*]})"
  for d in "${databases[@]}"; do
    psql -q -h "$pg_host" -p "$pg_port" -U "$db_user" -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null
  done
  java -jar "$devkit_jar" "${databases[@]}" >"$logs/postgres.log" 2>&1
else
  pg_host=127.0.0.1; pg_port=${BENCH_PG_PORT:-25432}
  echo "Starting PostgreSQL on port $pg_port..."
  java -jar "$devkit_jar" --data-dir "$root/$target/pgdata" --port "$pg_port" --durable "${databases[@]}" >"$logs/postgres.log" 2>&1 &
  pids+=($!); names+=(postgres)
  for _ in $(seq 1 600); do grep -q '^READY ' "$logs/postgres.log" 2>/dev/null && break; kill -0 "${pids[0]}" || break; sleep 0.1; done
fi
line=$(grep -m1 '^READY ' "$logs/postgres.log" || true)
db_url=${line#READY }
[ -n "$db_url" ] || { echo "PostgreSQL did not start; see $logs/postgres.log" >&2; tail -20 "$logs/postgres.log" >&2; exit 1; }
sql() { psql -X -q -t -A -h "$pg_host" -p "$pg_port" -U "$db_user" "$@"; }
# durable commits: the embedded server is started with --durable; on any server each database of the run asks for them
for d in "${databases[@]}"; do sql -d "$d" -c "ALTER DATABASE $d SET synchronous_commit = on" >/dev/null; done
durability="fsync=$(sql -d bench_pgbench -c 'SHOW fsync') synchronous_commit=$(sql -d bench_pgbench -c 'SHOW synchronous_commit')"
server_version=$(sql -d bench_pgbench -c 'SHOW server_version')
echo "PostgreSQL $server_version: $durability"
[ "$durability" = "fsync=on synchronous_commit=on" ] || { echo "PostgreSQL is not durable: $durability" >&2; exit 1; }

# --- services, each started alone ---
export JWT_PUBLIC_KEYS_URL="file:$root/deploy/local/devkit/src/main/resources/dev-jwt/public.pem"
export JWT_ISSUER="https://dev-only.intervention.invalid" SUITE_INSECURE_LOCAL_STACK=true
# wrk pushes as one caller; the per-caller limit stays in the path (its cost is measured) but high enough not to refuse
export SUITE_RATE_LIMIT_REQUESTS=100000000
REPORTING_SERVICE_TOKEN=$("$root/deploy/local/token.sh" dfe-analyst --sub reporting-service --ttl 86400)
export REPORTING_SERVICE_TOKEN
export COUNCILS_SERVICE_URL="http://127.0.0.1:$((port_base + 1))" DIRECTIONS_SERVICE_URL="http://127.0.0.1:$((port_base + 2))"
declare -A port management pid start_s
for i in "${!services[@]}"; do
  name=${services[$i]}
  port[$name]=$((port_base + 1 + i)); management[$name]=$((port_base + 1001 + i))
  # as the image starts it: the shipped options and startup cache (made before the clock starts)
  if [ -n "${BENCH_JAVA_OPTS:-}" ]; then read -r -a jvm_args <<<"$BENCH_JAVA_OPTS"; else mapfile -t jvm_args < <(suite_jvm_args "$name"); fi
  prefix=$(echo "${name%-service}" | tr '[:lower:]' '[:upper:]')
  t0=$(now)
  env "${suite_service_env[@]}" "${prefix}_DB_URL=${db_url}bench_${name%-service}" "${prefix}_DB_USER=$db_user" "${prefix}_DB_PASSWORD=$PGPASSWORD" \
      SEED_DATA=true HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="${port[$name]}" QUARKUS_MANAGEMENT_PORT="${management[$name]}" \
      "$service_java" "${jvm_args[@]}" -jar "$root/$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  pid[$name]=$!; pids+=($!); names+=("$name")
  until ready "${management[$name]}"; do
    kill -0 "${pid[$name]}" 2>/dev/null || { echo "$name stopped while starting; see $logs/$name.log" >&2; tail -30 "$logs/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  start_s[$name]=$(python3 -c "print(round($(now) - $t0, 2))")
  echo "$name ready in ${start_s[$name]} s"
done

# --- data set ---
admin=$(deploy/local/token.sh dfe-admin --ttl 14400)
analyst=$(deploy/local/token.sh dfe-analyst --ttl 14400)
echo "Generating the data set at scale $scale..."
t0=$(now)
if ! python3 $bench/generate.py --scale "$scale" --years "$years" --admin-token "$admin" \
  --councils "$COUNCILS_SERVICE_URL" --directions "$DIRECTIONS_SERVICE_URL" --reporting "http://127.0.0.1:${port[reporting-service]}" \
  --pg-host "$pg_host" --pg-port "$pg_port" --pg-user "$db_user" --db-prefix bench_ >"$target/dataset.json"; then
  exit_if_stopped "generating the data set"
  echo "FAILED: the data set could not be generated (generate.py's reason above; the services' logs: $root/$logs)" >&2
  exit 1
fi
generation_s=$(python3 -c "print(round($(now) - $t0, 1))")
python3 - "$target/dataset.json" "$generation_s" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["generation_seconds"] = float(sys.argv[2])
json.dump(d, open(sys.argv[1], "w"))
print(f"Data set in {d['generation_seconds']} s (API {d['api_seconds']} s, bulk copy {d['bulk_seconds']} s): "
      f"{d['authorities']} authorities ({d['synthetic_authorities']} synthetic), {2 + d['synthetic_directions']} directions "
      f"({d['synthetic_directions']} synthetic); through the API: {json.dumps(d['api'])}")
PY
council=$(python3 -c "import json; print(json.load(open('$target/dataset.json'))['council'])")
direction=$(python3 -c "import json; print(json.load(open('$target/dataset.json'))['direction'])")
sql -d bench_reporting -c "VACUUM ANALYZE" >/dev/null
sql -d bench_directions -c "VACUUM ANALYZE" >/dev/null
sql -d bench_councils -c "VACUUM ANALYZE" >/dev/null

# --- the paths: name|service|path|token|reference (a path measured earlier in this list)|Accept-Encoding (optional) ---
submission=$(python3 -c "import json,sys; print(json.dumps({'councilGssCode': sys.argv[1], 'title': 'SYNTHETIC benchmark report',
  'sections': [{'contributor': 'COUNCIL', 'narrative': 'SYNTHETIC (benchmark data): a report sent under load.'}]}))" "$council")
live="/q/health/live"
paths=(
  "councils-service liveness|councils-service|@$live||"
  "directions-service liveness|directions-service|@$live||"
  "reporting-service liveness|reporting-service|@$live||"
  "POST a submission (Idempotency-Key)|reporting-service|/v1/submissions|admin|pgbench single-row insert"
  "GET a council|councils-service|/v1/councils/$council|analyst|councils-service liveness"
  "GET a direction|directions-service|/v1/directions/$direction|analyst|directions-service liveness"
  "GET a direction's document|directions-service|/v1/directions/$direction/document|analyst|directions-service liveness"
  "GET a page of due items|reporting-service|/v1/due-items?council=$council&limit=50|analyst|reporting-service liveness"
  "GET monthly aggregate, all councils|reporting-service|/v1/aggregates/monthly|analyst|reporting-service liveness"
  "GET quarterly aggregate, all councils|reporting-service|/v1/aggregates/quarterly|analyst|reporting-service liveness"
  "GET monthly aggregate, all councils, gzip|reporting-service|/v1/aggregates/monthly|analyst|reporting-service liveness|gzip, deflate, br, zstd"
  "GET quarterly aggregate, all councils, gzip|reporting-service|/v1/aggregates/quarterly|analyst|reporting-service liveness|gzip, deflate, br, zstd"
  "GET a council's iCalendar feed|reporting-service|/v1/calendar/due-items.ics?council=$council|analyst|reporting-service liveness"
)
url_of() {  # service, path (a leading @ means the management port)
  local p=$2
  if [[ "$p" == @* ]]; then echo "http://127.0.0.1:${management[$1]}${p#@}"; else echo "http://127.0.0.1:${port[$1]}$p"; fi
}
drive() {  # name, service, path, token, duration, Accept-Encoding (or empty): prints "requests duration_us p50 p99 errors"
  local token="" method=GET idem=0
  case "$4" in admin) token=$admin ;; analyst) token=$analyst ;; esac
  [ "$3" = /v1/submissions ] && { method=POST; idem=1; }
  BENCH_TOKEN=$token BENCH_METHOD=$method BENCH_BODY=$submission BENCH_IDEMPOTENT=$idem BENCH_ACCEPT_ENCODING=${6:-} \
    wrk -t "$threads" -c "$connections" -d "${5}s" --timeout 10s -s $bench/load.lua "$(url_of "$2" "$3")" >"$logs/wrk.out" 2>&1 \
    || { cat "$logs/wrk.out" >&2; return 1; }
  grep -m1 '^RESULT ' "$logs/wrk.out" | cut -d' ' -f2- || { echo "wrk printed no result:" >&2; cat "$logs/wrk.out" >&2; return 1; }
}

# Waits (at most 120 s) until the services are idle: work a path left queued when wrk stopped (requests still
# waiting for a turn, answers nobody reads any more) would otherwise be measured as the next path's cost
settle() {
  local before after i s
  for i in $(seq 1 240); do
    before=0; after=0
    for s in "${services[@]}"; do before=$(( before + $(awk '{print $14 + $15}' "/proc/${pid[$s]}/stat") )); done
    sleep 0.5
    for s in "${services[@]}"; do after=$(( after + $(awk '{print $14 + $15}' "/proc/${pid[$s]}/stat") )); done
    # clock ticks (1/100 s): under 5% of one core over the half second
    [ $(( after - before )) -le 2 ] && return 0
  done
  echo "  (the services were still busy 120 s after the last path)" >&2
}

# A path is warm when its throughput has settled: rounds of the warm-up time until one is within 5% of the one before, at
# most warm_rounds of them. On two cores the JIT's optimising compiler shares them with the load, and a path's
# throughput was seen still rising after 45 s of it (a council read just started: 1,769, 3,215, 4,994 req/s in rounds of 15 s).
$smoke && warm_rounds=1
declare -A warmed_in warm_settled
echo "Warming up (rounds of $warmup s a path until one is within 5% of the one before, at most $warm_rounds)..."
for i in "${!paths[@]}"; do
  IFS='|' read -r name service path token reference coding <<<"${paths[$i]}"
  previous=0; round=0; settled=0
  for round in $(seq 1 "$warm_rounds"); do
    figures=$(drive "$name" "$service" "$path" "$token" "$warmup" "$coding") || { exit_if_stopped "warming up '$name'"; exit 1; }
    exit_if_stopped "warming up '$name'"
    read -r requests duration _ <<<"$figures"
    rate=$(( requests * 1000000 / (duration > 0 ? duration : 1) ))
    settled=$(( previous > 0 && (rate - previous) * 20 <= previous && (previous - rate) * 20 <= previous ))
    previous=$rate
    [ "$settled" = 1 ] && break
  done
  warmed_in[$i]=$(( round * warmup ))
  # with one round there is nothing to compare: the smoke run's warm-up is not meant to settle
  if [ "$settled" = 1 ]; then warm_settled[$i]=true; else warm_settled[$i]=false; fi
  printf '  %-44s %4s s%s\n' "$name" "${warmed_in[$i]}" "$([ "$settled" = 1 ] || echo ' (not settled: the last round allowed)')"
done
declare -A rss
for s in "${services[@]}"; do rss[$s]=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/${pid[$s]}/status"); done

# --- the reference: pgbench inserting one row shaped like a submission, on the same server ---
sql -d bench_pgbench -c "CREATE TABLE IF NOT EXISTS submission_like (id uuid PRIMARY KEY, council_gss varchar(9) NOT NULL,
  title varchar(300) NOT NULL, status varchar(20) NOT NULL, current_version integer NOT NULL, first_submitted_at timestamptz NOT NULL,
  last_submitted_at timestamptz NOT NULL, created_by varchar(300) NOT NULL, version bigint NOT NULL DEFAULT 0)" >/dev/null
cat >"$target/insert.sql" <<'SQL'
INSERT INTO submission_like (id, council_gss, title, status, current_version, first_submitted_at, last_submitted_at, created_by)
VALUES (gen_random_uuid(), 'E06000021', 'SYNTHETIC benchmark report', 'SUBMITTED', 1, now(), now(), 'pgbench');
SQL
# The ceiling the POST's own statements allow: pgbench sending, in one transaction, what reporting-service sends for an
# ad-hoc report by dfe-admin (the Idempotency-Key's lock and lookup; the report, its version and section; the audit
# entry; the webhook event and its fan-out; the kept response), on reporting-service's schema, migrated into a
# schema of its own in bench_pgbench. Kept in step with the service by hand: it measures the SQL's cost, not the service.
sql -d bench_pgbench -c "CREATE SCHEMA post_shape" >/dev/null  # bench_pgbench is made afresh each run
# in Flyway's order: by the version before "__", its underscores read as dots
for f in $(for m in reporting-service/src/main/resources/db/migration/V*__*.sql; do v=${m##*/V}; v=${v%%__*}; echo "${v//_/.} $m"; done | sort -V | cut -d' ' -f2); do
  { echo "SET search_path TO post_shape;"; cat "$f"; } | sql -1 -v ON_ERROR_STOP=1 -d bench_pgbench >/dev/null
done
# BEGIN goes with the lock, in one exchange, as the JDBC driver sends it; the values are the sizes the service writes
# (its caller key is role|issuer|subject|organisation; its audit entry and webhook body as AuditLog and Outbox make them).
# pgbench reads ":name" as a variable, so the JSON here has a space after each colon and takes its times from now().
cat >"$target/post-shape.sql" <<'SQL'
\set n random(1, 9000000000000000)
\startpipeline
BEGIN;
SELECT pg_try_advisory_xact_lock(:n);
\endpipeline
SELECT request_hash, state, created_at FROM idempotency_record
  WHERE caller = 'dfe-admin|https://intervention.local/dev|bench-admin@education.gov.uk|' AND idempotency_key = 'bench-1764630000-0-' || :n;
INSERT INTO submission (id, council_gss, title, status, current_version, first_submitted_at, last_submitted_at, created_by)
  VALUES (md5('s' || :n)::uuid, 'E06000021', 'SYNTHETIC benchmark report', 'SUBMITTED', 1, now(), now(), 'bench-admin@education.gov.uk');
INSERT INTO submission_version (id, submission_id, number, submitted_at, submitted_by, submitted_as, fields)
  VALUES (md5('v' || :n)::uuid, md5('s' || :n)::uuid, 1, now(), 'bench-admin@education.gov.uk', 'dfe-admin', '{}');
INSERT INTO submission_section (id, version_id, contributor, section_key, narrative, authored_in_version, authored_by, position)
  VALUES (md5('c' || :n)::uuid, md5('v' || :n)::uuid, 'COUNCIL', 'COUNCIL', 'SYNTHETIC (benchmark data): a report sent under load.', 1,
          'bench-admin@education.gov.uk', 0);
INSERT INTO audit_event (entity_type, entity_id, action, actor, occurred_at, changes)
  VALUES ('submission', md5('s' || :n)::uuid::text, 'submitted', 'bench-admin@education.gov.uk', now(),
          ('{"attachments": {"from": null, "to": {"COUNCIL": []}}, "currentVersion": {"from": null, "to": 1}, "fields": {"from": null, "to": {}}, '
          || '"lastSubmittedAt": {"from": null, "to": "' || now() || '"}, "sections": {"from": null, "to": {"COUNCIL": 1}}, '
          || '"status": {"from": null, "to": "SUBMITTED"}}')::jsonb);
INSERT INTO webhook_event (id, type, council_gss, body, occurred_at)
  VALUES (md5('e' || :n)::uuid, 'submission.received', 'E06000021',
          '{"type": "submission.received", "timestamp": "' || now() || '", "data": {"submissionId": "' || md5('s' || :n)::uuid
          || '", "councilGssCode": "E06000021", "dueItemId": null, "title": "SYNTHETIC benchmark report", "status": "SUBMITTED", '
          || '"versionNumber": 1, "link": "/v1/submissions/' || md5('s' || :n)::uuid || '"}}', now());
INSERT INTO webhook_delivery (id, subscription_id, event_id, status, attempts, next_attempt_at, created_at)
  SELECT gen_random_uuid(), s.id, md5('e' || :n)::uuid, 'PENDING', 0, now(), now() FROM webhook_subscription s
  WHERE s.active AND position(',submission.received,' in ',' || s.event_types || ',') > 0 AND (s.scope = 'ORGANISATION' OR s.council_gss = 'E06000021')
  ON CONFLICT (subscription_id, event_id) WHERE replay_of IS NULL DO NOTHING;
INSERT INTO idempotency_record (caller, idempotency_key, request_hash, state, response_status, response_body, response_location,
                                response_etag, created_at, completed_at)
  VALUES ('dfe-admin|https://intervention.local/dev|bench-admin@education.gov.uk|', 'bench-1764630000-0-' || :n,
          md5('h' || :n) || md5('h' || :n), 'COMPLETED', 201, repeat('x', 600), '/v1/submissions/' || md5('s' || :n)::uuid || '/versions/1',
          '"1"', now(), now());
COMMIT;
SQL
declare -A rps p50 p99 errors
pgbench_run() {  # duration [script and its schema; default insert.sql in public]
  rm -f "$target"/pgbench_log*
  (cd "$target" && PGOPTIONS="${PGOPTIONS:-} -c search_path=${3:-public}" pgbench -n -M prepared -c "$connections" -j "$threads" -T "$1" -f "${2:-insert.sql}" -l --log-prefix=pgbench_log \
    -h "$pg_host" -p "$pg_port" -U "$db_user" bench_pgbench >pgbench.out 2>&1) || { cat "$target/pgbench.out" >&2; return 1; }
  python3 - "$target" <<'PY'
import glob, sys
lat = sorted(int(l.split()[2]) for f in glob.glob(sys.argv[1] + "/pgbench_log*") for l in open(f))
out = open(sys.argv[1] + "/pgbench.out").read()
tps = float(out.split("tps = ")[1].split()[0])
failed = sum(int(l.split(":")[1].split()[0]) for l in out.splitlines() if l.startswith("number of failed transactions"))
print(len(lat), round(tps, 1), lat[len(lat) // 2] / 1000, lat[min(len(lat) - 1, int(len(lat) * 0.99))] / 1000, failed)
PY
}
pgbench_measure() {  # key, what it is, [script and its schema]: a fixed warm-up, then the measured run
  pgbench_run "$warmup" "${3:-}" "${4:-}" >/dev/null || { exit_if_stopped "warming up $2"; exit 1; }
  figures=$(pgbench_run "$seconds" "${3:-}" "${4:-}") || { exit_if_stopped "measuring $2"; exit 1; }
  read -r _ rps[$1] p50[$1] p99[$1] errors[$1] <<<"$figures"
}
settle
pgbench_measure pgbench pgbench
pgbench_measure shape "pgbench (the POST's statements)" post-shape.sql post_shape

echo "Measuring ($seconds s a path, $connections connections, $threads threads)..."
# figures by key: pgbench, or the index of the path in paths
for i in "${!paths[@]}"; do
  IFS='|' read -r name service path token reference coding <<<"${paths[$i]}"
  settle
  figures=$(drive "$name" "$service" "$path" "$token" "$seconds" "$coding") || { exit_if_stopped "measuring '$name'"; exit 1; }
  exit_if_stopped "measuring '$name'"
  read -r requests duration p50[$i] p99[$i] errors[$i] <<<"$figures"
  rps[$i]=$(python3 -c "print(round($requests / ($duration / 1e6), 1))")
  [ "$requests" -gt 0 ] || errors[$i]=$(( ${errors[$i]} + 1 ))
done
declare -A rss_load
for s in "${services[@]}"; do rss_load[$s]=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/${pid[$s]}/status"); done

# --- table and JSON lines ---
row() { printf '%-44s %10s %9s %9s %7s  %-28s %7s\n' "$@"; }
echo
echo "Scale $scale, $seconds s a path, wrk -t$threads -c$connections over loopback; PostgreSQL $server_version ($durability)"
row path req/s p50_ms p99_ms errors reference ratio
key_of() {  # a path's name: its key
  [ "$1" = "pgbench single-row insert" ] && { echo pgbench; return; }
  [ "$1" = "pgbench, the POST's statements" ] && { echo shape; return; }
  for i in "${!paths[@]}"; do [ "${paths[$i]%%|*}" = "$1" ] && { echo "$i"; return; }; done
}
emit() {  # key, name, reference name (or empty)
  local ratio="" ref_json=null ratio_json=null k=$1 r
  if [ -n "$3" ]; then
    r=$(key_of "$3")
    ratio=$(python3 -c "print(round(${rps[$k]} / ${rps[$r]}, 4) if ${rps[$r]} else 0)")
    ref_json=$(python3 -c "import json,sys; print(json.dumps(sys.argv[1]))" "$3"); ratio_json=$ratio
  fi
  row "$2" "${rps[$k]}" "${p50[$k]}" "${p99[$k]}" "${errors[$k]}" "$3" "$ratio"
  python3 -c "import json,sys; a=sys.argv; print(json.dumps({'path': a[1], 'scale': int(a[2]), 'rps': float(a[3]), 'p50_ms': float(a[4]),
    'p99_ms': float(a[5]), 'errors': int(a[6]), 'reference': json.loads(a[7]), 'ratio': json.loads(a[8]),
    'warmup_s': json.loads(a[9]), 'warm_settled': json.loads(a[10])}))" \
    "$2" "$scale" "${rps[$k]}" "${p50[$k]}" "${p99[$k]}" "${errors[$k]}" "$ref_json" "$ratio_json" "${warmed_in[$k]:-$warmup}" "${warm_settled[$k]:-null}" >>"$results"
}
emit pgbench "pgbench single-row insert" ""
emit shape "pgbench, the POST's statements" "pgbench single-row insert"
failures=$(( ${errors[pgbench]} + ${errors[shape]} ))
for i in "${!paths[@]}"; do
  IFS='|' read -r name service path token reference coding <<<"${paths[$i]}"
  emit "$i" "$name" "$reference"
  failures=$(( failures + ${errors[$i]} ))
done
echo
printf '%-20s %9s %18s %17s\n' service start_s rss_mb_warmed_up rss_mb_after_load
for s in "${services[@]}"; do
  printf '%-20s %9s %18s %17s\n' "$s" "${start_s[$s]}" "${rss[$s]}" "${rss_load[$s]}"
  python3 -c "import json,sys; print(json.dumps({'service': sys.argv[1], 'start_s': float(sys.argv[2]), 'rss_mb': int(sys.argv[3]),
    'rss_after_load_mb': int(sys.argv[4])}))" "$s" "${start_s[$s]}" "${rss[$s]}" "${rss_load[$s]}" >>"$results"
done
echo
echo "Results: $results (data set: $target/dataset.json; logs: $logs)"
if [ "$failures" -gt 0 ]; then
  echo "FAILED: $failures errors" >&2
  exit 1
fi
