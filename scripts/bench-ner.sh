#!/bin/sh
# bench-ner.sh — entity throughput and memory on a ≥ 5 MB news text (docs/benchmarks.md).
#
#   scripts/bench-ner.sh [BUILD_DIR]        (default build/dev; needs bench_ner and lede built)
#
# The text is the PolNeAR train + dev article texts from ../shared (not shippable, so it is
# made at bench time in a temporary folder, never committed), repeated to reach 5 MB.
set -eu
BUILD=${1:-build/dev}
SHARED=${LEDE_SHARED_DIR:-$(dirname "$0")/../../shared}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$SHARED" "$TMP/news.txt" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
texts = []
for name in ("train", "dev"):
    with open(f"{shared}/data/quotes/polnear/{name}.jsonl", encoding="utf-8") as f:
        texts += [json.loads(l)["text"] for l in f if l.strip()]
body = "\n\n".join(texts)
data = body
while len(data.encode("utf-8")) < 5_000_000:
    data += "\n\n" + body
with open(out, "w", encoding="utf-8") as f:
    f.write(data)
PY
ls -l "$TMP/news.txt"
taskset -c 0 "$BUILD/bin/bench_ner" "$TMP/news.txt" --repeat 3
/usr/bin/time -v taskset -c 0 "$BUILD/bin/lede" analyze "$TMP/news.txt" > "$TMP/out.json" 2> "$TMP/time.txt"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$TMP/time.txt"
