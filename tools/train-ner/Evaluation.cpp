#include "Evaluation.h"

#include "analysis/Tokenizer.h"

#include <QSet>

#include <algorithm>

namespace lede::train {

Scores evaluate(const EntityRecognizer &recognizer, const QList<GoldDoc> &docs, const QList<int> &types)
{
    Scores sc;
    const Tokenizer tokenizer;
    for (const GoldDoc &doc : docs) {
        auto key = [](int s, int e, int t) { return (qint64(s) << 34) | (qint64(e) << 3) | t; };
        QSet<qint64> gold;
        for (const GoldSpan &g : doc.spans)
            if (types.contains(g.type))
                gold.insert(key(g.start, g.end, g.type));
        const TokenizedText tt = tokenizer.tokenize(doc.text);
        auto mentions = recognizer.recognize(doc.text, tt, CancelToken());
        if (!mentions)
            continue;
        QSet<qint64> pred;
        for (const Mention &m : *mentions) {
            if (!types.contains(int(m.type)))
                continue;
            // snap: the gold tokens the span overlaps
            auto first = std::upper_bound(doc.tokenEnds.cbegin(), doc.tokenEnds.cend(), m.range.start);
            auto last = std::lower_bound(doc.tokenStarts.cbegin(), doc.tokenStarts.cend(), m.range.end);
            if (first == doc.tokenEnds.cend() || last == doc.tokenStarts.cbegin())
                continue;
            const int s = doc.tokenStarts[first - doc.tokenEnds.cbegin()];
            const int e = doc.tokenEnds[(last - doc.tokenStarts.cbegin()) - 1];
            pred.insert(key(s, e, int(m.type)));
        }
        sc.gold += int(gold.size());
        sc.predicted += int(pred.size());
        for (qint64 p : pred)
            sc.correct += gold.contains(p) ? 1 : 0;
    }
    return sc;
}

} // namespace lede::train
