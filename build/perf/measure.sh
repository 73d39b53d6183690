#!/usr/bin/env bash
# Measures what SafeMigrations.Analyzers costs a build (docs/performance.md explains every number).
#  1. Packs the package from this tree into a local feed under a unique version.
#  2. Generates a migration-heavy EF Core project and a large project without EF (build/perf/ProjectGenerator),
#     each as a with/ and a without/ project over the same sources.
#  3. Analyzer time: REPORTS builds of each with/ project with -p:ReportAnalyzer=true; our assemblies' time vs
#     Microsoft.EntityFrameworkCore.Analyzers' in the same build (budget ≤ 0.5×), and the guard task's time
#     from the performance summary (budget ≤ 30 ms).
#  4. Clean-build CPU: PAIRS pairs of without/with clean builds, alternating which goes first; user+sys CPU
#     of the whole build (the compiler runs out of process, not in a shared server, so it is counted).
#     Budget: median of the per-pair ratios ≤ 1.05.
# Settings (environment): MIGRATIONS=2000 FILES=5000 PAIRS=5 REPORTS=3 NOEF_REPORTS=$REPORTS PERF_DIR=artifacts/perf
# ONLY=MigrationHeavy or ONLY=NoEf measures one project. PERF_MSBUILD_ARGS (extra arguments for every measured build, e.g. -p:EnableNETAnalyzers=true).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
migrations=${MIGRATIONS:-2000}
files=${FILES:-5000}
pairs=${PAIRS:-5}
reports=${REPORTS:-3}
noef_reports=${NOEF_REPORTS:-$reports}
work=${PERF_DIR:-$root/artifacts/perf}
read -r -a extra <<< "${PERF_MSBUILD_ARGS:-}"
projects="$work/projects"
logs="$work/logs"
feed="$work/feed"
mkdir -p "$logs" "$feed"

version="0.0.0-perf.$(date -u +%Y%m%d%H%M%S)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages"/safemigrations.analyzers/0.0.0-perf.* "$feed"/*.nupkg

echo "==> Packing SafeMigrations.Analyzers $version ($(git -C "$root" rev-parse --short HEAD))"
dotnet pack "$root/src/SafeMigrations.Analyzers.Package" -c Release -o "$feed" -p:PackageVersion="$version" -nr:false -v:q -clp:NoSummary

echo "==> Generating $migrations migrations and $files non-EF files into $projects"
dotnet run --project "$root/build/perf/ProjectGenerator" -c Release -- "$projects" "$migrations" "$files"
cat > "$projects/NuGet.Config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="safemigrations-perf" value="$feed" />
  </packageSources>
</configuration>
EOF

common=(--no-restore -nr:false -p:UseSharedCompilation=false -p:SafeMigrationsVersion="$version" "${extra[@]}")
for p in MigrationHeavy NoEf; do
  for v in with without; do
    dotnet restore "$projects/$p/$v" -p:SafeMigrationsVersion="$version" -v:q -nr:false
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Seconds an assembly's analyzers took in a -p:ReportAnalyzer=true log (sum over matching assemblies; <0.001 counts as 0).
analyzer_seconds() {
  awk -v name="$2" '
    /Total analyzer execution time/ { inside = 1; next }
    /Total generator execution time/ { inside = 0 }
    inside && match($0, /[<0-9.]+ +[<0-9]+ +[A-Za-z0-9_.]+, Version=/) {
      split(substr($0, RSTART, RLENGTH), f, " +")
      if (index(f[3], name) == 1) { t = f[1]; sub(/</, "", t); if (f[1] ~ /^</) t = 0; sum += t }
    }
    END { printf "%.3f\n", sum }' "$1"
}

# Milliseconds of a task in a -clp:PerformanceSummary log.
task_ms() { awk -v name="$2" '$3 == name && $2 == "ms" { print $1; exit }' "$1"; }

report_analyzers() {
  local p=$1 reports=$2 log ours ef csc guard
  echo
  echo "==> $p: analyzer time (ReportAnalyzer), $reports builds"
  printf "%-6s %12s %12s %8s %10s %10s\n" run "ours (s)" "EF (s)" ratio "Csc (ms)" "guard (ms)"
  : > "$logs/$p.ratios"; : > "$logs/$p.ours"; : > "$logs/$p.guard"
  for r in $(seq 1 "$reports"); do
    log="$logs/$p.report.$r.log"
    dotnet build "$projects/$p/with" "${common[@]}" --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$log" 2>&1 \
      || { echo "build failed, see $log" >&2; exit 1; }
    ours=$(analyzer_seconds "$log" SafeMigrations.)
    ef=$(analyzer_seconds "$log" Microsoft.EntityFrameworkCore.Analyzers)
    csc=$(task_ms "$log" Csc)
    guard=$(task_ms "$log" MigrationGuardTask)
    ratio=$(awk -v o="$ours" -v e="$ef" 'BEGIN { if (e > 0) printf "%.3f", o / e; else print "n/a" }')
    printf "%-6s %12s %12s %8s %10s %10s\n" "$r" "$ours" "$ef" "$ratio" "$csc" "${guard:-none}"
    echo "$ratio" >> "$logs/$p.ratios"; echo "$ours" >> "$logs/$p.ours"; echo "${guard:-0}" >> "$logs/$p.guard"
  done
  echo "median: ours $(median < "$logs/$p.ours") s, ours/EF $(median < "$logs/$p.ratios")×, guard $(median < "$logs/$p.guard") ms"
}

cpu_pairs() {
  local p=$1 order v cpu
  echo
  echo "==> $p: clean-build CPU (user+sys), $pairs alternating pairs"
  printf "%-5s %14s %14s %8s\n" pair "without (s)" "with (s)" ratio
  : > "$logs/$p.cpu"
  for i in $(seq 1 "$pairs"); do
    if (( i % 2 )); then order="without with"; else order="with without"; fi
    declare -A t=()
    for v in $order; do
      /usr/bin/time -f "%U %S" -o "$logs/time" dotnet build "$projects/$p/$v" "${common[@]}" --no-incremental -v:q -clp:NoSummary > "$logs/$p.cpu.$i.$v.log" 2>&1 \
        || { echo "build failed, see $logs/$p.cpu.$i.$v.log" >&2; exit 1; }
      t[$v]=$(awk '{ printf "%.2f", $1 + $2 }' "$logs/time")
    done
    printf "%-5s %14s %14s %8s\n" "$i" "${t[without]}" "${t[with]}" "$(awk -v a="${t[with]}" -v b="${t[without]}" 'BEGIN { printf "%.3f", a / b }')"
    echo "${t[without]} ${t[with]}" >> "$logs/$p.cpu"
  done
  echo "median: without $(cut -d' ' -f1 "$logs/$p.cpu" | median) s, with $(cut -d' ' -f2 "$logs/$p.cpu" | median) s," \
       "with/without $(awk '{ printf "%.4f\n", $2 / $1 }' "$logs/$p.cpu" | median)×"
}

if [ "${ONLY:-MigrationHeavy}" = MigrationHeavy ]; then
  report_analyzers MigrationHeavy "$reports"
  cpu_pairs MigrationHeavy
fi
if [ "${ONLY:-NoEf}" = NoEf ]; then
  report_analyzers NoEf "$noef_reports"
  cpu_pairs NoEf
fi

echo
echo "==> Budgets (medians)"
[ -n "${ONLY:-}" ] && { echo "Logs: $logs"; exit 0; }
echo "MigrationHeavy ours/EF analyzer time: $(median < "$logs/MigrationHeavy.ratios")× (≤ 0.5)"
echo "MigrationHeavy clean-build CPU with/without: $(awk '{ printf "%.4f\n", $2 / $1 }' "$logs/MigrationHeavy.cpu" | median)× (≤ 1.05)"
echo "NoEf our analyzer time: $(median < "$logs/NoEf.ours") s (≈ 0)"
echo "NoEf clean-build CPU with/without: $(awk '{ printf "%.4f\n", $2 / $1 }' "$logs/NoEf.cpu" | median)× (≤ 1.05)"
echo "MigrationHeavy guard task: $(median < "$logs/MigrationHeavy.guard") ms (≤ 30)"
echo "Logs: $logs"
