#include "analysis/HeadlineSource.h"

using namespace Qt::Literals::StringLiterals;

namespace lede {

bool headlineSource(const QuoteContext &cx, int first, int colon)
{
    if (first < 0 || colon <= first || colon >= cx.size() || cx.paragraph(first) != 0)
        return false;
    const int last = colon - 1;
    if (cx.namedMention(last) >= 0)
        return true;
    // nouns that stand for whoever made the statement
    static const QStringList sources = {u"poll"_s, u"polls"_s, u"survey"_s, u"report"_s, u"study"_s,
                                        u"editorial"_s, u"newspaper"_s, u"camp"_s, u"campaign"_s,
                                        u"insiders"_s, u"historians"_s, u"experts"_s, u"officials"_s,
                                        u"sources"_s, u"aides"_s};
    return sources.contains(cx.lower(last));
}

} // namespace lede
