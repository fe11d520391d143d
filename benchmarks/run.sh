#!/usr/bin/env bash
# Runs the cvmatch benchmark suite and writes the results table into benchmarks/README.md.
# Usage (from the repository root): bash benchmarks/run.sh [extra JMH options]
# Run it on an otherwise idle machine; it takes about 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f benchmarks/target/benchmarks.jar ] || mvn -B -q package -DskipTests
java -jar benchmarks/target/benchmarks.jar \
  'ExtractionBenchmark|ThroughputBenchmark|SkillBenchmark|TaxonomyLoadBenchmark|MatchBenchmark|StoredRankingBenchmark|BulkBenchmark|EmbeddingBenchmark|OcrBenchmark' \
  -rf json -rff benchmarks/target/results.json "$@"
python3 benchmarks/report.py benchmarks/target/results.json benchmarks/README.md
