#!/usr/bin/env bash
# Packs SafeMigrations.Analyzers from this tree into artifacts/feed and builds every sample against it, showing
# the diagnostics and the build guard. Each sample's expected-outcome file says whether its build should
# succeed or fail; the script exits non-zero only when a sample does something else.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version="0.0.0-local.$(date -u +%Y%m%d%H%M%S)"
feed="$root/artifacts/feed"
mkdir -p "$feed"
rm -f "$feed"/SafeMigrations.Analyzers.*.nupkg
# Drop earlier local builds from the global packages folder so no sample ever restores a stale copy.
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages"/safemigrations.analyzers/0.0.0-local.*

echo "==> Packing SafeMigrations.Analyzers $version"
if ! dotnet pack src/SafeMigrations.Analyzers.Package -c Release -o "$feed" -p:PackageVersion="$version" -nr:false -v:q -clp:NoSummary; then
  echo "pack failed" >&2
  exit 1
fi

status=0
for project in samples/*/*.csproj; do
  dir=$(dirname "$project")
  expected=$(cat "$dir/expected-outcome" 2>/dev/null || echo succeeds)
  echo
  echo "==> $dir (expected: build $expected)"
  [ -f "$dir/README.md" ] && sed -n '1,3p' "$dir/README.md"
  env_file="$dir/sample.env"
  (
    # A sample may set the environment a developer's shell would have (e.g. ASPNETCORE_ENVIRONMENT).
    [ -f "$env_file" ] && set -a && . "$env_file" && set +a
    dotnet build "$project" -p:SafeMigrationsVersion="$version" -nr:false -v:q -clp:NoSummary
  )
  code=$?
  if { [ "$expected" = fails ] && [ $code -ne 0 ]; } || { [ "$expected" = succeeds ] && [ $code -eq 0 ]; }; then
    echo "--> as expected: build $expected"
  else
    echo "--> UNEXPECTED: build exited $code but was expected to $expected" >&2
    status=1
  fi
done
exit $status
