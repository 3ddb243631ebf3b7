#!/bin/sh
# check-ner-determinism.sh — the trainer is deterministic: the same data, options and seed
# give the same model bytes. Trains a small model twice (GUM train, 2 epochs) and compares.
#
#   scripts/check-ner-determinism.sh [BUILD_DIR]      (needs lede-train-ner built)
# Exit 0: deterministic; 1: not; 77: skipped (no shared data). CTest runs it as
# ner_training_deterministic.
set -eu
BUILD=${1:-build/dev}
SHARED=${LEDE_SHARED_DIR:-$(dirname "$0")/../../shared}
ROOT=$(dirname "$0")/..
if [ ! -f "$SHARED/data/ner/gum/train.conll" ]; then
    echo "skipped: $SHARED/data/ner/gum/train.conll is not available"
    exit 77
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for run in 1 2; do
    "$BUILD/bin/lede-train-ner" --train "$SHARED/data/ner/gum/train.conll" \
        --gazetteers "$ROOT/resources/ner/gazetteers" --gazetteers "$ROOT/resources/gazetteers" \
        --clusters "$ROOT/resources/ner/clusters.tsv" --epochs 2 --seed 7 --out "$TMP/model$run.lnm" 2>/dev/null
done
if cmp -s "$TMP/model1.lnm" "$TMP/model2.lnm"; then
    echo "deterministic: two runs gave identical models ($(wc -c < "$TMP/model1.lnm") bytes, sha256 $(sha256sum "$TMP/model1.lnm" | cut -c1-16)…)"
else
    echo "NOT deterministic: the two models differ" >&2
    exit 1
fi
"$BUILD/bin/lede-train-ner" --train "$SHARED/data/ner/gum/train.conll" \
    --gazetteers "$ROOT/resources/ner/gazetteers" --gazetteers "$ROOT/resources/gazetteers" \
    --clusters "$ROOT/resources/ner/clusters.tsv" --epochs 2 --seed 8 --out "$TMP/model3.lnm" 2>/dev/null
if cmp -s "$TMP/model1.lnm" "$TMP/model3.lnm"; then
    echo "the seed has no effect: seeds 7 and 8 gave the same model" >&2
    exit 1
fi
echo "a different seed gives a different model, as it should"
