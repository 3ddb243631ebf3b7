#include "analysis/PronounResolver.h"

#include <algorithm>

namespace lede {

namespace {

constexpr int kNameWeight = 3;      // a given name or title outweighs this many pronouns
constexpr int kMaxParagraphs = 3;   // how far back an antecedent may be (paragraphs)
constexpr int kMaxDistance = 2500;  // … and in characters

Gender titleGender(QStringView w)
{
    if (w == u"Mr." || w == u"Mr" || w == u"Sir" || w == u"Lord" || w == u"King" || w == u"Prince")
        return Gender::Male;
    if (w == u"Mrs." || w == u"Mrs" || w == u"Ms." || w == u"Ms" || w == u"Miss" || w == u"Lady"
        || w == u"Queen" || w == u"Princess" || w == u"Dame")
        return Gender::Female;
    return Gender::Unknown;
}

} // namespace

PronounResolver::PronounResolver(const QuoteContext &cx, QList<TextRange> quotedRanges) : m_cx(cx)
{
    std::sort(quotedRanges.begin(), quotedRanges.end());
    m_quoted = std::move(quotedRanges);
    const QList<Entity> &entities = cx.entities();
    const QList<Mention> &mentions = cx.mentions();
    QList<int> votes(entities.size(), 0);  // > 0 male, < 0 female
    auto vote = [&](int entity, Gender g, int weight) {
        if (entity >= 0 && entity < votes.size() && g != Gender::Unknown)
            votes[entity] += g == Gender::Male ? weight : -weight;
    };
    for (int e = 0; e < entities.size(); ++e) {
        if (entities[e].type != EntityType::PER)
            continue;
        const QString first = entities[e].name.section(u' ', 0, 0);
        vote(e, cx.lexicon().givenNameGender(first), kNameWeight);
    }
    // Titles before mentions; and each gendered pronoun whose sentence and the one before
    // mention exactly one person (no vote when two people could be meant).
    struct Seen {
        int entity;
        int sentence;
    };
    QList<Seen> recent;  // person mentions of the current and the previous sentence
    int lastMentionIdx = -1;
    for (int i = 0; i < cx.size(); ++i) {
        const int sentence = cx.sentence(i);
        while (!recent.isEmpty() && sentence - recent.front().sentence > 1)
            recent.removeFirst();
        const int m = cx.mention(i);
        if (m >= 0 && m != lastMentionIdx && mentions[m].type == EntityType::PER && !quoted(cx.tok(i).start)) {
            lastMentionIdx = m;
            if (i > 0)
                vote(mentions[m].entity, titleGender(cx.word(i - 1)), kNameWeight);
            recent.append(Seen{mentions[m].entity, sentence});
            continue;
        }
        if (recent.isEmpty() || !cx.isWord(i) || quoted(cx.tok(i).start))
            continue;
        const auto &p = cx.pronoun(i);
        if (!p || !p->person3 || p->gender == Gender::Unknown)
            continue;
        const int e = recent.front().entity;
        bool one = true;
        for (const Seen &r : recent)
            one = one && r.entity == e;
        if (one)
            vote(e, p->gender, 1);
    }
    m_gender.resize(entities.size(), Gender::Unknown);
    for (int e = 0; e < entities.size(); ++e)
        m_gender[e] = votes[e] > 0 ? Gender::Male : votes[e] < 0 ? Gender::Female : Gender::Unknown;
}

bool PronounResolver::quoted(int pos) const
{
    auto it = std::upper_bound(m_quoted.cbegin(), m_quoted.cend(), pos,
                               [](int p, const TextRange &r) { return p < r.start; });
    while (it != m_quoted.cbegin()) {
        --it;
        if (it->contains(pos))
            return true;
        if (it->end <= pos && pos - it->end > 5000)
            break;
    }
    return false;
}

int PronounResolver::resolveRelative(int tok) const
{
    int k = tok - 1;
    if (m_cx.isPunct(k, u','))
        --k;
    if (k < 0)
        return -1;
    const int m = m_cx.namedMention(k);
    return m >= 0 ? m_cx.mentions()[m].entity : -1;
}

int PronounResolver::resolveTitle(int first, int last) const
{
    if (first < 0 || last < first || last >= m_cx.size())
        return -1;
    if (m_cx.lower(first) != u"the")
        return -1;
    QStringList words;
    for (int t = first + 1; t <= last; ++t) {
        if (!m_cx.isWord(t) || m_cx.namedMention(t) >= 0)
            return -1;
        words.append(m_cx.lower(t));
    }
    if (words.isEmpty())
        return -1;
    const QList<Mention> &mentions = m_cx.mentions();
    const int pos = m_cx.tok(first).start;
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), pos,
                               [](const Mention &m, int x) { return m.range.start < x; });
    while (it != mentions.cbegin()) {
        --it;
        if (pos - it->range.end > 4 * kMaxDistance)
            break;
        if (it->type != EntityType::PER || it->entity < 0)
            continue;
        // the words right before the mention, in its sentence: its title
        const int mt = m_cx.tokenized().tokenAtOrAfter(it->range.start);
        QStringList title;
        for (int t = mt - 1; t >= 0 && mt - t <= 8 && m_cx.isWord(t) && m_cx.sentence(t) == m_cx.sentence(mt)
                             && m_cx.namedMention(t) < 0 && m_cx.lower(t) != u"the";
             --t)
            title.prepend(m_cx.lower(t));
        for (int s = 0; s + words.size() <= title.size(); ++s)
            if (title.mid(s, words.size()) == words)
                return it->entity;
    }
    return -1;
}

int PronounResolver::resolve(int tok) const
{
    if (tok < 0 || tok >= m_cx.size())
        return -1;
    const QString &w = m_cx.lower(tok);
    if (w == u"who")
        return resolveRelative(tok);
    const auto &p = m_cx.pronoun(tok);
    if (!p || !p->person3 || p->number != Number::Singular || p->gender == Gender::Unknown)
        return -1;
    const QList<Mention> &mentions = m_cx.mentions();
    const int pos = m_cx.tok(tok).start;
    const int para = m_cx.paragraph(tok);
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), pos,
                               [](const Mention &m, int x) { return m.range.start < x; });
    int unknown = -1;
    int quotedMatch = -1;
    while (it != mentions.cbegin()) {
        --it;
        if (pos - it->range.end > kMaxDistance)
            break;
        if (it->type != EntityType::PER || it->entity < 0)
            continue;
        const int mt = m_cx.tokenized().tokenAtOrAfter(it->range.start);
        if (para - m_cx.paragraph(mt) > kMaxParagraphs)
            break;
        const Gender g = genderOf(it->entity);
        const bool inQuote = quoted(it->range.start);
        if (g == p->gender) {
            if (!inQuote)
                return it->entity;
            if (quotedMatch < 0)
                quotedMatch = it->entity;
        } else if (g == Gender::Unknown && unknown < 0 && !inQuote) {
            unknown = it->entity;
        }
    }
    return unknown >= 0 ? unknown : quotedMatch;
}

} // namespace lede
