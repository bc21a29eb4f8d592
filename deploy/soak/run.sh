#!/usr/bin/env bash
# Soak of the running local suite (deploy/local/run.sh): mixed reads and writes for some minutes,
# then every acknowledged write looked up in the services' databases. Not part of CI.
#
#   deploy/soak/run.sh                  5 minutes, 4 clients, against 127.0.0.1:8081-8083
#   deploy/soak/run.sh --minutes 10 --concurrency 8
#
# Options: --minutes N (1-120, default 5), --concurrency N (1-64, default 4), --councils URL,
# --directions URL, --reporting URL (defaults http://127.0.0.1:8081, :8082, :8083), --db JDBC_URL
# (the PostgreSQL server holding the databases councils, directions and reporting; default
# jdbc:postgresql://127.0.0.1:15432/, run.sh's; SUITE_DB_USER and SUITE_DB_PASSWORD as for run.sh).
# Prints each minute the requests sent, errors and each service's heap (read with jcmd from the
# service's JVM, found by its port: in use, and live after a full collection); at the end the
# acknowledged writes and the rows found for them. Exits 1 on any error or difference.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case "${1:-}" in -h|--help) sed -n '2,14p' "$0"; exit 0 ;; esac
jar="$root/deploy/local/devkit/target/devkit-runner.jar"
if [ ! -f "$jar" ]; then
  echo "$jar is missing: start the suite once with deploy/local/run.sh, which builds it." >&2
  exit 2
fi
# the development kit brings the PostgreSQL driver and the development token signer
exec java -cp "$jar" "$root/deploy/soak/Soak.java" "$@"
