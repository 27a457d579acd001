#!/usr/bin/env bash
# First query in a fresh process against "hello world" on the same runtime, JIT and native AOT: wall
# time (median of N runs) and peak memory (max resident set), both whole-process. Run from the
# repository root:
#   bash docs/measure/startup.sh [runs]
set -euo pipefail
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The portable framework-dependent tool as the fallback package holds it: without PublishAot, whose feature switches
# (no dynamic code, no EventSource, ...) a plain build's runtimeconfig would carry and the package's does not.
dotnet build -c Release -p:PublishAot=false src/Resolution2006_27.Cli -o "$work/tool" > /dev/null
# The framework-dependent tool as the ReadyToRun packages hold it (linux-arm64, osx, win, musl), built for this
# machine's platform so that it can run here: the same code, precompiled.
dotnet publish -c Release -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true --self-contained false src/Resolution2006_27.Cli -o "$work/tool-r2r" > /dev/null
mkdir -p "$work/hello"
(cd "$work/hello" && dotnet new console --force > /dev/null && dotnet build -c Release -o "$work/hello/out" > /dev/null)
# The same two programs, published as native AOT executables for linux-x64.
dotnet publish -c Release -r linux-x64 -p:PublishAot=true src/Resolution2006_27.Cli -o "$work/tool-native" > /dev/null
(cd "$work/hello" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o "$work/hello-native" > /dev/null)

measure() { # name, command...
  local name=$1
  shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    local start end kb
    start=$(date +%s%N)
    kb=$( { /usr/bin/time -f '%M' "$@" > /dev/null; } 2>&1 | tail -1)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$name: median ${median} ms, peak ${peak} KB"
}
measure "hello world (floor)" dotnet "$work/hello/out/hello.dll"
measure "res2006 asks --addressee unodc" dotnet "$work/tool/res2006.dll" asks --addressee unodc
measure "res2006 validate (canonical export)" dotnet "$work/tool/res2006.dll" validate schema/examples/e-res-2006-27.json
measure "ReadyToRun: res2006 asks --addressee unodc" dotnet "$work/tool-r2r/res2006.dll" asks --addressee unodc
measure "ReadyToRun: res2006 validate (canonical export)" dotnet "$work/tool-r2r/res2006.dll" validate schema/examples/e-res-2006-27.json
measure "native: hello world (floor)" "$work/hello-native/hello"
measure "native: res2006 asks --addressee unodc" "$work/tool-native/res2006" asks --addressee unodc
measure "native: res2006 validate (canonical export)" "$work/tool-native/res2006" validate schema/examples/e-res-2006-27.json
