#!/usr/bin/env bash
# How close the plan editor page (/Rencana/{id}) is to serving the same bytes as a static file.
# The app runs in Release, Production environment, on a fresh SQLite database with the demo data, on a loopback port,
# from a temporary content root whose wwwroot is a copy of the app's. A 60-row monthly RAK is built through the editor
# (bench/make-rak.sh) and its page is saved into that wwwroot, so the same app serves the same bytes as a static file; wrk then loads both at 16 and 64
# connections (2 threads, DURATION seconds each, 15 by default) and the script prints req/s, p99 latency and the ratios.
# Bounded: 4 runs of DURATION seconds; the app is stopped and its folders removed at the end. Loopback only.
# Usage: bench/editor-load.sh [duration seconds (15)]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
. bench/app.sh
bench_require_wrk

root=$(mktemp -d)
cp src/Kinerja/appsettings.json "$root/"
cp -r src/Kinerja/wwwroot "$root/wwwroot"
mkdir -p "$root/wwwroot/bench"
bench_start_app "$root"
trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null; rm -rf "$app_data" "$root"' EXIT
bench_sign_in "${bench_operator[@]}"

# A 60-row monthly RAK (20 goals × 3 actions), built through the editor's own endpoints as a planner would.
plan_path="/Rencana/$(bench/make-rak.sh "$app_url")"
curl -fs "$app_url$plan_path" >/dev/null   # the first read renders and stores the page; the runs read it as users do

curl -fs "$app_url$plan_path" -o "$root/wwwroot/bench/plan.html"
static_path=/bench/plan.html
cmp -s "$root/wwwroot/bench/plan.html" <(curl -fs "$app_url$static_path") || { echo "editor-load.sh: the static copy is not served as saved" >&2; exit 1; }
bytes=$(wc -c <"$root/wwwroot/bench/plan.html")
echo "plan page: $plan_path ($bytes bytes); static copy: $static_path; ${duration}s per run, 2 threads; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# wrk_run URL CONNECTIONS -> "req/s p99_ms"
wrk_run() {
  local out
  out=$(wrk -t2 -c"$2" -d"${duration}s" --latency -H "Cookie: $BENCH_COOKIE" "$1")
  if grep -q "Non-2xx" <<<"$out"; then echo "editor-load.sh: errors while loading $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { rps = $2 }
       $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                     ms = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : unit == "m" ? v * 60000 : v }
       END { printf "%.0f %.2f\n", rps, ms }' <<<"$out"
}

printf '%-12s %12s %12s %12s %12s %14s %14s\n' connections "page req/s" "static req/s" "page p99 ms" "static p99 ms" "req/s ratio" "p99 ratio"
for connections in 16 64; do
  read -r page_rps page_p99 < <(wrk_run "$app_url$plan_path" "$connections")
  read -r static_rps static_p99 < <(wrk_run "$app_url$static_path" "$connections")
  awk -v c="$connections" -v pr="$page_rps" -v sr="$static_rps" -v pp="$page_p99" -v sp="$static_p99" 'BEGIN {
    printf "%-12s %12d %12d %12.2f %12.2f %13.2fx %13.2fx\n", c, pr, sr, pp, sp, (pr > 0 ? sr / pr : 0), (sp > 0 ? pp / sp : 0) }'
done
echo "req/s ratio = static / page (how many times more static copies are served); p99 ratio = page / static."
