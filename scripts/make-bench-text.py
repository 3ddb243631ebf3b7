#!/usr/bin/env python3
"""Writes the analysis benchmark text: news articles from the team's corpora (shared/, not
shipped, not committed), concatenated with blank lines until at least MIN_BYTES of UTF-8.

    python3 scripts/make-bench-text.py ../shared /tmp/lede-bench.txt [MIN_MB]

Uses the article texts of shared/data/quotes/polnear/train.jsonl (real news, with quotes),
then shared/data/quotes/mcae_sourcing/all.jsonl, repeated in order if needed.
"""
import json
import os
import sys


def main(shared, out, min_mb=5.0):
    min_bytes = int(min_mb * 1024 * 1024)
    texts = []
    for rel in ("data/quotes/polnear/train.jsonl", "data/quotes/mcae_sourcing/all.jsonl"):
        path = os.path.join(shared, rel)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    if not texts:
        sys.exit("make-bench-text: no corpus under %s" % shared)
    size = 0
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        while size < min_bytes:
            for t in texts:
                chunk = t.strip() + "\n\n"
                fh.write(chunk)
                size += len(chunk.encode("utf-8"))
                if size >= min_bytes:
                    break
    os.replace(tmp, out)
    print("%s: %.2f MB from %d articles" % (out, size / 1048576, len(texts)))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 5.0)
