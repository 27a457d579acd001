#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool of this repository), over the test
# project; reports in artifacts/stryker. Run from the repository root: bash docs/measure/mutation.sh [--mutate GLOB ...]
set -euo pipefail
dotnet tool restore > /dev/null
(cd tests/Resolution2006_27.Model.Tests && dotnet stryker --config-file ../../stryker-config.json --output ../../artifacts/stryker "$@")
python3 docs/measure/mutation-summary.py artifacts/stryker/reports/mutation-report.json
