// EntityRecognizer: the seam for named-entity recognition (PER, ORG, LOC, MISC).
//
// An implementation reads the text and its tokens and returns mentions sorted by start and
// non-overlapping, each with a type and a confidence. Dates come from DateRecognizer, not
// from here. Implementations are immutable after construction and thread-safe: one instance
// serves every analysis in every thread.
//
// To swap the recognizer, change createEntityRecognizer() (EntityRecognizerFactory.cpp) and
// the model resource; nothing else refers to a concrete recognizer.
#pragma once

#include "analysis/Analysis.h"
#include "core/CancelToken.h"
#include "core/Result.h"

#include <memory>

namespace lede {

class EntityRecognizer {
public:
    virtual ~EntityRecognizer() = default;
    virtual QString name() const = 0;
    virtual Result<QList<Mention>> recognize(QStringView text, const TokenizedText &tokens,
                                             const CancelToken &cancel) const = 0;
};

// The recognizer Lede ships; an error if its model resource is missing or damaged.
Result<std::shared_ptr<const EntityRecognizer>> createEntityRecognizer();

} // namespace lede
