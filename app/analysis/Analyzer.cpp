#include "analysis/Analyzer.h"

#include "analysis/DateRecognizer.h"
#include "analysis/EntityGrouper.h"
#include "analysis/QuoteFinder.h"
#include "analysis/Tokenizer.h"

#include <QObject>

#include <algorithm>

namespace lede {

namespace {

constexpr int kChunkTokens = 20000;  // recognizer work between progress reports / cancel checks

Error cancelled() { return makeError(ErrorCode::Cancelled, QObject::tr("Analysis cancelled.")); }

// The sentences [first, last) as a TokenizedText of their own (offsets stay global).
TokenizedText slice(const TokenizedText &all, int firstSentence, int lastSentence)
{
    TokenizedText out;
    const int t0 = all.sentences[firstSentence].firstToken;
    const int t1 = all.sentences[lastSentence - 1].endToken;
    out.tokens = all.tokens.mid(t0, t1 - t0);
    out.sentences.reserve(lastSentence - firstSentence);
    for (int s = firstSentence; s < lastSentence; ++s) {
        Sentence sent = all.sentences[s];
        sent.firstToken -= t0;
        sent.endToken -= t0;
        out.sentences.append(sent);
    }
    return out;
}

} // namespace

Result<std::shared_ptr<const Analyzer>> Analyzer::create()
{
    auto recognizer = createEntityRecognizer();
    if (!recognizer)
        return recognizer.error();
    return std::shared_ptr<const Analyzer>(std::make_shared<Analyzer>(*recognizer));
}

Analyzer::Analyzer(std::shared_ptr<const EntityRecognizer> recognizer) : m_recognizer(std::move(recognizer)) {}

QList<Mention> mergeMentions(QList<Mention> named, QList<Mention> dates)
{
    QList<Mention> all = std::move(named);
    all += dates;
    std::stable_sort(all.begin(), all.end(), [](const Mention &a, const Mention &b) {
        if (a.range.start != b.range.start)
            return a.range.start < b.range.start;
        if (a.range.length() != b.range.length())
            return a.range.length() > b.range.length();
        return a.type != EntityType::DATE && b.type == EntityType::DATE;
    });
    QList<Mention> out;
    out.reserve(all.size());
    for (const Mention &m : all) {
        if (!out.isEmpty() && out.back().range.overlaps(m.range)) {
            Mention &prev = out.back();
            const bool longer = m.range.length() > prev.range.length();
            const bool tieNamed = m.range.length() == prev.range.length() && m.type != EntityType::DATE
                                  && prev.type == EntityType::DATE;
            if (longer || tieNamed)
                prev = m;
            continue;
        }
        out.append(m);
    }
    return out;
}

Result<Analysis> Analyzer::analyze(QStringView text, const CancelToken &cancel, const ProgressFn &progress) const
{
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    Analysis a;
    report(0.0);
    a.tokenized = Tokenizer().tokenize(text);
    if (cancel.isCancelled())
        return cancelled();
    report(0.1);

    // Named entities, in sentence-aligned chunks so that progress and cancellation are live.
    const TokenizedText &tt = a.tokenized;
    QList<Mention> named;
    const int ns = int(tt.sentences.size());
    const int totalTokens = std::max<int>(1, int(tt.tokens.size()));
    int s = 0;
    while (s < ns) {
        int e = s;
        const int startTok = tt.sentences[s].firstToken;
        while (e < ns && tt.sentences[e].endToken - startTok < kChunkTokens)
            ++e;
        if (e == s)
            ++e;
        const bool whole = s == 0 && e == ns;
        auto chunk = whole ? m_recognizer->recognize(text, tt, cancel)
                           : m_recognizer->recognize(text, slice(tt, s, e), cancel);
        if (!chunk)
            return chunk.error();
        named += *chunk;
        if (cancel.isCancelled())
            return cancelled();
        report(0.1 + 0.6 * double(tt.sentences[e - 1].endToken) / totalTokens);
        s = e;
    }

    a.mentions = mergeMentions(std::move(named), DateRecognizer().recognize(text, tt));
    if (cancel.isCancelled())
        return cancelled();
    report(0.75);
    a.entities = EntityGrouper().group(text, a.mentions);
    if (cancel.isCancelled())
        return cancelled();
    report(0.85);
    a.quotes = QuoteFinder().find(text, tt, a.mentions, a.entities, cancel);
    if (cancel.isCancelled())
        return cancelled();
    report(1.0);
    return a;
}

} // namespace lede
