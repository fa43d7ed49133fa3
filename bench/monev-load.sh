#!/usr/bin/env bash
# Load on the monitoring pages (issue 6) with the demo data (7 work units, four quarters of realisation): a work unit's
# quarter page, its LKj table, a province's roll-up and the national roll-up, each with wrk (2 threads, 16 connections,
# DURATION seconds). The synthetic 550-unit national data set the issue asks for is not built yet: these figures are for
# 7 units. Usage: bench/monev-load.sh [duration seconds (10)]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
. bench/app.sh
bench_require_wrk
bench_start_app
bench_sign_in "${bench_reader[@]}"

home=$(curl -fs "$app_url/?tahun=2026")
serang=$(grep -o 'Satker/[0-9a-f-]*' <<<"$home" | sed -n 4p | cut -d/ -f2)
unit_page=$(curl -fs "$app_url/Satker/$serang/Monev?tahun=2026&tw=4")
lkj=$(grep -o '/Dokumen/LKj/[0-9a-f-]*' <<<"$unit_page" | head -1)
province=$(grep -o 'Satker/[0-9a-f-]*' <<<"$home" | sed -n 2p | cut -d/ -f2)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); ${duration}s per page, 16 connections"
for path in "/Satker/$serang/Monev?tahun=2026&tw=4" "$lkj?tw=4" "/Monev/Provinsi/$province?tahun=2026&tw=4" "/Monev/Nasional?tahun=2026&tw=4"; do
  curl -fs -o /dev/null "$app_url$path" || { echo "monev-load.sh: $path does not answer 200" >&2; exit 1; }
  out=$(wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $BENCH_COOKIE" "$app_url$path")
  printf '%-70s %10s req/s  p99 %s\n' "$path" "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
done
