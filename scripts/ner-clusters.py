#!/usr/bin/python3
"""ner-clusters.py -- word clusters for the entity recognizer, learned from unlabelled text.

Reads {"text": ...} JSON lines (e.g. the PolNeAR article texts in shared/data/quotes/), and
writes one line per frequent word: word<TAB>c1<TAB>c2<TAB>c3<TAB>c4, the word's cluster at
four granularities (32, 128, 512 and 2048 clusters; ids start at 1).

Method: each word (case kept, count >= --min-count) is described by the words to its left
and right (log counts over the 2,000 most frequent words, length-normalised), projected to
100 dimensions by a fixed random Gaussian matrix (Johnson-Lindenstrauss), normalised again,
and clustered by spherical k-means (k-means++ seeding, fixed seed) at each granularity. Deterministic for the same input and numpy. Only the word list and cluster
ids are written; no text leaves the input.

Usage (needs Debian's python3-numpy; run with /usr/bin/python3):
    /usr/bin/python3 scripts/ner-clusters.py ../shared/data/quotes/polnear/train.jsonl \
        ../shared/data/quotes/polnear/dev.jsonl > resources/ner/clusters.tsv
"""
import argparse
import collections
import json
import re
import sys

import numpy as np

TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'\u2019]\w+)*(?=['\u2019][sS]\b)|\w+(?:[-'\u2019.]\w+)*|\S")


def tokens(text):
    for line in text.split("\n"):
        toks = TOKEN.findall(line)
        if toks:
            yield toks


def kmeans(x, k, rng, iters=25):
    n = x.shape[0]
    # k-means++ seeding
    centres = np.empty((k, x.shape[1]), dtype=x.dtype)
    centres[0] = x[rng.integers(n)]
    d2 = np.sum((x - centres[0]) ** 2, axis=1)
    for c in range(1, k):
        p = d2 / d2.sum()
        centres[c] = x[rng.choice(n, p=p)]
        d2 = np.minimum(d2, np.sum((x - centres[c]) ** 2, axis=1))
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iters):
        sims = x @ centres.T
        assign = np.argmax(sims, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1)
        filled = norms > 0
        centres[filled] = sums[filled] / norms[filled][:, None]
    return assign


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=2000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    sentences = []
    for path in args.inputs:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    sentences.extend(tokens(json.loads(line)["text"]))
    counts = collections.Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= args.min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[: args.contexts])}
    nc = len(contexts)
    m = np.zeros((len(vocab), 2 * nc + 2), dtype=np.float32)
    for s in sentences:
        for i, w in enumerate(s):
            r = index.get(w)
            if r is None:
                continue
            left = s[i - 1] if i > 0 else None
            right = s[i + 1] if i + 1 < len(s) else None
            m[r, contexts[left] if left in contexts else 2 * nc] += 1
            m[r, nc + contexts[right] if right in contexts else 2 * nc + 1] += 1
    m = np.log1p(m)
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    proj = np.random.default_rng(args.seed).standard_normal((m.shape[1], args.dims)).astype(np.float32)
    x = (m @ proj).astype(np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    levels = []
    for k in (32, 128, 512, 2048):
        rng = np.random.default_rng(args.seed)
        levels.append(kmeans(x, min(k, len(vocab)), rng))
        print("k=%d done" % k, file=sys.stderr)
    out = sys.stdout
    out.write("# word clusters: word\tc32\tc128\tc512\tc2048 (scripts/ner-clusters.py, %d words)\n" % len(vocab))
    for i, w in enumerate(vocab):
        out.write("%s\t%s\n" % (w, "\t".join(str(int(l[i]) + 1) for l in levels)))


if __name__ == "__main__":
    main()
