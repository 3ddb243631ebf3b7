#!/usr/bin/env python3
"""Writes a benchmark text of news articles (default >= 5 MB) from the team's corpora.

The article texts of the quote corpora (PolNeAR train and dev, MCAE), then the documents of
the NER corpora (CoNLL-2003 train, GUM train; tokens joined by spaces) are concatenated,
separated by blank lines, until the size is reached. The output is for local measurement only: it is
generated at bench time and never committed (the texts are not ours to ship).

usage: make-bench-text.py OUT [--mb 5.5] [--shared ../shared]
"""
import argparse
import json
import os
import sys


def texts(shared):
    for rel in ("polnear/train.jsonl", "polnear/dev.jsonl", "mcae_sourcing/all.jsonl"):
        with open(os.path.join(shared, "data", "quotes", rel), encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"].strip()
    for rel in ("conll2003/train.conll", "gum/train.conll"):
        sentences, words = [], []
        with open(os.path.join(shared, "data", "ner", rel), encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line.startswith("-DOCSTART-"):
                    if sentences:
                        yield "\n".join(sentences)
                    sentences = []
                elif not line.strip():
                    if words:
                        sentences.append(" ".join(words))
                    words = []
                else:
                    words.append(line.split("\t")[0].split(" ")[0])
        if sentences:
            yield "\n".join(sentences)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=5.5)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    a = ap.parse_args()
    target = int(a.mb * 1_000_000)
    parts, size = [], 0
    for text in texts(a.shared):
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        if size >= target:
            break
    if size < target:
        sys.exit("not enough text in %s (%d bytes)" % (a.shared, size))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("\n\n".join(parts) + "\n")
    print("%s: %d articles, %.2f MB" % (a.out, len(parts), os.path.getsize(a.out) / 1e6))


if __name__ == "__main__":
    main()
