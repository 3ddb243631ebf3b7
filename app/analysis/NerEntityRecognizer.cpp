#include "analysis/NerEntityRecognizer.h"

#include "analysis/ner/NerDecoder.h"
#include "analysis/ner/NerFeatures.h"

#include <QHash>
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

// Document-level consistency: every occurrence of a name gets the type that most of its
// occurrences have (ties: the higher summed confidence).
void harmonizeTypes(QStringView text, QList<Mention> &mentions)
{
    struct Votes {
        int count[ner::kTypeCount] = {};
        float score[ner::kTypeCount] = {};
    };
    QHash<QStringView, Votes> votes;
    for (const Mention &m : mentions) {
        Votes &v = votes[text.mid(m.range.start, m.range.length())];
        ++v.count[int(m.type)];
        v.score[int(m.type)] += m.score;
    }
    for (Mention &m : mentions) {
        const Votes &v = votes[text.mid(m.range.start, m.range.length())];
        int best = int(m.type);
        for (int t = 0; t < ner::kTypeCount; ++t)
            if (v.count[t] > v.count[best] || (v.count[t] == v.count[best] && v.score[t] > v.score[best]))
                best = t;
        m.type = EntityType(best);
    }
}

// Document-level consistency, part two: a capitalised name tagged somewhere is tagged at
// its other occurrences too (the same token sequence, not inside another mention).
void propagateRepeats(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    if (mentions.isEmpty() || qEnvironmentVariableIsSet("LEDE_NER_NO_PROPAGATE"))
        return;
    constexpr int kMaxTokens = 4;
    QHash<QStringView, const Mention *> byText;
    for (const Mention &m : mentions) {
        const QStringView surface = text.mid(m.range.start, m.range.length());
        if (surface.size() >= 2 && surface[0].isUpper())
            byText.insert(surface, &m);
    }
    std::vector<bool> covered(size_t(tt.tokens.size()), false);
    int t = 0;
    for (const Mention &m : mentions) {
        while (t < tt.tokens.size() && tt.tokens[t].end <= m.range.start)
            ++t;
        for (int u = t; u < tt.tokens.size() && tt.tokens[u].start < m.range.end; ++u)
            covered[size_t(u)] = true;
    }
    QList<Mention> added;
    for (int i = 0; i < tt.tokens.size(); ++i) {
        if (covered[size_t(i)] || !(tt.tokens[i].flags & TokenFlag::Capitalized))
            continue;
        // the longest tagged sequence starting here
        for (int len = kMaxTokens; len >= 1; --len) {
            const int last = i + len - 1;
            if (last >= tt.tokens.size())
                continue;
            bool free = true;
            for (int k = i; k <= last && free; ++k)
                free = !covered[size_t(k)];
            if (!free)
                continue;
            const QStringView surface = text.mid(tt.tokens[i].start, tt.tokens[last].end - tt.tokens[i].start);
            const auto it = byText.constFind(surface);
            if (it == byText.cend())
                continue;
            // whole tokens only: the sequence must not continue a capitalised name
            const bool glued = (i > 0 && tt.tokens[i - 1].has(TokenFlag::Capitalized) && !tt.tokens[i].has(TokenFlag::SentenceStart))
                               || (last + 1 < tt.tokens.size() && tt.tokens[last + 1].has(TokenFlag::Capitalized)
                                   && !tt.tokens[last + 1].has(TokenFlag::SentenceStart));
            if (glued)
                break;
            Mention m = **it;
            m.range = {tt.tokens[i].start, tt.tokens[last].end};
            m.score *= 0.8f;
            added.append(m);
            for (int k = i; k <= last; ++k)
                covered[size_t(k)] = true;
            break;
        }
    }
    if (added.isEmpty())
        return;
    mentions += added;
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
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
        for (const ner::LabelSpan &s : ner::labelsToSpans(labels)) {
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
    harmonizeTypes(text, out);
    propagateRepeats(text, tokens, out);
    return out;
}

} // namespace lede
