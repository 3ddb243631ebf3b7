#include "analysis/Analysis.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

QString entityTypeCode(EntityType t)
{
    switch (t) {
    case EntityType::PER: return u"PER"_s;
    case EntityType::ORG: return u"ORG"_s;
    case EntityType::LOC: return u"LOC"_s;
    case EntityType::MISC: return u"MISC"_s;
    case EntityType::DATE: return u"DATE"_s;
    }
    return {};
}

std::optional<EntityType> entityTypeFromCode(QStringView code)
{
    for (int i = 0; i < kEntityTypeCount; ++i)
        if (entityTypeCode(EntityType(i)) == code)
            return EntityType(i);
    return std::nullopt;
}

QString quoteKindCode(QuoteKind k)
{
    switch (k) {
    case QuoteKind::Direct: return u"direct"_s;
    case QuoteKind::Mixed: return u"mixed"_s;
    case QuoteKind::Indirect: return u"indirect"_s;
    }
    return {};
}

int Analysis::mentionAt(int pos) const
{
    auto it = std::upper_bound(mentions.cbegin(), mentions.cend(), pos,
                               [](int p, const Mention &m) { return p < m.range.start; });
    if (it == mentions.cbegin())
        return -1;
    --it;
    return it->range.contains(pos) ? int(it - mentions.cbegin()) : -1;
}

int Analysis::quoteAt(int pos) const
{
    int best = -1;
    for (int i = 0; i < quotes.size(); ++i) {
        const Quote &q = quotes[i];
        if (q.range.start > pos)
            break;
        bool inside = false;
        for (const TextRange &p : q.parts)
            inside = inside || p.contains(pos);
        if (inside && (best < 0 || q.range.length() <= quotes[best].range.length()))
            best = i;
    }
    return best;
}

} // namespace lede
