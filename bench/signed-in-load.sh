#!/usr/bin/env bash
# The plan editor page of a 60-row RAK for a signed-in user (issue 12), side by side in one run with the same page of the app
# before accounts existed (commit KINERJA_BENCH_BEFORE, by default 69166cb, built from a temporary git worktree, where every
# page was anonymous) and with the same bytes as a static file. Both apps run in Release, Production environment, on fresh
# SQLite databases with the demo data, on loopback ports; the RAK is built through each app's editor (bench/make-rak.sh), the
# new one as the demo operator of KPU Kota Serang. wrk: 2 threads, 16 and 64 connections, DURATION seconds each (15).
# Bounded: 6 runs of DURATION seconds; both apps are stopped and their folders removed at the end.
# Usage: bench/signed-in-load.sh [duration seconds (15)]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
before=${KINERJA_BENCH_BEFORE:-69166cb}
. bench/app.sh
bench_require_wrk

root=$(mktemp -d)
cp src/Kinerja/appsettings.json "$root/"
cp -r src/Kinerja/wwwroot "$root/wwwroot"
mkdir -p "$root/wwwroot/bench"
old_tree=$(mktemp -d)
old_data=$(mktemp -d)
old_pid=
cleanup() {
  kill $app_pid $old_pid 2>/dev/null || true
  wait $app_pid $old_pid 2>/dev/null || true
  git worktree remove --force "$old_tree" 2>/dev/null || rm -rf "$old_tree"
  rm -rf "$app_data" "$root" "$old_data"
}
bench_start_app "$root"
trap cleanup EXIT

# The app before accounts, built from its commit.
rmdir "$old_tree" && git worktree add -q --detach "$old_tree" "$before"
dotnet build "$old_tree/src/Kinerja" -c Release -v quiet -nologo >/dev/null
old_url="http://127.0.0.1:$(bench_free_port $(( ${app_url##*:} + 1 )))"
ASPNETCORE_ENVIRONMENT=Production dotnet "$old_tree/src/Kinerja/bin/Release/net10.0/Kinerja.dll" --urls "$old_url" --contentRoot "$old_tree/src/Kinerja" \
  --Database:Provider sqlite --Database:DataFolder "$old_data" --DemoData true --Logging:LogLevel:Default Warning >"$old_data/app.log" 2>&1 &
old_pid=$!
for _ in $(seq 1 60); do curl -fs "$old_url/" >/dev/null && break; sleep 1; done
old_plan="/Rencana/$(bench/make-rak.sh "$old_url")"

bench_sign_in "${bench_operator[@]}"
plan_path="/Rencana/$(bench/make-rak.sh "$app_url")"
curl -fs "$app_url$plan_path" >/dev/null   # the first read renders and stores the page; the runs read it as users do
curl -fs "$old_url$old_plan" >/dev/null
curl -fs "$app_url$plan_path" -o "$root/wwwroot/bench/plan.html"
grep -q "Operator Demo KPU Kota Serang" "$root/wwwroot/bench/plan.html" || { echo "signed-in-load.sh: the page does not greet the signed-in operator" >&2; exit 1; }
static_path=/bench/plan.html
echo "signed-in page: $plan_path ($(wc -c <"$root/wwwroot/bench/plan.html") bytes); before accounts ($before): $old_plan ($(curl -fs "$old_url$old_plan" | wc -c) bytes); ${duration}s per run; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# wrk_run URL CONNECTIONS [cookie] -> "req/s p99_ms"
wrk_run() {
  local out
  out=$(wrk -t2 -c"$2" -d"${duration}s" --latency ${3:+-H "Cookie: $3"} "$1")
  if grep -q "Non-2xx" <<<"$out"; then echo "signed-in-load.sh: errors while loading $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { rps = $2 }
       $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                     ms = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : unit == "m" ? v * 60000 : v }
       END { printf "%.0f %.2f\n", rps, ms }' <<<"$out"
}

printf '%-12s %14s %14s %14s %12s %12s %12s %16s\n' connections "signed req/s" "before req/s" "static req/s" "signed p99" "before p99" "static p99" "before/signed"
for connections in 16 64; do
  read -r signed_rps signed_p99 < <(wrk_run "$app_url$plan_path" "$connections" "$BENCH_COOKIE")
  read -r old_rps old_p99 < <(wrk_run "$old_url$old_plan" "$connections")
  read -r static_rps static_p99 < <(wrk_run "$app_url$static_path" "$connections")
  awk -v c="$connections" -v a="$signed_rps" -v b="$old_rps" -v s="$static_rps" -v ap="$signed_p99" -v bp="$old_p99" -v sp="$static_p99" 'BEGIN {
    printf "%-12s %14d %14d %14d %12.2f %12.2f %12.2f %15.2fx\n", c, a, b, s, ap, bp, sp, (a > 0 ? b / a : 0) }'
done
echo "before/signed = req/s of the page before accounts (anonymous) / req/s of the same page signed in (target: at most 1.5)."
