#!/usr/bin/env bash
# Reporting benchmark on PostgreSQL (README "Benchmark"): the project's reporting model against the
# naive one, for the real organisation and a synthetic one ten times larger. Prints the table and
# writes target/benchmark/reporting.md. Needs a local PostgreSQL with a role that may create
# databases (PAPI_BENCH_USER, default papi/papi); as root this script creates the role when missing.
#   scripts/benchmark.sh [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
user=${PAPI_BENCH_USER:-papi}
password=${PAPI_BENCH_PASSWORD:-papi}
if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN CREATE ROLE $user LOGIN PASSWORD '$password'; END IF;
END \$\$;
ALTER ROLE $user CREATEDB;
SQL
fi
./mvnw -B -q test -Dgroups=benchmark -Dtest='ReportingBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpapi.benchmark=true -Dpapi.benchmark.threads="${1:-16}" \
    -Dpapi.benchmark.user="$user" -Dpapi.benchmark.password="$password"
cat target/benchmark/reporting.md
