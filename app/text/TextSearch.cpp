#include "text/TextSearch.h"

#include <algorithm>

namespace lede {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark() || c == u'_'; }

} // namespace

QList<TextRange> findAll(QStringView text, QStringView needle, const FindOptions &options)
{
    QList<TextRange> out;
    if (needle.isEmpty())
        return out;
    const Qt::CaseSensitivity cs = options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while (out.size() < options.maxResults) {
        const qsizetype at = text.indexOf(needle, from, cs);
        if (at < 0)
            break;
        const qsizetype end = at + needle.size();
        const bool ok = !options.wholeWords
                        || ((at == 0 || !isWordChar(text[at - 1])) && (end >= text.size() || !isWordChar(text[end])));
        if (ok) {
            out.append(TextRange{int(at), int(end)});
            from = end;
        } else {
            from = at + 1;
        }
    }
    return out;
}

int nextRangeIndex(const QList<TextRange> &ranges, int pos)
{
    if (ranges.isEmpty())
        return -1;
    auto it = std::lower_bound(ranges.cbegin(), ranges.cend(), pos,
                               [](const TextRange &r, int p) { return r.start < p; });
    return it == ranges.cend() ? 0 : int(it - ranges.cbegin());
}

int previousRangeIndex(const QList<TextRange> &ranges, int pos)
{
    if (ranges.isEmpty())
        return -1;
    auto it = std::lower_bound(ranges.cbegin(), ranges.cend(), pos,
                               [](const TextRange &r, int p) { return r.start < p; });
    return it == ranges.cbegin() ? int(ranges.size()) - 1 : int(it - ranges.cbegin()) - 1;
}

} // namespace lede
