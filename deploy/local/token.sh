#!/usr/bin/env bash
# Prints a development bearer token: deploy/local/token.sh ROLE [GSS_CODE...]
#   ROLE: dfe-admin | dfe-analyst | commissioner | council-reporter
#   GSS_CODE: the councils a commissioner or council-reporter acts for, e.g. E06000021
# Signed with the development key in devkit (issuer https://dev-only.intervention.invalid), which
# only the local stack and tests trust; production verifies its OIDC issuer's keys instead.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
devkit="$here/devkit/src/main"
exec java "$devkit/java/uk/gov/education/intervention/devkit/DevTokens.java" \
  --key "$devkit/resources/dev-jwt/private.pem" "$@"
