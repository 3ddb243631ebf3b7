#include "analysis/ClauseBreaks.h"

namespace lede {

bool newClauseAfterComma(const QuoteContext &cx, int nx)
{
    if (nx < 0 || nx + 1 >= cx.size() || (cx.lower(nx) != u"but" && cx.lower(nx) != u"and"))
        return false;
    int s = nx + 1;
    const int m = cx.namedMention(s);
    if (m >= 0) {
        while (s + 1 < cx.size() && cx.namedMention(s + 1) == m)
            ++s;  // "…, and Emanuel released …": a named subject
    } else if (cx.is(s, WordFlag::Determiner | WordFlag::Possessive) && !cx.is(s, WordFlag::Pronoun)) {
        // "…, but the critics have …": a short noun phrase subject before an auxiliary
        int e = s + 1;
        while (e < s + 4 && cx.isNounLike(e) && !cx.is(e + 1, WordFlag::Auxiliary))
            ++e;
        if (e >= s + 4 || !cx.isNounLike(e) || !cx.is(e + 1, WordFlag::Auxiliary))
            return false;
        s = e;
    } else if (!cx.is(s, WordFlag::Pronoun) || cx.is(s, WordFlag::Possessive | WordFlag::Listener | WordFlag::Relative)) {
        return false;
    }
    // a verb after the subject: an auxiliary, an adverb, a cue or an inflected word
    const int v = s + 1;
    const QString &vw = v < cx.size() ? cx.lower(v) : QString();
    if (!cx.is(v, WordFlag::Auxiliary | WordFlag::Adverb | WordFlag::Negation | WordFlag::CommonVerb)
        && !(cx.isWord(v) && (cx.cue(v) || vw.endsWith(u"ed") || vw.endsWith(u's'))))
        return false;
    const int sentence = cx.sentence(nx);
    for (int t = cx.sentenceFirst(sentence); t < cx.sentenceEnd(sentence); ++t)
        if (cx.isQuoteMark(t))
            return false;
    return true;
}

} // namespace lede
