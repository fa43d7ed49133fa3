# Sourced by the load scripts: the app in Release, Production environment, on a fresh SQLite database with the demo
# data, on a free loopback port. After bench_start_app: $app_pid, $app_url, $app_data (the data folder), $app_root
# (its content root); everything is stopped and removed when the script exits.
# shellcheck shell=bash

# The first port from $1 on which nothing on 127.0.0.1 answers.
bench_free_port() {
  local port=${1:-5391}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

bench_require_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
}

# bench_start_app [content root] [data folder]: builds and starts the app; the content root defaults to src/Kinerja. Given a
# data folder holding a kinerja.db (bench/national-load.sh), the app runs on it without demo data and the folder is kept.
bench_start_app() {
  app_root=${1:-$PWD/src/Kinerja}
  local demo=true keep=
  if [ -n "${2:-}" ]; then app_data=$2; demo=false; keep=1; else app_data=$(mktemp -d); fi
  local port
  port=$(bench_free_port "${KINERJA_BENCH_PORT:-5391}")
  app_url="http://127.0.0.1:$port"
  dotnet build src/Kinerja -c Release -v quiet -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Production dotnet src/Kinerja/bin/Release/net10.0/Kinerja.dll --urls "$app_url" --contentRoot "$app_root" \
    --Database:Provider sqlite --Database:DataFolder "$app_data" --DemoData $demo --Logging:LogLevel:Default Warning >"$app_data/app.log" 2>&1 &
  app_pid=$!
  if [ -n "$keep" ]; then
    trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null' EXIT
  else
    trap 'kill $app_pid 2>/dev/null; wait $app_pid 2>/dev/null; rm -rf "$app_data"' EXIT
  fi
  for _ in $(seq 1 60); do
    curl -fs "$app_url/" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  echo "bench: the app did not start; its log:" >&2
  cat "$app_data/app.log" >&2
  return 1
}

# Stops the app started by bench_start_app (to start it again on other data).
bench_stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
}

# bench_sign_in EMAIL PASSWORD: signs in through the sign-in page of the app at $app_url (a user without a second factor, such
# as the demo operator) and sets $BENCH_COOKIE ("kinerja=…"). From then on `curl` (also in child scripts such as
# bench/make-rak.sh) sends it; wrk gets it with -H "Cookie: $BENCH_COOKIE".
bench_sign_in() {
  local headers
  headers=$(command curl -fs -o /dev/null -D - -X POST "$app_url/Akun/Masuk" --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2")
  BENCH_COOKIE=$(grep -i '^set-cookie: kinerja=' <<<"$headers" | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
  if [ -z "$BENCH_COOKIE" ]; then echo "bench: $1 could not sign in" >&2; return 1; fi
  export BENCH_COOKIE
  curl() { command curl -H "Cookie: $BENCH_COOKIE" "$@"; }
  export -f curl
}

# The demo users the load scripts sign in as (README, "Akun dan peran"): the operator of KPU Kota Serang edits its plans;
# the evaluator reads every unit, as the roll-ups need.
bench_operator=(operator.serang@demo.kinerja.id "sate bandeng di alun-alun")
bench_reader=(evaluator@demo.kinerja.id "inspektorat membaca semuanya")
