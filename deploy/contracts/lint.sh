#!/usr/bin/env bash
# Lints the services' committed OpenAPI contracts with Spectral (rules: .spectral.yaml beside this
# file) and fails on any error. Also lints a deliberately broken contract and fails unless Spectral
# rejects it, so that a lint which could not fail is noticed. Needs Node.js and npm (the versions
# are pinned in package-lock.json). Run from anywhere: deploy/contracts/lint.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
spectral=node_modules/.bin/spectral
status=0
for service in councils-service directions-service reporting-service; do
  echo "Spectral: $service/contract/openapi.json"
  if ! "$spectral" lint --ruleset .spectral.yaml --fail-severity=error --display-only-failures -q \
      "$root/$service/contract/openapi.json"; then
    status=1
  fi
done
echo "Spectral: a deliberately broken contract must be rejected"
if "$spectral" lint --ruleset .spectral.yaml --fail-severity=error -q src/test/resources/lint/broken-contract.json >/dev/null; then
  echo "FAIL: Spectral accepted src/test/resources/lint/broken-contract.json; the rules check nothing" >&2
  status=1
else
  echo "ok: rejected"
fi
exit $status
