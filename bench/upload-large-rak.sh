#!/usr/bin/env bash
# Times a web import of a large RAK on a running app: writes seed 002's table again and again (goals numbered on, action
# names made unique) to about N actions, then POSTs the preview, a recheck and the commit, and prints each step's seconds.
# Usage: [APP_PID=pid] bench/upload-large-rak.sh http://127.0.0.1:PORT [actions (13260)] [file to write (/tmp/rak-large.txt)]
set -euo pipefail
base=${1:?usage: bench/upload-large-rak.sh BASE_URL [actions] [file]}
actions=${2:-13260}
file=${3:-/tmp/rak-large.txt}
seed=$(ls "$(dirname "$0")"/../../shared/seeds/002_*.txt)
# The seed's table is lines 10-82 (68 actions); its title before, its signature after.
awk -v want="$actions" -v seedfile="$seed" 'BEGIN { FS = OFS = "\t"
  while ((getline line < seedfile) > 0) { n++; all[n] = line }
  for (i = 1; i <= 9; i++) print all[i]
  goal = 0; made = 0
  for (copy = 1; made < want; copy++) {
    for (i = 10; i <= 82 && made < want; i++) {
      $0 = all[i]
      if ($1 ~ /^[0-9]+$/) { goal++; $1 = goal }
      if (NF >= 5 && $5 != "") { $5 = $5 " (" copy ")"; made++ }
      print
    }
  }
  for (i = 83; i <= n; i++) print all[i] }' > "$file"
printf '%s: %s actions, %s bytes\n' "$file" "$actions" "$(stat -c %s "$file")"
# The caller is signed in (bench/app.sh bench_sign_in sets BENCH_COOKIE as an operator of the unit).
step() { curl -s -H "Cookie: ${BENCH_COOKIE:-}" -o "$2" -w '%{http_code} %{time_total}\n' "${@:3}" "$base/Impor?handler=$1"; }
# With APP_PID set (the app's process), each step also reports the CPU seconds the app spent on it: on a shared machine
# that is steadier than the time on the clock.
cpu() { if [ -n "${APP_PID:-}" ]; then awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat"; else echo 0; fi; }
before=$(cpu); read -r code seconds < <(step Preview /tmp/rak-large-preview.html -F "berkas=@$file;filename=rak-large.txt")
echo "preview: $code, $seconds s, $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { print b - a }') s CPU"
token=$(grep -o 'name="unggahan" value="[0-9a-f]*"' /tmp/rak-large-preview.html | head -1 | grep -o '[0-9a-f]\{32\}')
before=$(cpu); read -r code seconds < <(step Recheck /tmp/rak-large-recheck.html --data "unggahan=$token")
echo "recheck: $code, $seconds s, $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { print b - a }') s CPU"
before=$(cpu); read -r code seconds < <(step Commit /tmp/rak-large-commit.html --data "unggahan=$token&berkas=0")
echo "commit: $code, $seconds s, $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { print b - a }') s CPU ($(grep -o '[0-9]* berkas disimpan' /tmp/rak-large-commit.html || grep -o 'Tidak[^<]*' /tmp/rak-large-commit.html | head -1))"
