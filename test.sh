#!/usr/bin/env bash
# The test command of the README: starts the local PostgreSQL server the store tests use (installing it when missing),
# builds the solution and runs every test; the quality gates run where ../shared/data exists.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "${NEWSGRAPH_TEST_POSTGRES:-}" ]; then
  if NEWSGRAPH_TEST_POSTGRES="$(scripts/postgres.sh | tail -n 1)"; then
    export NEWSGRAPH_TEST_POSTGRES
  elif [ "${CI:-}" = true ]; then
    echo "test.sh: the PostgreSQL server for the store tests could not be started" >&2
    exit 1
  else
    echo "test.sh: no PostgreSQL server (scripts/postgres.sh failed): the PostgreSQL store tests will be skipped" >&2
  fi
fi
dotnet test Newsgraph.sln -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee .test-output.log
status=${PIPESTATUS[0]}
awk '/^ +Passed: [0-9]+$/{p+=$2} /^ +Failed: [0-9]+$/{f+=$2} /^ +Skipped: [0-9]+$/{s+=$2} END{printf "%d passed, %d failed, %d skipped\n", p, f, s}' .test-output.log
exit "$status"
