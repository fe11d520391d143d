#!/usr/bin/env bash
# Parses and scores every layout that zoo.py rendered into OUT_DIR, then prints the per-layout table.
# usage: run_zoo.sh OUT_DIR [JAR]
#   JAR defaults to examples/cli/target/cvmatch.jar of this repository.
# For each OUT_DIR/<layout>/cvs: cvmatch parse --format jsonresume --as-of 2025-06 --out OUT_DIR/<layout>/pred, then
# score_fields.py (--json OUT_DIR/<layout>/score.json), then zoo_table.py OUT_DIR.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../../../.." && pwd)"
OUT="${1:?usage: run_zoo.sh OUT_DIR [JAR]}"
JAR="${2:-$REPO/examples/cli/target/cvmatch.jar}"
SCORER="${SCORER:-$REPO/../shared/eval/score_fields.py}"
[ -f "$JAR" ] || { echo "no jar at $JAR (build examples/cli or pass JAR)" >&2; exit 2; }
[ -f "$SCORER" ] || { echo "no scorer at $SCORER (set SCORER)" >&2; exit 2; }
shopt -s nullglob
for dir in "$OUT"/*/; do
  layout="$(basename "$dir")"
  docs=("$dir"cvs/*.pdf "$dir"cvs/*.docx "$dir"cvs/*.odt)
  [ ${#docs[@]} -gt 0 ] || continue
  echo "== $layout (${#docs[@]} documents)"
  rm -rf "${dir}pred"
  start=$(date +%s)
  java -jar "$JAR" parse --format jsonresume --as-of 2025-06 --out "${dir}pred" "${docs[@]}" \
    2> "${dir}parse.log" || echo "   some files failed to parse, see ${dir}parse.log"
  echo "   parsed in $(( $(date +%s) - start ))s"
  python3 "$SCORER" "${dir}cvs" "${dir}pred" --json "${dir}score.json" > "${dir}score.txt"
  tail -n 1 "${dir}score.txt" | sed 's/^/   /'
done
python3 "$HERE/zoo_table.py" "$OUT"
