#!/usr/bin/env bash
# Builds a 60-row RAK (20 goals × 1 indicator × 3 actions, monthly, with targets, ceilings, units and schedules) through
# the plan editor's own HTTP endpoints, on a running app, and prints the plan's id.
# Usage: bench/make-rak.sh http://127.0.0.1:PORT [unit name (KPU Kota Serang)] [year (2027)]
set -euo pipefail
base=${1:?usage: bench/make-rak.sh BASE_URL [unit name] [year]}
unit_name=${2:-KPU Kota Serang}
year=${3:-2027}
home=$(curl -fs "$base/")
unit=$(grep -o "Satker/[0-9a-f-]*[^>]*>[^<]*$unit_name<" <<<"$home" | head -1 | grep -o '[0-9a-f]\{8\}-[0-9a-f-]\{27\}' || true)
if [ -z "$unit" ]; then
  # The home page without unit links: take the unit id from the first plan of that unit's row.
  unit=$(curl -fs "$base/Rencana/$(grep -o 'Rencana/[0-9a-f-]*' <<<"$home" | sed -n 12p | cut -d/ -f2)" | grep -o 'Satker/[0-9a-f-]*' | head -1 | cut -d/ -f2)
fi
plan=$(curl -fs -o /dev/null -w '%{redirect_url}' -X POST "$base/Rencana/Baru" \
  --data-urlencode "workUnitId=$unit" --data-urlencode "year=$year" --data-urlencode entity=Commission \
  --data-urlencode kind=Rak --data-urlencode scheduleStyle=Monthly | grep -o '[0-9a-f-]\{36\}$')
rev() { curl -fs "$base/Rencana/$plan?handler=Editor" | grep -o 'data-revision="[0-9]*"' | grep -o '[0-9]*'; }
last_id() { grep -o "id=\"$1-[0-9a-f-]\{36\}\"" | tail -1 | grep -o "[0-9a-f]\{8\}-[0-9a-f-]\{27\}"; }
org=$(curl -fs "$base/Rencana/$plan?handler=Row&element=action&parentId=00000000-0000-0000-0000-000000000000" | grep -o 'option value="[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
for g in $(seq 1 20); do
  goal=$(curl -fs -X POST "$base/Rencana/$plan?handler=Save&element=goal" --data-urlencode "rev=$(rev)" \
    --data-urlencode "text=Sasaran uji beban nomor $g: meningkatnya kualitas penyelenggaraan tahapan pemilihan" | last_id g)
  indicator=$(curl -fs -X POST "$base/Rencana/$plan?handler=Save&element=indicator" --data-urlencode "rev=$(rev)" --data-urlencode "parentId=$goal" \
    --data-urlencode "text=Persentase tahapan yang terlaksana tepat waktu ($g)" --data-urlencode "target=97,5 %" | last_id i)
  for a in 1 2 3; do
    curl -fs -o /dev/null -X POST "$base/Rencana/$plan?handler=Save&element=action" --data-urlencode "rev=$(rev)" --data-urlencode "parentId=$indicator" \
      --data-urlencode "text=Aksi $a sasaran $g: rapat koordinasi, bimbingan teknis dan evaluasi pelaksanaan" --data-urlencode "target=$((a * 4)) Kegiatan" \
      --data-urlencode "unit=$org" --data-urlencode "ceiling=$((g * 1000000 + a * 250000))" \
      --data-urlencode "p_B$a=v" --data-urlencode "p_B$((a + 3))=v" --data-urlencode "p_B$((a + 6))=$a Kegiatan" --data-urlencode "p_B12=v"
  done
done
echo "$plan"
