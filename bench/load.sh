#!/usr/bin/env bash
# Load test on loopback: the app in Release on a fresh SQLite database with the demo data, wrk against the home page
# and a monthly RAK page. Bounded: each run lasts DURATION seconds (10) and the app is stopped at the end.
# Usage: bench/load.sh [connections (16)] [duration seconds (10)]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
duration=${2:-10}
. bench/app.sh
bench_require_wrk
bench_start_app
bench_sign_in "${bench_reader[@]}"

plan=$(curl -fs "$app_url/" | grep -o 'Rencana/[0-9a-f-]*' | sed -n 12p)
for path in "/" "/$plan"; do
  echo "== GET $path ($connections connections, ${duration}s)"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $BENCH_COOKIE" "$app_url$path" | grep -E "Requests/sec|Latency|99%|50%|Transfer"
done
