#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks (short job, in process: few iterations, no per-benchmark project build).
# Usage: build/benchmarks/run.sh [filter]   e.g. build/benchmarks/run.sh '*Sql*'
# Results: BenchmarkDotNet.Artifacts/results/*-report-github.md
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet run -c Release --project build/benchmarks/SafeMigrations.Benchmarks -- --filter "${1:-*}" --job short --inProcess
