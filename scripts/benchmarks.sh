#!/usr/bin/env bash
# Runs the benchmarks recorded in docs/performance.md (about 3½ minutes on two cores); results land in
# BenchmarkDotNet.Artifacts/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/Netwerkbijeenkomst.Benchmarks -- --filter "${1:-*}"
