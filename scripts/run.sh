#!/usr/bin/env bash
# Runs Kinerja: the web app on the embedded SQLite database (src/Kinerja/App_Data/kinerja.db), created and filled
# with demo data on first run. Open http://localhost:5000. Extra arguments go to the app (e.g. --urls http://0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/setup.sh
urls=()
if [[ " $* " != *" --urls "* ]]; then urls=(--urls "${KINERJA_URLS:-http://localhost:5000}"); fi
exec dotnet run --project src/Kinerja -c Release -- "${urls[@]}" "$@"
