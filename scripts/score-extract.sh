#!/usr/bin/env bash
# Runs `lede extract --format json` over the saved web pages of the shared gold folder and
# scores the result with the shared scorer (word-bag F1 of the body, title exact match).
#
#   scripts/score-extract.sh [LEDE] [GOLD_DIR] [PRED_DIR]
#     LEDE      the lede binary            (default: build/dev/bin/lede)
#     GOLD_DIR  ../shared/data/webpages    (folders with source.html or source.html.gz)
#     PRED_DIR  build/extract-pred         (written: <corpus>/<name>.txt and .json)
#
# Prints the scorer's report per corpus. The pages are read in place, never copied.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lede=${1:-$here/build/dev/bin/lede}
gold=${2:-$here/../shared/data/webpages}
pred=${3:-$here/build/extract-pred}
scorer=$here/../shared/tools/extractscore.py
[ -f "$scorer" ] || scorer=$(dirname "$gold")/../tools/extractscore.py

rm -rf "$pred"
for corpus_dir in "$gold"/*/; do
    corpus=$(basename "$corpus_dir")
    mkdir -p "$pred/$corpus"
    for page in "$corpus_dir"*/; do
        name=$(basename "$page")
        src="$page/source.html"
        [ -f "$src" ] || src="$page/source.html.gz"
        [ -f "$src" ] || continue
        if ! "$lede" extract --format json "$src" > "$pred/$corpus/$name.out" 2> "$pred/$corpus/$name.err"; then
            echo "extract failed: $src: $(cat "$pred/$corpus/$name.err")" >&2
        fi
    done
    # One Python process turns the JSON answers into the scorer's layout (.txt body, .json title/date).
    python3 - "$pred/$corpus" <<'PY'
import glob, json, os, sys
for out in glob.glob(os.path.join(sys.argv[1], "*.out")):
    base = out[:-4]
    try:
        d = json.load(open(out, encoding="utf-8"))
    except ValueError:
        continue
    open(base + ".txt", "w", encoding="utf-8").write(d.get("text") or "")
    meta = {"title": d.get("title") or ""}
    if d.get("date"):
        meta["publishedTime"] = d["date"]
    json.dump(meta, open(base + ".json", "w", encoding="utf-8"), ensure_ascii=False)
    os.remove(out)
PY
    echo "== $corpus"
    python3 "$scorer" score "$corpus_dir" "$pred/$corpus"
done
