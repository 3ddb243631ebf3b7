#include "analysis/EntityGrouper.h"

#include "analysis/Gazetteer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <numeric>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(size_t(n)) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
};

bool isApostropheChar(QChar c) { return c == u'\'' || c == QChar(0x2019); }

QString foldKey(const QString &surface)
{
    QString k = surface.toCaseFolded();
    if (k.startsWith(u"the "))
        k.remove(0, 4);
    return k;
}

QStringList words(const QString &surface) { return surface.split(u' ', Qt::SkipEmptyParts); }

// Letters of an acronym: "U.N." → "UN", "NATO" → "NATO"; empty if not an acronym.
QString acronymLetters(const QString &surface)
{
    QString letters;
    for (QChar c : surface) {
        if (c == u'.')
            continue;
        if (!c.isUpper())
            return {};
        letters.append(c);
    }
    return letters.size() >= 2 && letters.size() <= 6 ? letters : QString();
}

// Initials of a full name's capitalised words: "United Nations" → "UN".
QString initials(const QString &surface)
{
    QString out;
    for (const QString &w : words(surface))
        if (!w.isEmpty() && w[0].isUpper())
            out.append(w[0]);
    return out;
}

bool compatibleTypes(EntityType a, EntityType b)
{
    if (a == b)
        return true;
    // Countries are places and actors: LOC and ORG mentions of one name are one entity.
    return (a == EntityType::LOC && b == EntityType::ORG) || (a == EntityType::ORG && b == EntityType::LOC);
}

} // namespace

QString mentionSurface(QStringView text, const Mention &m)
{
    QString s = text.mid(m.range.start, m.range.length()).toString();
    if (s.size() > 2 && isApostropheChar(s[s.size() - 2]) && (s.back() == u's' || s.back() == u'S'))
        s.chop(2);
    else if (s.size() > 1 && isApostropheChar(s.back()))
        s.chop(1);
    s = s.simplified();
    return s;
}

QList<Entity> EntityGrouper::group(QStringView text, QList<Mention> &mentions) const
{
    const int n = int(mentions.size());
    if (n == 0)
        return {};

    QList<QString> surface(n), key(n);
    QList<QStringList> tokensOf(n);
    for (int i = 0; i < n; ++i) {
        surface[i] = mentionSurface(text, mentions[i]);
        key[i] = foldKey(surface[i]);
        tokensOf[i] = words(surface[i]);
    }
    UnionFind uf(n);

    QHash<QString, QList<int>> partsIndex;  // "type|w1 w2" → mentions containing it, in order
    auto partKey = [](EntityType t, const QStringList &w, qsizetype from, qsizetype len) -> QString {
        return QString::number(int(t)) + u'|' + w.mid(from, len).join(u' ');
    };
    for (int j = 0; j < n; ++j) {
        const QStringList &w = tokensOf[j];
        if (mentions[j].type == EntityType::DATE || w.size() < 2)
            continue;
        for (qsizetype len = 1; len < w.size(); ++len) {
            if (mentions[j].type == EntityType::PER) {
                for (qsizetype from = 0; from + len <= w.size(); ++from)
                    partsIndex[partKey(mentions[j].type, w, from, len)].append(j);
            } else if (len >= 2) {
                // "Human Rights Council" ⊂ "U.N. Human Rights Council": suffixes of ≥ 2 words
                partsIndex[partKey(mentions[j].type, w, w.size() - len, len)].append(j);
            }
        }
        // "Hillary Clinton" is a short form of "Hillary Rodham Clinton": first + last word
        if (mentions[j].type == EntityType::PER && w.size() >= 3)
            partsIndex[QString::number(int(mentions[j].type)) + u'|' + w.front() + u' ' + w.back()].append(j);
    }
    // A full name that is itself a short form of another full name ("Hillary Clinton" of
    // "Hillary Rodham Clinton") is the same person, not a second one.
    auto subsumed = [&](int j, const QSet<QString> &fulls) {
        const auto it = partsIndex.constFind(partKey(mentions[j].type, tokensOf[j], 0, tokensOf[j].size()));
        if (it == partsIndex.cend())
            return false;
        for (int k : *it)
            if (key[k] != key[j] && fulls.contains(key[k]))
                return true;
        return false;
    };
    // A short form shared by two different full names ("Bush": "George Bush", "Laura Bush") is
    // ambiguous: its repeats are not merged with each other, each joins its nearest full name.
    QSet<QString> ambiguous;
    for (auto it = partsIndex.cbegin(); it != partsIndex.cend(); ++it) {
        QSet<QString> fulls;
        for (int j : *it)
            fulls.insert(key[j]);
        if (fulls.size() < 2)
            continue;
        QSet<QString> distinct;
        for (int j : *it)
            if (!subsumed(j, fulls))
                distinct.insert(key[j]);
        if (distinct.size() >= 2)
            ambiguous.insert(it.key());
    }

    // 1. exact repeats (same folded surface, compatible type)
    QHash<QString, int> firstByKey;
    for (int i = 0; i < n; ++i) {
        if (ambiguous.contains(partKey(mentions[i].type, tokensOf[i], 0, tokensOf[i].size())))
            continue;
        const QString k = key[i] + u'|' + QString::number(mentions[i].type == EntityType::DATE ? 1 : 0);
        auto it = firstByKey.constFind(k);
        if (it == firstByKey.cend())
            firstByKey.insert(k, i);
        else if (compatibleTypes(mentions[*it].type, mentions[i].type))
            uf.unite(*it, i);
    }

    // 2. curated aliases: every alias of a row maps to the row's first entry
    QHash<QString, QString> aliasToCanonical;
    for (const QStringList &row : Gazetteer::table(u"aliases"_s))
        for (const QString &a : row)
            aliasToCanonical.insert(foldKey(a), foldKey(row.front()));
    QHash<QString, int> byCanonical;
    for (int i = 0; i < n; ++i) {
        if (mentions[i].type == EntityType::DATE)
            continue;
        const auto it = aliasToCanonical.constFind(key[i]);
        if (it == aliasToCanonical.cend())
            continue;
        auto seen = byCanonical.constFind(*it);
        if (seen == byCanonical.cend())
            byCanonical.insert(*it, i);
        else if (compatibleTypes(mentions[*seen].type, mentions[i].type))
            uf.unite(*seen, i);
    }

    // 3. aliases the text declares: "X, also known as Y", "X (Y)"
    static const QRegularExpression declared(uR"(^\s*(,\s*|\(\s*)?(also known as|a\.k\.a\.|formerly known as|known as|or)?\s*(the\s+)?$)"_s);
    for (int i = 0; i + 1 < n; ++i) {
        const Mention &a = mentions[i];
        const Mention &b = mentions[i + 1];
        if (a.type == EntityType::DATE || b.type == EntityType::DATE || !compatibleTypes(a.type, b.type))
            continue;
        const int gap = b.range.start - a.range.end;
        if (gap <= 0 || gap > 40)
            continue;
        const QString between = text.mid(a.range.end, gap).toString();
        const auto m = declared.match(between);
        if (!m.hasMatch())
            continue;
        const bool paren = m.captured(1).contains(u'(');
        const bool phrase = !m.captured(2).isEmpty() && m.captured(2) != u"or";
        const bool parenAcronym = paren && !acronymLetters(surface[i + 1]).isEmpty()
                                  && (m.captured(2).isEmpty());
        if (phrase || parenAcronym)
            uf.unite(i, i + 1);
    }

    // 4. acronyms of a full name that occurs: "U.N." → "United Nations"
    QHash<QString, int> fullByInitials;
    for (int i = 0; i < n; ++i)
        if (tokensOf[i].size() >= 2 && mentions[i].type != EntityType::DATE && mentions[i].type != EntityType::PER)
            fullByInitials.insert(initials(surface[i]), i);
    for (int i = 0; i < n; ++i) {
        if (mentions[i].type == EntityType::DATE || tokensOf[i].size() != 1)
            continue;
        const QString letters = acronymLetters(surface[i]);
        if (letters.isEmpty())
            continue;
        const auto it = fullByInitials.constFind(letters);
        if (it != fullByInitials.cend() && compatibleTypes(mentions[*it].type, mentions[i].type))
            uf.unite(*it, i);
    }

    // 5. shorter forms of a longer same-type name. For people the short form joins the most
    //    recent full name before it (or the first after it), so that two people sharing a
    //    surname stay apart. Index every proper contiguous part of every multi-word name.
    for (int i = 0; i < n; ++i) {
        if (mentions[i].type == EntityType::DATE)
            continue;
        const auto it = partsIndex.constFind(partKey(mentions[i].type, tokensOf[i], 0, tokensOf[i].size()));
        if (it == partsIndex.cend())
            continue;
        const QList<int> &cands = *it;  // ascending, may repeat
        auto after = std::lower_bound(cands.cbegin(), cands.cend(), i);
        const int best = after != cands.cbegin() ? *(after - 1) : *after;
        uf.unite(best, i);
    }
    std::vector<int> groupOf(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        groupOf[size_t(i)] = uf.find(i);
    return assembleEntities(text, mentions, groupOf);
}

QList<Entity> assembleEntities(QStringView text, QList<Mention> &mentions, const std::vector<int> &groupOf)
{
    QList<Entity> entities;
    QList<QList<int>> aliasUses;  // per entity, per alias: how many mentions are written so
    QHash<int, int> groupToEntity;
    for (int i = 0; i < mentions.size(); ++i) {
        const QString surface = mentionSurface(text, mentions[i]);
        auto it = groupToEntity.constFind(groupOf[size_t(i)]);
        int e;
        if (it == groupToEntity.cend()) {
            e = int(entities.size());
            groupToEntity.insert(groupOf[size_t(i)], e);
            entities.append(Entity{surface, mentions[i].type, {}, {}});
            aliasUses.append(QList<int>());
        } else {
            e = *it;
        }
        Entity &ent = entities[e];
        ent.mentions.append(i);
        const qsizetype alias = ent.aliases.indexOf(surface);
        if (alias < 0) {
            ent.aliases.append(surface);  // in order of first appearance
            aliasUses[e].append(1);
        } else {
            ++aliasUses[e][alias];
        }
        mentions[i].entity = e;
    }
    // The name shown for an entity: its fullest form. A spelled-out name beats an acronym
    // ("United States", not "U.S."), more words beat fewer ("Aung San Suu Kyi", not "Suu Kyi"),
    // then the form the article uses most ("Burma" seven times, not "Myanmar" twice), then the first.
    for (qsizetype e = 0; e < entities.size(); ++e) {
        Entity &ent = entities[e];
        auto rank = [&](qsizetype alias) {
            const QString &name = ent.aliases[alias];
            const bool acronym = !acronymLetters(name).isEmpty() && words(name).size() == 1;
            return std::tuple(!acronym, words(name).size(), aliasUses[e][alias]);
        };
        qsizetype best = 0;
        for (qsizetype alias = 1; alias < ent.aliases.size(); ++alias)
            if (rank(alias) > rank(best))
                best = alias;
        ent.name = ent.aliases[best];
    }
    // An entity's type: the most frequent type among its mentions.
    for (Entity &ent : entities) {
        int counts[kEntityTypeCount] = {};
        for (int m : ent.mentions)
            ++counts[int(mentions[m].type)];
        ent.type = EntityType(std::max_element(std::begin(counts), std::end(counts)) - std::begin(counts));
    }
    return entities;
}

} // namespace lede
