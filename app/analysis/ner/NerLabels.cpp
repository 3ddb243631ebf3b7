#include "analysis/ner/NerLabels.h"

namespace lede::ner {

bool allowedTransition(int from, int to)
{
    const Part pt = partOf(to);
    const bool toStarts = pt == Part::O || pt == Part::B || pt == Part::U;
    if (from < 0)
        return toStarts;
    const Part pf = partOf(from);
    if (pf == Part::B || pf == Part::I)
        return (pt == Part::I || pt == Part::L) && typeOf(from) == typeOf(to);
    return toStarts;
}

bool allowedEnd(int last)
{
    const Part p = partOf(last);
    return p == Part::O || p == Part::L || p == Part::U;
}

QList<std::uint8_t> spansToLabels(const QList<LabelSpan> &spans, int n)
{
    QList<std::uint8_t> out(n, 0);
    for (const LabelSpan &s : spans) {
        if (s.first < 0 || s.last > n || s.first >= s.last)
            continue;
        if (s.last - s.first == 1) {
            out[s.first] = std::uint8_t(label(Part::U, s.type));
            continue;
        }
        out[s.first] = std::uint8_t(label(Part::B, s.type));
        for (int i = s.first + 1; i < s.last - 1; ++i)
            out[i] = std::uint8_t(label(Part::I, s.type));
        out[s.last - 1] = std::uint8_t(label(Part::L, s.type));
    }
    return out;
}

QList<LabelSpan> labelsToSpans(const QList<std::uint8_t> &labels)
{
    QList<LabelSpan> out;
    const int n = int(labels.size());
    int start = -1;
    int type = -1;
    auto close = [&](int end) {
        if (start >= 0)
            out.append(LabelSpan{start, end, type});
        start = -1;
        type = -1;
    };
    for (int i = 0; i < n; ++i) {
        const int l = labels[i];
        const Part p = partOf(l);
        const int t = typeOf(l);
        if (p == Part::O) {
            close(i);
            continue;
        }
        if (p == Part::B || p == Part::U || t != type || start < 0) {
            close(i);
            start = i;
            type = t;
        }
        if (p == Part::L || p == Part::U)
            close(i + 1);
    }
    close(n);
    return out;
}

} // namespace lede::ner
