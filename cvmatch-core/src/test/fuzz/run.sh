#!/usr/bin/env bash
# Long fuzzing run for release checks: runs each fuzz target with the standalone Jazzer driver for SECONDS
# (default 1800) and keeps the corpus under cvmatch-core/target/fuzz-corpus/<target>. A crash leaves a
# crash-<sha1> file in cvmatch-core/target/fuzz-findings/; reproduce it by running the fuzz test class as a unit
# test after copying the file to src/test/resources/dev/cvmatch/fuzz/<Target>Inputs/fuzz/.
#
# usage: cvmatch-core/src/test/fuzz/run.sh [SECONDS] [Pdf PdfStream Docx Odt PlainText Image CvParser]
set -euo pipefail
core="$(cd "$(dirname "$0")/../../.." && pwd)"
seconds="${1:-1800}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(Pdf PdfStream Docx Odt PlainText Image CvParser); fi

cd "$core/.."
mvn -B -q install -DskipTests -pl cvmatch-core -am
mvn -B -q dependency:build-classpath -pl cvmatch-core -Dmdep.includeScope=test -Dmdep.outputFile="$core/target/fuzz.classpath"
cp="$core/target/test-classes:$core/target/classes:$(cat "$core/target/fuzz.classpath")"
mkdir -p "$core/target/fuzz-findings"
for t in "${targets[@]}"; do
    corpus="$core/target/fuzz-corpus/$t"
    mkdir -p "$corpus"
    echo "== ${t}FuzzTest for ${seconds}s"
    (cd "$core/target/fuzz-findings" && java -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
        --target_class="dev.cvmatch.fuzz.${t}FuzzTest" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -print_final_stats=1 "$corpus") 2>&1 | grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|ERROR|Exception|==[0-9]+==" || true
done
