#!/usr/bin/env bash
# Prints a development bearer token: deploy/local/token.sh ROLE [GSS_CODE] [--person NAME]
#   ROLE: dfe-admin | dfe-analyst | commissioner | council-reporter
#   GSS_CODE: for council-reporter, the council whose staff the caller is (the token's organisation),
#     e.g. E08000007; for commissioner, the council whose development commissioner identity to use
#     (E06000021 and E06000035 are linked to the seed Commissioner in the development data)
#   --person NAME: another person within that role and council (a subject of their own), e.g. alex-smith
# Each role, council and person has a subject of its own, the same at every call
# (dev-ROLE[.GSS_CODE][.NAME]@example.invalid), so that the audit tells callers apart.
# Signed with the development key in devkit (issuer https://dev-only.intervention.invalid), which
# only the local stack and tests trust; production verifies its OIDC issuer's keys instead.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
devkit="$here/devkit/src/main"
exec java "$devkit/java/uk/gov/education/intervention/devkit/DevTokens.java" \
  --key "$devkit/resources/dev-jwt/private.pem" "$@"
