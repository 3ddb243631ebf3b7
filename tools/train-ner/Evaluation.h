// Evaluation: exact span+type micro P/R/F1 of a recognizer on gold documents, with
// predicted spans snapped to gold token boundaries as shared/tools/nerscore.py does. The
// trainer prints it per epoch; the figures of record come from nerscore.py itself.
#pragma once

#include "ConllCorpus.h"

#include "analysis/EntityRecognizer.h"

namespace lede::train {

struct Scores {
    int gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? double(correct) / predicted : 0; }
    double recall() const { return gold ? double(correct) / gold : 0; }
    double f1() const { return correct ? 2 * precision() * recall() / (precision() + recall()) : 0; }
};

Scores evaluate(const EntityRecognizer &recognizer, const QList<GoldDoc> &docs, const QList<int> &types);

} // namespace lede::train
