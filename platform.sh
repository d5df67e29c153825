#!/usr/bin/env bash
# The platform's one entry point.
#   ./platform.sh run [--fresh] [AppHost settings]  start everything on Aspire; Ctrl+C stops everything
#   ./platform.sh test [dotnet test options]         build and run the whole test suite
#   ./platform.sh build                               install what is missing and build
#   ./platform.sh seed [gateway-url]                  demo catalog into a platform started with `run`
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MASSTRANSIT_USAGE_TELEMETRY=false
configuration="${PLATFORM_CONFIGURATION:-Debug}"

say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'platform.sh: %s\n' "$*" >&2; exit 1; }

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Debian packages this platform runs on, each with the check that says it is present; `for tests`
# adds what only the test suite needs.
missing_packages() {
  local missing=() purpose="${1:-}"
  [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/postgres" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
  command -v setsid >/dev/null 2>&1 || missing+=(util-linux)
  # Headless browser for tests/Dashboard.Tests (Playwright drives Debian's chromium).
  [ "$purpose" != "for tests" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
  echo "${missing[@]:-}"
}

install_prerequisites() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is missing: install the .NET 10 SDK, then run this again."
  local missing purpose="${1:-}"
  missing="$(missing_packages "$purpose")"
  if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing missing Debian packages: $missing"
      apt-get update -qq
      # Keep package scripts from starting system-wide servers: the platform starts its own.
      DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends $missing >/dev/null
      missing="$(missing_packages "$purpose")"
      [ -z "$missing" ] || fail "still missing after apt-get install: $missing"
    else
      fail "missing Debian packages: $missing. Install them with: sudo apt-get install -y $missing"
    fi
  fi
  dotnet tool restore >/dev/null || fail "could not restore the local dotnet tools (.config/dotnet-tools.json): run 'dotnet tool restore' to see why."
}

# --fresh: the data folder, and PostgreSQL's files where the AppHost moved them when the postgres
# user could not reach the checkout (see AppHost/Infrastructure/PostgresDataFolder.cs).
forget_data() {
  local data="$PWD/.data" moved
  moved="/var/tmp/platform-$(printf '%s' "$data" | sed 's/[^A-Za-z0-9]/-/g; s/^-*//; s/-*$//')"
  say "--fresh: deleting $data${moved:+ and $moved}"
  rm -rf "$data" "$moved"
}

build() {
  say "building Platform.sln ($configuration)"
  dotnet build Platform.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:quiet \
    || fail "the build failed (see the errors above)."
}

# `run` needs only the AppHost, which builds every service it starts.
build_apphost() {
  say "building AppHost ($configuration)"
  dotnet build AppHost -c "$configuration" -nologo -clp:ErrorsOnly -v:quiet \
    || fail "the build failed (see the errors above)."
}

# NAME=value lines of a launch profile in AppHost/Properties/launchSettings.json, as `dotnet run` would set them.
launch_profile_variables() {
  /usr/bin/python3 - "$1" AppHost/Properties/launchSettings.json <<'PY'
import json, sys
profile = json.load(open(sys.argv[2]))["profiles"][sys.argv[1]]
print(f"DOTNET_LAUNCH_PROFILE={sys.argv[1]}")
print(f"ASPNETCORE_URLS={profile['applicationUrl']}")
for name, value in profile.get("environmentVariables", {}).items():
    print(f"{name}={value}")
PY
}

# Sums the counters of every test project's TRX file into the one closing line CI reads.
summarize_results() {
  local results_dir="$1" passed=0 failed=0 skipped=0 files=0 counters p f t e
  for trx in "$results_dir"/*.trx; do
    [ -e "$trx" ] || continue
    files=$((files + 1))
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    e="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    skipped=$((skipped + ${t:-0} - ${e:-0}))
  done
  echo "$passed $failed $skipped $files"
}

run_tests() {
  local results_dir="TestResults" status=0
  rm -rf "$results_dir"
  say "running the test suite (the harness starts its own Postgres, Redis, RabbitMQ and SMTP sink)"
  # -m:1: one test project at a time; run side by side, the browser tests and the end-to-end platforms
  # starve each other on a 2-core machine and their time-bounded waits fail.
  dotnet test Platform.sln -m:1 -c "$configuration" --no-build --results-directory "$results_dir" \
    --logger "trx" --logger "console;verbosity=minimal" --blame-hang-timeout 10m "$@" || status=$?
  read -r passed failed skipped files < <(summarize_results "$results_dir")
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    say "dotnet test exited with $status although no test reported a failure (a test host crashed or a build step failed)"
    failed=1
  fi
  echo "test projects: $files"
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$status"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  run)
    install_prerequisites
    if [ "${1:-}" = "--fresh" ]; then
      shift
      forget_data
    fi
    build_apphost
    # The built AppHost itself, with its http launch profile's variables (the dashboard on 127.0.0.1:18888, OTLP on
    # 18889 gRPC and 18890 HTTP): `dotnet run` would first evaluate the project and then stay beside it as a second
    # process, and on SIGTERM it ends the AppHost before the AppHost can stop what it started.
    while IFS= read -r variable; do export "$variable"; done < <(launch_profile_variables http)
    exec "AppHost/bin/$configuration/net10.0/AppHost" "$@"
    ;;
  test)
    install_prerequisites "for tests"
    build
    run_tests "$@"
    ;;
  build)
    install_prerequisites
    build
    ;;
  seed)
    # Demo organizers, organizations and events, through the gateway of a platform started with `run`.
    dotnet build bench/CatalogBench -c "$configuration" -nologo -clp:ErrorsOnly -v:quiet \
      || fail "the build of bench/CatalogBench failed (see the errors above)."
    exec dotnet "bench/CatalogBench/bin/$configuration/net10.0/CatalogBench.dll" seed "${1:-http://127.0.0.1:5080/}"
    ;;
  *)
    cat >&2 <<'USAGE'
usage: ./platform.sh run [--fresh] [--Platform:Ports:Gateway=5081 ...]
                                     start the whole platform on Aspire (Ctrl+C stops it)
       ./platform.sh test            build and run every test
       ./platform.sh build           install prerequisites and build
       ./platform.sh seed [gateway]  demo organizers and events into a running platform
USAGE
    exit 2
    ;;
esac
