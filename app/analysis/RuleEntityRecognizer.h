// RuleEntityRecognizer: the first, rule-based recognizer. Capitalised token runs (joined by
// "of", "for", "de" …) are candidates; sentence-initial words count only when they never
// occur in lower case elsewhere in the text. A candidate is typed by cues: an organisation
// head noun ("Ministry", "Embassy") → ORG; a gazetteer place → LOC; a demonym → MISC; a
// person title before it ("Secretary of State …", stripped) or a known given name → PER;
// otherwise by what the same words were earlier in the text, then by shape.
// Quality is modest by design; the statistical recognizer replaces it (issue 4).
#pragma once

#include "analysis/EntityRecognizer.h"

namespace lede {

class RuleEntityRecognizer final : public EntityRecognizer {
public:
    QString name() const override;
    Result<QList<Mention>> recognize(QStringView text, const TokenizedText &tokens,
                                     const CancelToken &cancel) const override;
};

} // namespace lede
