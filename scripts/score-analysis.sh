#!/bin/sh
# Measures the analysis against the gold data in ../shared with the shared scorers, exactly as
# docs/benchmarks.md reports it: NER on the CoNLL-2003, GUM and UNER dev sets, quotes on PolNeAR
# dev (plain and --speech-cues), and the sample article's gold annotation.
#   scripts/score-analysis.sh [BUILD_DIR] [SHARED_DIR]
# Prints one summary line per measurement; the predictions stay in a temporary folder.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dev}
S=${2:-$here/../shared}
lede="$build/bin/lede"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ner() {  # name gold types
    python3 "$S/tools/nerscore.py" docs --jsonl "$S/data/ner/$2" > "$tmp/$1.docs.jsonl"
    "$lede" analyze --jsonl < "$tmp/$1.docs.jsonl" > "$tmp/$1.pred.jsonl"
    printf '%s: ' "$1"
    python3 "$S/tools/nerscore.py" score "$S/data/ner/$2" "$tmp/$1.pred.jsonl" --types "$3" \
        | sed -n 's/^accuracy:.*precision: *\([0-9.]*\)%; recall: *\([0-9.]*\)%; FB1: *\([0-9.]*\).*/P \1 R \2 F1 \3 (strict, %)/p' 
}
ner conll-dev conll2003/dev.conll PER,ORG,LOC,MISC
ner gum-dev gum/dev.conll PER,ORG,LOC
ner uner-dev uner_en_ewt/dev.conll PER,ORG,LOC
python3 "$S/tools/quotescore.py" docs "$S/data/quotes/polnear/dev.jsonl" > "$tmp/q.docs.jsonl"
"$lede" analyze --jsonl < "$tmp/q.docs.jsonl" > "$tmp/q.pred.jsonl"
printf 'polnear-dev: '
python3 "$S/tools/quotescore.py" score "$S/data/quotes/polnear/dev.jsonl" "$tmp/q.pred.jsonl" | tail -1
printf 'polnear-dev --speech-cues: '
python3 "$S/tools/quotescore.py" score "$S/data/quotes/polnear/dev.jsonl" "$tmp/q.pred.jsonl" --speech-cues | tail -1
"$lede" analyze "$S/samples/burma-diplomat-defects.txt" > "$tmp/sample.json"
printf 'sample: '
python3 "$S/tools/quotescore.py" seed "$S/samples/burma-diplomat-defects.gold.json" "$tmp/sample.json" | tail -1
