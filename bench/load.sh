#!/usr/bin/env bash
# Load test on loopback: the app in Release on a fresh SQLite database with the demo data, wrk against the home page
# and a monthly RAK page. Bounded: each run lasts DURATION seconds (10) and the app is stopped at the end.
# Usage: bench/load.sh [connections (16)] [duration seconds (10)]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
duration=${2:-10}
port=${KINERJA_BENCH_PORT:-5391}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

data=$(mktemp -d)
dotnet build src/Kinerja -c Release -v quiet -nologo >/dev/null
dotnet src/Kinerja/bin/Release/net10.0/Kinerja.dll --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Kinerja" \
  --Database:DataFolder "$data" --Logging:LogLevel:Default Warning >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done

plan=$(curl -fs "http://127.0.0.1:$port/" | grep -o 'Rencana/[0-9a-f-]*' | sed -n 12p)
for path in "/" "/$plan"; do
  echo "== GET $path ($connections connections, ${duration}s)"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|99%|50%|Transfer"
done
