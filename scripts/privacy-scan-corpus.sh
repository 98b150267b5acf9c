#!/usr/bin/env bash
# Feeds the labelled privacy corpus through `privacy scan`, the command an outside evaluation would use, and
# prints one JSON line of findings per sentence.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build web -v q >/dev/null
dotnet run --no-build --project web -- privacy scan < tests/Netwerkbijeenkomst.Grains.Tests/Privacy/Corpus/corpus.jsonl
