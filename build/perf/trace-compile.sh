#!/usr/bin/env bash
# Where a compile's extra cost goes. Runs the compiler of a generated project exactly as MSBuild ran it, with and
# without the SafeMigrations analyzers, under dotnet-trace's gc-verbose profile (GC events, and an allocation tick
# with its stack about every 100 KB), and prints per run the GCs, GC pause and MB allocated, then the allocation
# stacks that grew most. Allocated bytes repeat within a percent or two between runs where CPU seconds on a
# shared machine move by ten, so this shows what the clean-build CPU pairs of measure.sh can only average out.
# Needs a measure.sh run first: its generated projects, and the compiler command line in a ReportAnalyzer log.
# Installs the dotnet-trace tool into artifacts/perf/tools on first use (from the configured NuGet source).
# Usage: build/perf/trace-compile.sh [ROUNDS]      PROJECT=MigrationHeavy (or NoEf), PERF_DIR=artifacts/perf
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${PERF_DIR:-$root/artifacts/perf}
project=${PROJECT:-MigrationHeavy}
rounds=${1:-2}
log="$work/logs/$project.report.1.log"
tools="$work/tools"
traces="$work/traces"
[ -f "$log" ] || { echo "no $log: run build/perf/measure.sh first" >&2; exit 1; }
mkdir -p "$traces"

[ -x "$tools/dotnet-trace" ] || dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$tools" > /dev/null
dotnet build "$root/build/perf/TraceReport" -c Release -v:q -clp:NoSummary -nr:false > /dev/null
report() { dotnet "$root/build/perf/TraceReport/bin/Release/net10.0/TraceReport.dll" "$@"; }

# The compiler command line as MSBuild logged it: the compiler, then its arguments (no spaces inside them here).
line=$(grep -m1 -E '/csc(\.exe)? /noconfig ' "$log" | sed 's/^ *//')
csc=${line%% *}
echo "${line#* }" | tr ' ' '\n' \
  | grep -v -e '^/noconfig$' -e '^/reportanalyzer$' \
  | sed -e "s#^/out:.*#/out:$traces/$project.dll#" -e "s#^/refout:.*#/refout:$traces/$project.ref.dll#" > "$traces/with.rsp"
grep -v -i '/safemigrations.analyzers/' "$traces/with.rsp" > "$traces/without.rsp"
echo "==> $project: $(grep -c -i '/safemigrations.analyzers/' "$traces/with.rsp") SafeMigrations analyzer assemblies in the with run"

export DOTNET_ROOT=${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
cd "$work/projects/$project/with" # the command line's relative paths
for r in $(seq 1 "$rounds"); do
  for v in without with; do
    "$tools/dotnet-trace" collect --profile gc-verbose -o "$traces/$v.$r.nettrace" -- "$csc" /noconfig "@$traces/$v.rsp" > "$traces/$v.$r.log" 2>&1
    echo "$v $r: $(report summary "$traces/$v.$r.nettrace")"
  done
done
report diff "$traces/without.1.nettrace" "$traces/with.1.nettrace"
