#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty data volume: one owner role and
# one database per service, as in production (each service owns its database; none reads
# another's). Passwords come from the container's environment (compose.yaml).
set -euo pipefail

create() {
  local name=$1 password=$2
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set=name="$name" --set=password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create councils "$COUNCILS_DB_PASSWORD"
create directions "$DIRECTIONS_DB_PASSWORD"
create reporting "$REPORTING_DB_PASSWORD"
