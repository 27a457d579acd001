#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool of this repository), built as shipped
# (Release), over the library's test project (the tool's and the contract's tests judge other things);
# reports in artifacts/stryker (or $STRYKER_OUTPUT). Run from the repository root:
#   bash docs/measure/mutation.sh [--mutate GLOB ...]
set -euo pipefail
out=$(realpath -m "${STRYKER_OUTPUT:-artifacts/stryker}")
dotnet tool restore > /dev/null
export RES2006_MUTATION_RUN=true # the tests' build tries fewer cases per property (tests/.../Cases.cs)
(cd tests/Resolution2006_27.Model.Tests && dotnet stryker --config-file ../../stryker-config.json --output "$out" "$@")
python3 docs/measure/mutation-summary.py "$out/reports/mutation-report.json"
