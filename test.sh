#!/usr/bin/env bash
# The test command of the README: builds the solution and runs every test (the quality gates run where ../shared/data exists).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Newsgraph.sln -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee .test-output.log
status=${PIPESTATUS[0]}
awk '/^ +Passed: [0-9]+$/{p+=$2} /^ +Failed: [0-9]+$/{f+=$2} /^ +Skipped: [0-9]+$/{s+=$2} END{printf "%d passed, %d failed, %d skipped\n", p, f, s}' .test-output.log
exit "$status"
