#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool of this repository), over the test
# project; reports in artifacts/stryker (or $STRYKER_OUTPUT). Run from the repository root:
#   bash docs/measure/mutation.sh [--mutate GLOB ...]
set -euo pipefail
out=$(realpath -m "${STRYKER_OUTPUT:-artifacts/stryker}")
dotnet tool restore > /dev/null
(cd tests/Resolution2006_27.Model.Tests && dotnet stryker --config-file ../../stryker-config.json --output "$out" "$@")
python3 docs/measure/mutation-summary.py "$out/reports/mutation-report.json"
