// Analyzer: the whole analysis pipeline on one text — Tokenizer → EntityRecognizer (+
// DateRecognizer) → EntityGrouper → QuoteFinder — with progress and cancellation.
//
//   auto analyzer = Analyzer::create();            // loads the model once
//   if (!analyzer) fail(analyzer.error().message);
//   Result<Analysis> a = (*analyzer)->analyze(doc.text(), cancel, progress);
//
// analyze() is const and thread-safe: one Analyzer serves many threads. Long texts are
// processed in paragraph-aligned chunks so that progress is reported and cancellation is
// honoured within ~50 ms.
#pragma once

#include "analysis/Analysis.h"
#include "analysis/EntityRecognizer.h"
#include "core/CancelToken.h"
#include "core/Result.h"

#include <memory>

namespace lede {

class Analyzer {
public:
    static Result<std::shared_ptr<const Analyzer>> create();
    explicit Analyzer(std::shared_ptr<const EntityRecognizer> recognizer);

    Result<Analysis> analyze(QStringView text, const CancelToken &cancel = {},
                             const ProgressFn &progress = {}) const;

    const EntityRecognizer &recognizer() const { return *m_recognizer; }

private:
    std::shared_ptr<const EntityRecognizer> m_recognizer;
};

// Merges recognizer mentions and date mentions: sorted, non-overlapping; on overlap the
// longer span wins, and a named entity wins a tie.
QList<Mention> mergeMentions(QList<Mention> named, QList<Mention> dates);

} // namespace lede
