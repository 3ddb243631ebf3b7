#include "annotations/Anchor.h"

#include <algorithm>

namespace lede {

Anchor Anchor::fromRange(QStringView text, const OffsetMap &map, TextRange range, int contextLength)
{
    const int n = int(text.size());
    int s = std::clamp(range.start, 0, n);
    int e = std::clamp(range.end, s, n);
    // never start or end inside a surrogate pair
    if (s > 0 && s < n && text[s].isLowSurrogate() && text[s - 1].isHighSurrogate())
        --s;
    if (e > 0 && e < n && text[e].isLowSurrogate() && text[e - 1].isHighSurrogate())
        ++e;
    int ps = std::max(0, s - contextLength);
    if (ps > 0 && text[ps].isLowSurrogate())
        --ps;
    int se = std::min(n, e + contextLength);
    if (se < n && se > 0 && text[se].isLowSurrogate())
        ++se;

    Anchor a;
    a.exact = text.mid(s, e - s).toString();
    a.prefix = text.mid(ps, s - ps).toString();
    a.suffix = text.mid(e, se - e).toString();
    a.start = map.toCodePoint(s);
    a.end = map.toCodePoint(e);
    return a;
}

} // namespace lede
