// NerEntityRecognizer: the statistical recognizer Lede ships — an averaged structured
// perceptron over BILOU labels with Viterbi decoding (analysis/ner/), loaded from a model
// resource trained by tools/train-ner (see docs/model-card.md).
//
//   auto r = NerEntityRecognizer::load(u":/models/ner.lnm"_s);  // Error if missing/damaged
//   auto mentions = (*r)->recognize(text, tokens, cancel);
//
// Then, document-level consistency (analysis/ner/NerConsistency.h): a name tagged one type
// in most of its occurrences gets that type everywhere in the text, and more. Immutable and thread-safe after loading.
#pragma once

#include "analysis/EntityRecognizer.h"
#include "analysis/ner/NerModel.h"

namespace lede {

class NerEntityRecognizer final : public EntityRecognizer {
public:
    static Result<std::shared_ptr<const NerEntityRecognizer>> load(const QString &path);
    explicit NerEntityRecognizer(std::shared_ptr<const ner::NerModel> model) : m_model(std::move(model)) {}

    QString name() const override;
    Result<QList<Mention>> recognize(QStringView text, const TokenizedText &tokens,
                                     const CancelToken &cancel) const override;
    const ner::NerModel &model() const { return *m_model; }

    // Texts longer than this many tokens are processed in sentence-aligned windows (the
    // scope of document-level evidence).
    static constexpr int kWindowTokens = 20000;

private:
    Result<void> recognizeWindow(QStringView text, const TokenizedText &tokens, const CancelToken &cancel,
                                 QList<Mention> &out) const;
    std::shared_ptr<const ner::NerModel> m_model;
};

} // namespace lede
