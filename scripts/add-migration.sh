#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets, so they never drift apart.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NameOfChange}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Kinerja --context "${provider}KinerjaDbContext" \
    --output-dir "Data/Migrations/$provider"
done
