#!/usr/bin/env bash
# Measures the embedded default's cold start: a fresh H2 database (the organisation and its
# demo users are created), time until /actuator/health/readiness says UP, and the resident
# memory (VmRSS) right then and after a first Tasklist login.
#   scripts/measure-startup.sh            (builds the jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/papi-workflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B package -DskipTests; jar=$(ls target/papi-workflow-*.jar | head -1); fi
work=$(mktemp -d)
port=${PORT:-18080}
start=$(date +%s.%N)
(cd "$work" && exec java -jar "$OLDPWD/$jar" --server.port="$port" >"$work/app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "application died:"; tail -50 "$work/app.log"; exit 1; }
    sleep 0.2
done
ready=$(date +%s.%N)
rss_ready=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
curl -fs -c "$work/c" -o /dev/null "http://localhost:$port/camunda/app/tasklist/default/"
token=$(awk '/XSRF-TOKEN/ {print $7}' "$work/c")
curl -fs -b "$work/c" -H "X-XSRF-TOKEN: $token" -d 'username=xa-28756-cv&password=demo' -o /dev/null \
    "http://localhost:$port/camunda/api/admin/auth/user/default/login/tasklist"
rss_login=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
awk -v s="$start" -v r="$ready" -v a="$rss_ready" -v b="$rss_login" 'BEGIN {
    printf "cold start to ready: %.1f s\nresident memory at ready: %d MiB\nresident memory after a Tasklist login: %d MiB\n", r - s, a, b }'
