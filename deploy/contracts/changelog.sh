#!/usr/bin/env bash
# Fails when a service's committed contract (<service>/contract/openapi.json) is at an info.version that
# has no entry in <service>/CHANGELOG.md, or one that is not the newest there. Also checks a contract whose
# version the changelog beside it lacks, and fails unless that is rejected, so that a check which could not
# fail is noticed. Needs Node.js only. Run from anywhere: deploy/contracts/changelog.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
pairs=()
for service in councils-service directions-service reporting-service; do
  pairs+=("$root/$service/contract/openapi.json" "$root/$service/CHANGELOG.md")
done
status=0
node "$here/changelog.mjs" "${pairs[@]}" || status=1
echo "Changelog: a contract at a version its changelog lacks must be rejected"
fixture="$here/src/test/resources/changelog/missing-entry"
if node "$here/changelog.mjs" "$fixture/openapi.json" "$fixture/CHANGELOG.md" >/dev/null 2>&1; then
  echo "FAIL: the changelog check accepted $fixture, whose contract is at a version with no entry" >&2
  status=1
else
  echo "ok: rejected"
fi
exit $status
