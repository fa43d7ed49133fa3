#!/usr/bin/env bash
# The monitoring pages over a synthetic nation (issue 6): the national unit, 38 provinces and N regencies/cities, each with a
# year of plans, budget, four quarters of realisation and monthly RPD and spending (bench/Kinerja.Bench: `national`). For each
# N the app runs on that database (SQLite) and wrk (2 threads, 16 connections, DURATION seconds) loads the national roll-up, the
# largest province's roll-up, a regency's quarter page and its LKj table: once as users get them (output cache keyed by
# revisions), once rendered on every request (an extra query key the caches do not accept: `&tanpa-cache=1`).
# Usage: bench/national-load.sh [duration seconds (5)] ["sizes" ("128 257 514")]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-5}
sizes=${2:-"128 257 514"}
. bench/app.sh
bench_require_wrk
dotnet build bench/Kinerja.Bench -c Release -v quiet -nologo >/dev/null
root=$(mktemp -d)

load() { # load <label> <path>
  local out
  curl -fs -o /dev/null "$app_url$2" || { echo "national-load.sh: $2 does not answer 200" >&2; exit 1; }
  out=$(wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $BENCH_COOKIE" "$app_url$2")
  printf '%-5s %-26s %10s req/s  p99 %8s\n' "$n" "$1" "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); ${duration}s per page, 16 connections"
for n in $sizes; do
  dotnet bench/Kinerja.Bench/bin/Release/net10.0/Kinerja.Bench.dll national "$root/$n" "$n" 38
  # The synthetic nation has no demo users: a reader of every unit is made with the CLI, as an admin would.
  echo "membaca semua satuan kerja" | Database__Provider=sqlite Database__DataFolder="$root/$n" \
    dotnet src/Kinerja/bin/Release/net10.0/Kinerja.dll user add bench@kinerja.test --name "Uji beban" --unit nasional --role evaluator --password-stdin >/dev/null
  bench_start_app "$PWD/src/Kinerja" "$root/$n"
  bench_sign_in bench@kinerja.test "membaca semua satuan kerja"
  national="/Monev/Nasional?tahun=2026&tw=4"
  # The province with the most regencies/cities ("k dari m" is the national page's last column), then its first unit.
  province=$(curl -fs "$app_url$national" | grep -o 'href="/Monev/Provinsi/[0-9a-f-]*?tahun=2026&tw=4">[0-9]* dari [0-9]*' \
    | sed 's/.*Provinsi\/\([0-9a-f-]*\).* dari \([0-9]*\)/\2 \1/' | sort -rn | head -1 | cut -d' ' -f2)
  unit=$(curl -fs "$app_url/Monev/Provinsi/$province?tahun=2026&tw=4" | grep -o 'Satker/[0-9a-f-]*/Monev' | head -1 | cut -d/ -f2)
  lkj=$(curl -fs "$app_url/Satker/$unit/Monev?tahun=2026&tw=4" | grep -o '/Dokumen/LKj/[0-9a-f-]*' | head -1)
  for cache in "" "&tanpa-cache=1"; do
    label=${cache:+" uncached"}
    load "national$label" "$national$cache"
    load "province$label" "/Monev/Provinsi/$province?tahun=2026&tw=4$cache"
    load "quarter page$label" "/Satker/$unit/Monev?tahun=2026&tw=4$cache"
    load "LKj table$label" "$lkj?tw=4$cache"
  done
  bench_stop_app
  rm -rf "${root:?}/$n"
done
rm -rf "$root"
