#!/usr/bin/env bash
# Writes deploy/http/.env: the services' base URLs and a development token of each caller the .http
# files use, read there as {{$dotenv NAME}}. Tokens are signed with the
# development key (deploy/local/token.sh), which only a local stack trusts. Run again when they expire.
# Ports follow run.sh's variables: SUITE_COUNCILS_PORT, SUITE_DIRECTIONS_PORT, SUITE_REPORTING_PORT.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
token="$here/../local/token.sh"
env_file="$here/.env"
work=$(mktemp -d "$here/.tokens.XXXXXX")
trap 'rm -rf "$work"' EXIT
# each token is a run of the Java source launcher: mint them side by side
callers=("ADMIN_TOKEN dfe-admin" "ANALYST_TOKEN dfe-analyst" "COMMISSIONER_TOKEN commissioner E06000021"
         "STOCKPORT_TOKEN council-reporter E08000007" "MEDWAY_STAFF_TOKEN council-reporter E06000035")
pids=()
for caller in "${callers[@]}"; do
  read -r name args <<<"$caller"
  # shellcheck disable=SC2086 # the role and council are separate arguments
  "$token" $args >"$work/$name" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
{
  echo "COUNCILS_URL=http://127.0.0.1:${SUITE_COUNCILS_PORT:-8081}"
  echo "DIRECTIONS_URL=http://127.0.0.1:${SUITE_DIRECTIONS_PORT:-8082}"
  echo "REPORTING_URL=http://127.0.0.1:${SUITE_REPORTING_PORT:-8083}"
  for caller in "${callers[@]}"; do
    name=${caller%% *}
    echo "$name=$(cat "$work/$name")"
  done
} >"$work/env"
mv "$work/env" "$env_file"
echo "Wrote $env_file (base URLs and tokens for dfe-admin, dfe-analyst, Stoke-on-Trent's Commissioner, Stockport's and Medway's staff)"
