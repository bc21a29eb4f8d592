#!/usr/bin/env bash
# Runs the README's two walkthrough blocks exactly as written (walkthrough.sh: POSIX sh and curl; the Board
# meeting one also starts deploy/http/WebhookReceiver.java with the JDK), then the .http
# request collection with httpyac's CLI (version pinned in package-lock.json beside this file), and fails at
# the first unexpected status of either. The walkthrough goes first, so that on fresh data its first run takes
# the path a new user's does (this month's item, DUE) and its second the oldest OVERDUE one.
#
#   deploy/http/run.sh            start the local stack (deploy/local/run.sh) on fresh data in the background,
#                                 wait for its READY line, run the walkthrough and the collection twice (both
#                                 must be re-runnable on one stack), stop the stack
#   deploy/http/run.sh --running  only run the walkthroughs and the collection, once, against a stack already running
#
# Needs a JDK, Node.js 20 and npm; run.sh builds the services when they are not built (CI runs this after
# ./mvnw verify, which has). The ports follow run.sh's variables (SUITE_COUNCILS_PORT...). The stack's data
# and logs are in .local/http-collection/ (kept after a failure, to read).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
files=(monthly-report.http councils.http directions.http reporting.http)
running=false
case "${1:-}" in
  --running) running=true ;;
  "") ;;
  *) echo "usage: deploy/http/run.sh [--running]" >&2; exit 2 ;;
esac

cd "$here"
if [ ! -x node_modules/.bin/httpyac ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

collection() {
  echo "httpyac: ${files[*]}"
  node_modules/.bin/httpyac send "${files[@]}" --all --bail -o none --output-failed exchange
}

if $running; then
  "$here/tokens.sh"
  "$here/walkthrough.sh"
  "$here/walkthrough.sh" board-meeting
  collection
  exit 0
fi

work="$root/.local/http-collection"
rm -rf "$work"
mkdir -p "$work"
stack_log="$work/run.log"
# a JVM just started on a busy machine can answer its first calls slower than reporting-service's
# production timeouts (2 s and 3 s): give its calls to the other two longer here
export COUNCILS_SERVICE_TIMEOUT_MS=${COUNCILS_SERVICE_TIMEOUT_MS:-15000}
export DIRECTIONS_SERVICE_TIMEOUT_MS=${DIRECTIONS_SERVICE_TIMEOUT_MS:-15000}
export QUARKUS_REST_CLIENT_COUNCILS_READ_TIMEOUT=${QUARKUS_REST_CLIENT_COUNCILS_READ_TIMEOUT:-15000}
export QUARKUS_REST_CLIENT_DIRECTIONS_READ_TIMEOUT=${QUARKUS_REST_CLIENT_DIRECTIONS_READ_TIMEOUT:-15000}
started=$SECONDS
SUITE_DATA_DIR="$work/pgdata" SUITE_LOG_DIR="$work/logs" "$root/deploy/local/run.sh" >"$stack_log" 2>&1 &
stack=$!
stop_stack() {
  if kill -0 "$stack" 2>/dev/null; then
    echo "Stopping the stack (pid $stack)"
    kill -TERM "$stack" 2>/dev/null || true
    wait "$stack" 2>/dev/null || true
  fi
}
trap stop_stack EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# tokens are minted while the stack starts
"$here/tokens.sh"
echo "Waiting for the stack's READY line (log: $stack_log)"
until grep -q '^READY: ' "$stack_log" 2>/dev/null; do
  if ! kill -0 "$stack" 2>/dev/null; then
    echo "FAIL: deploy/local/run.sh stopped before it was ready:" >&2
    tail -30 "$stack_log" >&2
    exit 1
  fi
  if [ $((SECONDS - started)) -gt 600 ]; then
    echo "FAIL: the stack was not ready after 600 s:" >&2
    tail -30 "$stack_log" >&2
    exit 1
  fi
  sleep 1
done
echo "Stack ready in $((SECONDS - started)) s"
# READY means each service answers its health checks; reporting-service's first calls to the other two (a
# cold JVM on each side) can still take long: wait until one of them answers, as the collection's first does
echo "Warming up: reporting-service asking councils-service and directions-service"
until node "$here/warm-up.mjs" "$here/.env"; do
  kill -0 "$stack" 2>/dev/null || { echo "FAIL: the stack stopped:" >&2; tail -30 "$stack_log" >&2; exit 1; }
  if [ $((SECONDS - started)) -gt 900 ]; then
    echo "FAIL: reporting-service's calls to the other services still fail after 900 s" >&2
    exit 1
  fi
  sleep 2
done
echo "Warm in $((SECONDS - started)) s"

for run in 1 2; do
  echo "README walkthrough, run $run of 2"
  "$here/walkthrough.sh"
  echo "README Board meeting walkthrough, run $run of 2"
  "$here/walkthrough.sh" board-meeting
  echo "Collection, run $run of 2"
  collection
done
stop_stack
trap - EXIT
echo "ok: the README's walkthroughs and the collection passed twice on one stack"
