#include "analysis/SpeakerFinder.h"

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

constexpr int kMaxPhrase = 7;       // tokens in a nominal speaker phrase
constexpr int kMaxAppositive = 40;  // tokens between a speaker and the comma before its cue

bool subjectPronoun(const QString &w)
{
    return w == u"he" || w == u"she" || w == u"they" || w == u"i" || w == u"we" || w == u"you" || w == u"it"
           || w == u"who";
}

bool isNumberWord(const QString &w)
{
    static const QStringList words = {u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s, u"seven"_s,
                                      u"eight"_s, u"nine"_s};
    return words.contains(w);
}

} // namespace

bool SpeakerFinder::isPossessiveS(int i) const
{
    if (!m_cx.isWord(i) && !m_cx.isQuoteMark(i))
        return false;
    const QString &w = m_cx.lower(i);
    return w == u"’s" || w == u"'s" || ((w == u"’" || w == u"'") && i > 0 && m_cx.tok(i - 1).end == m_cx.tok(i).start);
}

int SpeakerFinder::afterCue(int cue) const
{
    int k = cue + 1;
    const CueInfo *c = m_cx.cue(cue);
    if (c && k < m_cx.size() && c->particles.contains(m_cx.lower(k)))
        ++k;
    return k;
}

std::optional<SpeakerSpan> SpeakerFinder::phraseEndingAt(int k, int lo) const
{
    if (k < lo || k < 0 || k >= m_cx.size() || (!m_cx.isWord(k) && m_cx.tok(k).kind != TokenKind::Number))
        return std::nullopt;
    const int nm = m_cx.namedMention(k);
    if (nm >= 0) {
        const Mention &m = m_cx.mentions()[nm];
        const int first = std::max(lo, m_cx.tokenized().tokenAtOrAfter(m.range.start));
        // "Kyaw Win’s lawyer" ends in a noun, not here; "Burmese officials" neither.
        return SpeakerSpan{m.range, first, k, SpeakerKind::Named, nm};
    }
    const QString &w = m_cx.lower(k);
    if (m_cx.is(k, WordFlag::Pronoun)) {
        if (!subjectPronoun(w))
            return std::nullopt;
        return SpeakerSpan{m_cx.tok(k).range(), k, k, SpeakerKind::Pronoun, -1};
    }
    if (w == u"some" || w == u"another" || w == u"each")  // "Some said …"
        return SpeakerSpan{m_cx.tok(k).range(), k, k, SpeakerKind::Nominal, -1};
    if (m_cx.tok(k).kind == TokenKind::Number && k - 2 >= lo && m_cx.lower(k - 1) == u"in"
        && (m_cx.tok(k - 2).kind == TokenKind::Number || m_cx.is(k - 2, WordFlag::Quantifier) || isNumberWord(m_cx.lower(k - 2))))
        return SpeakerSpan{{m_cx.tok(k - 2).start, m_cx.tok(k).end}, k - 2, k, SpeakerKind::Nominal, -1};  // "six in 10 said"

    if (!m_cx.isNounLike(k) || m_cx.is(k, WordFlag::Temporal))
        return std::nullopt;
    int first = k;
    int j = k - 1;
    int mention = -1;
    while (j >= lo && k - j < kMaxPhrase) {
        if (isPossessiveS(j) && j - 1 >= lo && m_cx.isNounLike(j - 1)) {
            --j;
            continue;
        }
        const int mj = m_cx.namedMention(j);
        if (mj >= 0) {
            mention = mention < 0 ? mj : mention;
            first = std::max(lo, m_cx.tokenized().tokenAtOrAfter(m_cx.mentions()[mj].range.start));
            j = first - 1;
            continue;
        }
        if (m_cx.is(j, WordFlag::Determiner | WordFlag::Possessive | WordFlag::Quantifier)
            && !m_cx.is(j, WordFlag::Pronoun | WordFlag::Relative)) {
            first = j;
            break;
        }
        if (m_cx.is(j, WordFlag::Possessive)) {  // "her aides"
            first = j;
            break;
        }
        if (m_cx.lower(j) == u"of" && j - 1 >= lo && m_cx.isNounLike(j - 1) && first == j + 1) {
            --j;  // "the deputy chief of mission", "the leader of the party"
            continue;
        }
        if (!m_cx.isNounLike(j))
            break;
        first = j;
        --j;
    }
    if (first > 0 && isPossessiveS(first))
        ++first;
    if (first == k && m_cx.tok(k).kind == TokenKind::Number)
        return std::nullopt;
    return SpeakerSpan{{m_cx.tok(first).start, m_cx.tok(k).end}, first, k, SpeakerKind::Nominal, mention};
}

std::optional<SpeakerSpan> SpeakerFinder::beforeAppositive(int comma, int lo) const
{
    // "Aung Din, a former prisoner, said" / "Kyaw Win, who declined …, said": the phrase
    // before an earlier comma. A nominal counts only at the nearest comma with a short,
    // verb-free appositive between.
    bool cueBetween = false;
    int commas = 0;
    for (int j = comma - 1; j >= lo && comma - j <= kMaxAppositive; --j) {
        const bool isComma = m_cx.isPunct(j, u',') || m_cx.isDash(j);
        const bool isParen = m_cx.isPunct(j, u'(');
        if (!isComma && !isParen) {
            if (m_cx.cue(j) && !m_cx.isNounLike(j))
                cueBetween = true;
            continue;
        }
        const bool relative = m_cx.is(j + 1, WordFlag::Relative) && m_cx.lower(j + 1) != u"that";
        if (auto s = phraseEndingAt(j - 1, lo)) {
            const bool named = s->kind != SpeakerKind::Nominal || s->mention >= 0;
            if (named && (!cueBetween || relative))
                return s;
            if (!named && commas == 0 && !cueBetween && comma - j <= 12)
                return s;
        }
        if (isComma && ++commas >= 5)
            break;
    }
    return std::nullopt;
}

std::optional<SpeakerSpan> SpeakerFinder::before(int cue, int lo) const
{
    int k = cue - 1;
    while (k >= lo) {
        if (m_cx.is(k, WordFlag::Auxiliary | WordFlag::Adverb | WordFlag::Negation)
            && !m_cx.is(k, WordFlag::Pronoun) && m_cx.namedMention(k) < 0) {
            --k;
            continue;
        }
        const int m = m_cx.mention(k);
        if (m >= 0 && m_cx.mentions()[m].type == EntityType::DATE) {
            k = m_cx.tokenized().tokenAtOrAfter(m_cx.mentions()[m].range.start) - 1;
            if (m_cx.is(k, WordFlag::Preposition))
                --k;
            continue;
        }
        break;
    }
    if (k < lo)
        return std::nullopt;
    if (m_cx.isPunct(k, u')')) {
        for (int j = k - 1; j >= lo && k - j <= 12; --j)
            if (m_cx.isPunct(j, u'('))
                return phraseEndingAt(j - 1, lo);
        return std::nullopt;
    }
    if (m_cx.isPunct(k, u',') || m_cx.isDash(k))
        return beforeAppositive(k, lo);
    return phraseEndingAt(k, lo);
}

std::optional<SpeakerSpan> SpeakerFinder::phraseStartingAt(int k, int hi) const
{
    if (k >= hi || k >= m_cx.size() || !m_cx.isWord(k))
        return std::nullopt;
    const QString &w = m_cx.lower(k);
    const int nm = m_cx.namedMention(k);
    if (nm >= 0) {
        const Mention &m = m_cx.mentions()[nm];
        int last = k;
        while (last + 1 < hi && m_cx.tok(last + 1).start < m.range.end)
            ++last;
        // "said Trump spokesman Jason Miller": a title noun and a second name
        int j = last + 1;
        while (j < hi && j - last <= 3 && m_cx.isNounLike(j) && m_cx.namedMention(j) < 0
               && !m_cx.tok(j).has(TokenFlag::Capitalized))
            ++j;
        if (j > last + 1 && j < hi && m_cx.namedMention(j) >= 0)
            return phraseStartingAt(j, hi);
        return SpeakerSpan{m.range, k, last, SpeakerKind::Named, nm};
    }
    if (m_cx.is(k, WordFlag::Pronoun)) {
        if (!subjectPronoun(w) || w == u"it" || w == u"you" || w == u"who")
            return std::nullopt;
        return SpeakerSpan{m_cx.tok(k).range(), k, k, SpeakerKind::Pronoun, -1};
    }
    if (w == u"that" || w == u"this" || w == u"these" || w == u"those" || m_cx.is(k, WordFlag::Temporal))
        return std::nullopt;
    const bool det = m_cx.is(k, WordFlag::Determiner | WordFlag::Quantifier);
    if (!det && !m_cx.isNounLike(k))
        return std::nullopt;
    int last = det ? k : -1;
    int mention = -1;
    int j = det ? k + 1 : k;
    while (j < hi && j - k < kMaxPhrase) {
        const int mj = m_cx.namedMention(j);
        if (mj >= 0) {
            mention = mj;
            while (j + 1 < hi && m_cx.tok(j + 1).start < m_cx.mentions()[mj].range.end)
                ++j;
            last = j++;
            continue;
        }
        if (isPossessiveS(j) && last >= 0) {
            last = j++;
            continue;
        }
        if (m_cx.lower(j) == u"of" && last >= 0 && j + 1 < hi && (m_cx.isNounLike(j + 1) || m_cx.is(j + 1, WordFlag::Determiner))
            && !m_cx.is(j + 1, WordFlag::Pronoun)) {
            ++j;  // "the deputy chief of mission"
            if (m_cx.is(j, WordFlag::Determiner))
                ++j;
            continue;
        }
        if (!m_cx.isNounLike(j))
            break;
        last = j++;
    }
    if (last < 0 || (det && last == k))
        return std::nullopt;
    return SpeakerSpan{{m_cx.tok(k).start, m_cx.tok(last).end}, k, last, SpeakerKind::Nominal, mention};
}

std::optional<SpeakerSpan> SpeakerFinder::clauseSubject(int comma, int sentFirst) const
{
    for (int j = comma - 1; j >= sentFirst; --j) {
        if (m_cx.is(j, WordFlag::Pronoun)) {
            const QString &w = m_cx.lower(j);
            if (w == u"he" || w == u"she" || w == u"they" || w == u"we" || w == u"i")
                return SpeakerSpan{m_cx.tok(j).range(), j, j, SpeakerKind::Pronoun, -1};
            continue;
        }
        const int m = m_cx.namedMention(j);
        if (m < 0)
            continue;
        const EntityType type = m_cx.mentions()[m].type;
        const int first = m_cx.tokenized().tokenAtOrAfter(m_cx.mentions()[m].range.start);
        int before = first - 1;
        while (before >= sentFirst && m_cx.is(before, WordFlag::Determiner))
            --before;
        const bool possessive = j + 1 < m_cx.size() && (m_cx.lower(j + 1) == u"’s" || m_cx.lower(j + 1) == u"'s");
        if ((type == EntityType::PER || type == EntityType::ORG) && !possessive
            && !(before >= sentFirst && m_cx.is(before, WordFlag::Preposition)))
            return SpeakerSpan{m_cx.mentions()[m].range, first, j, SpeakerKind::Named, m};
        j = first;
    }
    // "In 2005, the deputy chief of mission also requested …, writing …": the phrase that
    // opens the main clause, after a leading adverbial.
    int j = sentFirst;
    if (m_cx.is(j, WordFlag::Preposition | WordFlag::Subordinator)) {
        while (j < comma && !m_cx.isPunct(j, u','))
            ++j;
        ++j;
    }
    if (j < comma)
        if (auto sp = phraseStartingAt(j, comma))
            return sp;
    return std::nullopt;
}

std::optional<SpeakerSpan> SpeakerFinder::after(int cue, int hi) const
{
    return phraseStartingAt(afterCue(cue), hi);
}

} // namespace lede
