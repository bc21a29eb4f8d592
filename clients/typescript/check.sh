#!/usr/bin/env bash
# Regenerates the TypeScript types from each service's committed contract (<service>/contract/openapi.json)
# and type-checks the client and its examples, so that a contract change that would break a consumer
# fails. Then makes such a change on purpose (a copy of reporting-service's contract with the field
# SubmissionRequest.dueItemId renamed) and fails unless the type check rejects it, so that a check which
# could not fail is noticed. Needs Node.js 20 and npm (versions pinned in package-lock.json).
# Run from anywhere: clients/typescript/check.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -x node_modules/.bin/tsc ] || [ ! -d node_modules/openapi-fetch ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "TypeScript client: generating types from the committed contracts"
node scripts/generate.mjs --contracts "$root"
echo "TypeScript client: type-checking the client and the examples"
node_modules/.bin/tsc -p tsconfig.json --noEmit
echo "ok: the examples type-check against the committed contracts"

echo "TypeScript client: a contract that renames a field the examples use must fail the type check"
scratch=$(mktemp -d "$here/.broken-contract.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
for service in councils directions reporting; do
  mkdir -p "$scratch/contracts/$service-service/contract"
  cp "$root/$service-service/contract/openapi.json" "$scratch/contracts/$service-service/contract/"
done
node scripts/rename-field.mjs "$root/reporting-service/contract/openapi.json" \
  "$scratch/contracts/reporting-service/contract/openapi.json" SubmissionRequest dueItemId dueItemRef
cp -r src examples tsconfig.json "$scratch/"
rm -rf "$scratch/src/generated"
node scripts/generate.mjs --contracts "$scratch/contracts" --out "$scratch/src/generated" >/dev/null
if node_modules/.bin/tsc -p "$scratch/tsconfig.json" --noEmit >"$scratch/tsc.out" 2>&1; then
  echo "FAIL: the examples type-checked against a contract without SubmissionRequest.dueItemId; the check checks nothing" >&2
  exit 1
fi
grep -q "dueItemId" "$scratch/tsc.out" || { echo "FAIL: the type check failed, but not on dueItemId:" >&2; cat "$scratch/tsc.out" >&2; exit 1; }
first=$(grep -m1 'error TS' "$scratch/tsc.out" | sed "s|$scratch/||" | cut -c1-160)
echo "ok: rejected ($(grep -c 'error TS' "$scratch/tsc.out") error(s), e.g. $first...)"
