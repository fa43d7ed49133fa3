#!/usr/bin/env bash
# Runs every test, on SQLite and on a real PostgreSQL that this script starts (and installs with apt when missing).
# Extra arguments go to `dotnet test` (for example: --filter "FullyQualifiedName~Scope").
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/setup.sh
scripts/postgres.sh start
trap '[ "$BASHPID" = "$$" ] && scripts/postgres.sh stop' EXIT
export KINERJA_TEST_POSTGRES="${KINERJA_TEST_POSTGRES:-$(scripts/postgres.sh url)}"

dotnet tool restore >/dev/null
# Warnings are errors (Directory.Build.props): a clean build is part of the test.
dotnet build Kinerja.slnx -c Release -v quiet -nologo

# No model change may be left without a migration, on either provider.
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --configuration Release --project src/Kinerja --context "${provider}KinerjaDbContext" >/dev/null \
    || { echo "test.sh: the model has changes without a $provider migration: run scripts/add-migration.sh NAME" >&2; exit 1; }
done

log=$(mktemp)
set +e
dotnet test Kinerja.slnx -c Release --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects, in the plain form CI reads.
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" = 0 ]; then echo "test.sh: no test ran" >&2; exit 1; fi
exit "$status"
