#include "analysis/NerEntityRecognizer.h"

#include "analysis/ner/NerConsistency.h"
#include "analysis/ner/NerDecoder.h"
#include "analysis/ner/NerFeatures.h"
#include "analysis/ner/NerSpanCleanup.h"

#include <QObject>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

constexpr int kCancelCheckTokens = 2000;

// Confidence of a span: the smallest margin, over its tokens, between the chosen label's
// score and the best other one, squashed to (0, 1).
float spanConfidence(const float *emissions, const QList<std::uint8_t> &labels, const ner::LabelSpan &s)
{
    float minMargin = std::numeric_limits<float>::infinity();
    for (int i = s.first; i < s.last; ++i) {
        const float *e = emissions + size_t(i) * ner::kLabelCount;
        const int chosen = labels[i];
        float other = -std::numeric_limits<float>::infinity();
        for (int l = 0; l < ner::kLabelCount; ++l)
            if (l != chosen)
                other = std::max(other, e[l]);
        minMargin = std::min(minMargin, e[chosen] - other);
    }
    return 1.0f / (1.0f + std::exp(-minMargin));
}

} // namespace

Result<std::shared_ptr<const NerEntityRecognizer>> NerEntityRecognizer::load(const QString &path)
{
    auto model = ner::NerModel::fromFile(path);
    if (!model)
        return model.error();
    return std::make_shared<const NerEntityRecognizer>(*model);
}

QString NerEntityRecognizer::name() const { return u"perceptron-bilou"_s; }

Result<QList<Mention>> NerEntityRecognizer::recognize(QStringView text, const TokenizedText &tokens,
                                                     const CancelToken &cancel) const
{
    const int ns = int(tokens.sentences.size());
    if (tokens.tokens.size() <= kWindowTokens || ns == 0) {
        QList<Mention> out;
        if (auto r = recognizeWindow(text, tokens, cancel, out); !r)
            return r.error();
        return out;
    }
    // Sentence-aligned windows: bounded memory, and the unit of document-level evidence.
    QList<Mention> all;
    for (int s = 0; s < ns;) {
        const int t0 = tokens.sentences[s].firstToken;
        int e = s + 1;
        while (e < ns && tokens.sentences[e].endToken - t0 <= kWindowTokens)
            ++e;
        TokenizedText window;
        window.tokens = tokens.tokens.mid(t0, tokens.sentences[e - 1].endToken - t0);
        for (int k = s; k < e; ++k) {
            Sentence sent = tokens.sentences[k];
            sent.firstToken -= t0;
            sent.endToken -= t0;
            window.sentences.append(sent);
        }
        if (auto r = recognizeWindow(text, window, cancel, all); !r)
            return r.error();
        s = e;
    }
    return all;
}

Result<void> NerEntityRecognizer::recognizeWindow(QStringView text, const TokenizedText &tokens,
                                                  const CancelToken &cancel, QList<Mention> &result) const
{
    QList<Mention> out;
    ner::FeatureBuffer features;
    ner::NerFeatureExtractor(*m_model).extract(text, tokens, features);
    if (features.tokenCount() != tokens.tokens.size())
        return makeError(ErrorCode::Parse, QObject::tr("The entity recognizer lost track of the tokens."));

    std::vector<float> emissions;
    int sinceCheck = 0;
    auto decode = [&](int first, int last) {
        const int n = last - first;
        emissions.assign(size_t(n) * ner::kLabelCount, 0.0f);
        for (int i = 0; i < n; ++i) {
            const int b = features.begin[size_t(first + i)];
            const int e = features.begin[size_t(first + i + 1)];
            m_model->score(features.keys.data() + b, std::min(e - b, int(ner::NerModel::kMaxFeatures)),
                           emissions.data() + size_t(i) * ner::kLabelCount);
        }
        const QList<std::uint8_t> labels = ner::viterbi(emissions.data(), n, m_model->transitions());
        auto tokenText = [&](int i) {
            const Token &t = tokens.tokens[first + i];
            return text.mid(t.start, t.length());
        };
        for (const ner::LabelSpan &s : ner::cleanSpans(ner::labelsToSpans(labels), tokenText)) {
            Mention m;
            m.range = {tokens.tokens[first + s.first].start, tokens.tokens[first + s.last - 1].end};
            m.type = EntityType(s.type);
            m.score = spanConfidence(emissions.data(), labels, s);
            out.append(m);
        }
    };
    if (tokens.sentences.isEmpty()) {
        if (!tokens.tokens.isEmpty())
            decode(0, int(tokens.tokens.size()));
    } else {
        for (const Sentence &s : tokens.sentences) {
            decode(s.firstToken, s.endToken);
            sinceCheck += s.endToken - s.firstToken;
            if (sinceCheck >= kCancelCheckTokens) {
                sinceCheck = 0;
                if (cancel.isCancelled())
                    return makeError(ErrorCode::Cancelled, QObject::tr("Analysis cancelled."));
            }
        }
    }
    ner::applyDocumentConsistency(text, tokens, out);
    result += out;
    return {};
}

} // namespace lede
