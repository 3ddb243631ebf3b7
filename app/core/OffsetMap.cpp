#include "core/OffsetMap.h"

#include <QChar>

#include <algorithm>

namespace lede {

OffsetMap::OffsetMap(QStringView text) : m_utf16Length(int(text.size()))
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_surrogateStarts.append(i);
            ++i;
        }
    }
    m_cpLength = m_utf16Length - int(m_surrogateStarts.size());
}

int OffsetMap::toCodePoint(int utf16) const
{
    // each pair starting before utf16 counts one less (a position inside a pair rounds down)
    const auto before = std::lower_bound(m_surrogateStarts.cbegin(), m_surrogateStarts.cend(), utf16);
    const int pairs = int(before - m_surrogateStarts.cbegin());
    return utf16 - pairs;
}

std::optional<int> OffsetMap::toUtf16(int cp) const
{
    if (cp < 0 || cp > m_cpLength)
        return std::nullopt;
    // the number of pairs whose code-point position is < cp
    int lo = 0, hi = int(m_surrogateStarts.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const int cpOfPair = m_surrogateStarts[mid] - mid;
        if (cpOfPair < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

} // namespace lede
