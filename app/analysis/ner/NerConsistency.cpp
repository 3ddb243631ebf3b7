#include "analysis/ner/NerConsistency.h"

#include "analysis/Gazetteer.h"
#include "analysis/ner/NerLabels.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede::ner {

namespace {

QStringView wordOf(QStringView text, const Token &t) { return text.mid(t.start, t.length()); }
QStringView surfaceOf(QStringView text, const Mention &m) { return text.mid(m.range.start, m.range.length()); }

// Whether exactly one space separates [.., from) and [to, ..): the same line, no punctuation.
bool oneSpaceBetween(QStringView text, int from, int to) { return text.mid(from, to - from) == u" "; }

// Document-level consistency: every occurrence of a name gets the type that most of its
// occurrences have (ties: the higher summed confidence), unless the model is sure of it.
constexpr float kSureOfType = 0.9f;

void harmonizeTypes(QStringView text, QList<Mention> &mentions)
{
    struct Votes {
        int count[kTypeCount] = {};
        float score[kTypeCount] = {};
    };
    QHash<QStringView, Votes> votes;
    for (const Mention &m : mentions) {
        Votes &v = votes[surfaceOf(text, m)];
        ++v.count[int(m.type)];
        v.score[int(m.type)] += m.score;
    }
    for (Mention &m : mentions) {
        if (m.score > kSureOfType)
            continue;  // the model is sure of this one
        const Votes &v = votes[surfaceOf(text, m)];
        int best = int(m.type);
        for (int t = 0; t < kTypeCount; ++t)
            if (v.count[t] > v.count[best] || (v.count[t] == v.count[best] && v.score[t] > v.score[best]))
                best = t;
        m.type = EntityType(best);
    }
}

// Document-level consistency, part two: a capitalised name of two or more words tagged
// somewhere is tagged at its other occurrences too (the same token sequence, not inside
// another mention).
void propagateRepeats(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    if (mentions.isEmpty())
        return;
    constexpr int kMaxTokens = 4;
    QHash<QStringView, const Mention *> byText;
    for (const Mention &m : mentions) {
        const QStringView surface = surfaceOf(text, m);
        if (surface.size() >= 2 && surface[0].isUpper())
            byText.insert(surface, &m);
    }
    std::vector<bool> covered(size_t(tt.tokens.size()), false);
    int t = 0;
    for (const Mention &m : mentions) {
        while (t < tt.tokens.size() && tt.tokens[t].end <= m.range.start)
            ++t;
        for (int u = t; u < tt.tokens.size() && tt.tokens[u].start < m.range.end; ++u)
            covered[size_t(u)] = true;
    }
    QList<Mention> added;
    for (int i = 0; i < tt.tokens.size(); ++i) {
        if (covered[size_t(i)] || !(tt.tokens[i].flags & TokenFlag::Capitalized))
            continue;
        // the longest tagged sequence starting here
        for (int len = kMaxTokens; len >= 1; --len) {
            const int last = i + len - 1;
            if (last >= tt.tokens.size())
                continue;
            bool free = true;
            for (int k = i; k <= last && free; ++k)
                free = !covered[size_t(k)];
            if (!free)
                continue;
            const QStringView surface = text.mid(tt.tokens[i].start, tt.tokens[last].end - tt.tokens[i].start);
            const auto it = byText.constFind(surface);
            if (it == byText.cend())
                continue;
            // whole tokens only: the sequence must not continue a capitalised name
            const bool glued = (i > 0 && tt.tokens[i - 1].has(TokenFlag::Capitalized) && !tt.tokens[i].has(TokenFlag::SentenceStart))
                               || (last + 1 < tt.tokens.size() && tt.tokens[last + 1].has(TokenFlag::Capitalized)
                                   && !tt.tokens[last + 1].has(TokenFlag::SentenceStart));
            if (glued)
                break;
            if (last == i)
                break;  // one word alone repeats too often in other senses ("Grant", "Summer")
            Mention m = **it;
            m.range = {tt.tokens[i].start, tt.tokens[last].end};
            m.score *= 0.8f;
            added.append(m);
            for (int k = i; k <= last; ++k)
                covered[size_t(k)] = true;
            break;
        }
    }
    if (added.isEmpty())
        return;
    mentions += added;
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
}

// 2. "Suu Kyi" is the person "Aung San Suu Kyi" named elsewhere in the text: every
//    multi-word prefix and suffix of a PER name (at word boundaries) is a PER name.
void partsOfPeople(QStringView text, QList<Mention> &mentions)
{
    QSet<QStringView> parts;
    for (const Mention &m : mentions) {
        if (m.type != EntityType::PER)
            continue;
        const QStringView p = surfaceOf(text, m);
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (p[i] != u' ')
                continue;
            const QStringView head = p.left(i), tail = p.mid(i + 1);
            if (head.contains(u' '))
                parts.insert(head);
            if (tail.contains(u' '))
                parts.insert(tail);
        }
    }
    if (parts.isEmpty())
        return;
    for (Mention &m : mentions)
        if (m.type != EntityType::PER && parts.contains(surfaceOf(text, m)))
            m.type = EntityType::PER;
}

// 3. "The Washington Post" → "Washington Post".
void dropLeadingThe(QStringView text, QList<Mention> &mentions)
{
    for (Mention &m : mentions) {
        const QStringView s = surfaceOf(text, m);
        if (s.size() > 4 && (s.startsWith(u"The ") || s.startsWith(u"the ")) && s[4].isUpper())
            m.range.start += 4;
    }
}

// 4. "Burmese Embassy": a nationality and an organisation head noun right after it.
void nationalityOrganisations(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    const Gazetteer &cues = Gazetteer::get(u"org-cues"_s);
    const Gazetteer &demonyms = Gazetteer::get(u"demonyms"_s);
    for (int i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.type != EntityType::MISC || !demonyms.contains(surfaceOf(text, m)))
            continue;
        const int t = tt.tokenAtOrAfter(m.range.end);
        if (t >= tt.tokens.size() || !tt.tokens[t].has(TokenFlag::Capitalized))
            continue;
        const Token &next = tt.tokens[t];
        if (!cues.contains(wordOf(text, next)))
            continue;
        if (i + 1 < mentions.size() && mentions[i + 1].range.start < next.end)
            continue;
        if (!oneSpaceBetween(text, m.range.end, next.start))
            continue;
        m.range.end = next.end;
        m.type = EntityType::ORG;
    }
}

// 5. "U.S. Campaign for Burma": a name, an organisation head noun, "for" or "of", and a
//    place is one organisation, not a place, a stray word and another place (the decoder
//    sometimes cuts such a name at its head noun; grouping would then join "Burma" to Burma).
void organisationsForPlaces(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    const Gazetteer &cues = Gazetteer::get(u"org-cues"_s);
    for (int i = 0; i + 1 < mentions.size(); ++i) {
        Mention &a = mentions[i];
        const Mention &b = mentions[i + 1];
        if (b.type != EntityType::LOC)
            continue;
        const int head = tt.tokenAtOrAfter(a.range.end);
        if (head + 2 >= tt.tokens.size())
            continue;
        const Token &noun = tt.tokens[head], &link = tt.tokens[head + 1];
        if (!noun.has(TokenFlag::Capitalized) || !cues.contains(wordOf(text, noun)))
            continue;
        if ((wordOf(text, link) != u"for" && wordOf(text, link) != u"of") || tt.tokens[head + 2].start != b.range.start)
            continue;
        if (!oneSpaceBetween(text, a.range.end, noun.start) || !oneSpaceBetween(text, noun.end, link.start)
            || !oneSpaceBetween(text, link.end, b.range.start))
            continue;
        a.range.end = b.range.end;
        a.type = EntityType::ORG;
        mentions.removeAt(i + 1);
    }
}

// 6. "State Condoleezza Rice" → "Condoleezza Rice" (PER): leading title words before a
//    given name are not part of the name.
void titlesBeforeNames(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    const Gazetteer &titles = Gazetteer::get(u"person-titles"_s);
    const Gazetteer &given = Gazetteer::get(u"given-names"_s);
    for (Mention &m : mentions) {
        int t = tt.tokenAtOrAfter(m.range.start);
        int first = t;
        while (first < tt.tokens.size() && tt.tokens[first].end < m.range.end
               && titles.contains(wordOf(text, tt.tokens[first])))
            ++first;
        if (first == t || first >= tt.tokens.size() || tt.tokens[first].end >= m.range.end)
            continue;  // no title, or nothing after the name's first word
        if (!given.contains(wordOf(text, tt.tokens[first])))
            continue;
        m.range.start = tt.tokens[first].start;
        m.type = EntityType::PER;
    }
}

// 7. "Miss Chaworth", "Justice Scalia" → "Chaworth", "Scalia": a person's name starts after
//    the titles before it (CoNLL and GUM leave titles out of the name).
void titlesOutOfPeople(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    const Gazetteer &titles = Gazetteer::get(u"person-titles"_s);
    for (Mention &m : mentions) {
        if (m.type != EntityType::PER)
            continue;
        const int t = tt.tokenAtOrAfter(m.range.start);
        int first = t;
        while (first < tt.tokens.size() && tt.tokens[first].end < m.range.end
               && (titles.contains(wordOf(text, tt.tokens[first]))
                   || (first > t && tt.tokens[first].kind == TokenKind::Punct
                       && wordOf(text, tt.tokens[first]) == u".")))
            ++first;
        if (first == t || first >= tt.tokens.size() || tt.tokens[first].end > m.range.end
            || !tt.tokens[first].has(TokenFlag::Capitalized))
            continue;
        m.range.start = tt.tokens[first].start;
    }
}

// 8. A web address, an e-mail address or a file name is not a name, nor is any part of one
//    ("CrudeStocks.pdf", "Kevin.A.Boone@example.com", "&sourceid=chrome" inside a URL). The
//    Tokenizer splits addresses into words, so the test looks at the whole run of non-space
//    characters the mention sits in.
bool isFileName(QStringView s)
{
    static const QStringView kExtensions[] = {u".pdf", u".doc", u".docx", u".xls", u".xlsx", u".ppt", u".txt",
                                              u".jpg", u".jpeg", u".png", u".gif", u".htm", u".html", u".zip"};
    for (QStringView ext : kExtensions)
        if (s.endsWith(ext, Qt::CaseInsensitive) && s.size() > ext.size())
            return true;
    return false;
}

bool isEmailAddress(QStringView s)
{
    const qsizetype at = s.indexOf(u'@');
    return at > 0 && at + 1 < s.size() && s[at - 1].isLetterOrNumber() && s[at + 1].isLetterOrNumber()
           && s.indexOf(u'.', at + 1) > at + 1;
}

// "news.bbc.co.uk", "example.com/news": a host name with a common top-level domain and a
// path or at least two dots (a bare "Amazon.com" is left alone: it is often a company's name).
bool hasWebDomain(QStringView s)
{
    if (!s.contains(u'/') && s.count(u'.') < 2)
        return false;
    static const QStringView kDomains[] = {u".com", u".org", u".net", u".edu", u".gov", u".uk", u".info", u".io"};
    for (QStringView d : kDomains) {
        for (qsizetype at = s.indexOf(d, 0, Qt::CaseInsensitive); at > 0; at = s.indexOf(d, at + 1, Qt::CaseInsensitive)) {
            const qsizetype after = at + d.size();
            if (s[at - 1].isLetterOrNumber() && (after == s.size() || s[after] == u'/' || !s[after].isLetterOrNumber()))
                return true;
        }
    }
    return false;
}

bool isAddress(QStringView s)
{
    return s.contains(u"://") || s.startsWith(u"www.", Qt::CaseInsensitive) || isEmailAddress(s)
           || (s.contains(u'/') && (s.contains(u'?') || s.contains(u'='))) || hasWebDomain(s);
}

void dropAddresses(QStringView text, QList<Mention> &mentions)
{
    mentions.removeIf([&](const Mention &m) {
        const QStringView s = surfaceOf(text, m);
        if (s.contains(u"://") || s.contains(u'@') || s.startsWith(u"www.", Qt::CaseInsensitive) || isFileName(s))
            return true;
        // the run of non-space characters around the mention, without enclosing punctuation
        qsizetype a = m.range.start, b = m.range.end;
        while (a > 0 && !text[a - 1].isSpace())
            --a;
        while (b < text.size() && !text[b].isSpace())
            ++b;
        if (a == m.range.start && b == m.range.end)
            return false;  // the mention is the whole run: "Amazon.com" may be a name
        QStringView run = text.mid(a, b - a);
        while (!run.isEmpty() && !run.front().isLetterOrNumber())
            run = run.mid(1);
        while (!run.isEmpty() && !run.back().isLetterOrNumber() && run.back() != u'/')
            run.chop(1);
        if (run.endsWith(u"'s") || run.endsWith(u"\u2019s"))
            run.chop(2);  // "Amazon.com's"
        return isAddress(run) || isFileName(run);
    });
}

// 9. A storm is not a person: a name right after "Hurricane", "Cyclone", "Typhoon" or
//    "Tropical Storm" is MISC ("Hurricane Katrina"; CoNLL-2003 tags storms MISC, GUM not at all),
//    and so is every other mention of that name in the text ("Katrina's winds").
void stormNames(QStringView text, const TokenizedText &tt, QList<Mention> &mentions)
{
    static const QStringView kStorms[] = {u"Hurricane", u"Cyclone", u"Typhoon", u"Storm", u"hurricane", u"cyclone",
                                          u"typhoon"};
    auto isStorm = [](QStringView word) {
        return std::find(std::begin(kStorms), std::end(kStorms), word) != std::end(kStorms);
    };
    QSet<QStringView> storms;
    for (Mention &m : mentions) {
        if (m.type == EntityType::MISC)
            continue;
        const int t = tt.tokenAtOrAfter(m.range.start);
        if (t >= tt.tokens.size() || tt.tokens[t].start != m.range.start)
            continue;
        const Token &first = tt.tokens[t];
        if (first.end < m.range.end && isStorm(wordOf(text, first))) {
            m.type = EntityType::MISC;  // "Hurricane Katrina" tagged as one name
            storms.insert(text.mid(first.end + 1, m.range.end - first.end - 1));
            continue;
        }
        if (t == 0)
            continue;
        const Token &before = tt.tokens[t - 1];
        if (oneSpaceBetween(text, before.end, m.range.start) && isStorm(wordOf(text, before))) {
            m.type = EntityType::MISC;
            storms.insert(surfaceOf(text, m));
        }
    }
    if (storms.isEmpty())
        return;
    for (Mention &m : mentions)
        if (storms.contains(surfaceOf(text, m)))
            m.type = EntityType::MISC;
}

} // namespace

void applyDocumentConsistency(QStringView text, const TokenizedText &tokens, QList<Mention> &mentions)
{
    dropAddresses(text, mentions);
    dropLeadingThe(text, mentions);
    nationalityOrganisations(text, tokens, mentions);
    organisationsForPlaces(text, tokens, mentions);
    titlesBeforeNames(text, tokens, mentions);
    titlesOutOfPeople(text, tokens, mentions);
    harmonizeTypes(text, mentions);
    stormNames(text, tokens, mentions);
    partsOfPeople(text, mentions);
    propagateRepeats(text, tokens, mentions);
}

} // namespace lede::ner
