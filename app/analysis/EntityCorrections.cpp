#include "analysis/EntityCorrections.h"

#include "analysis/EntityGrouper.h"

#include <QJsonArray>
#include <QObject>

#include <algorithm>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

// Index of the mention the correction means (see the header), or -1.
int findMention(QStringView text, const QList<Mention> &ms, TextRange r, const QString &surface)
{
    int best = -1;
    int bestDistance = 0;
    for (int i = 0; i < ms.size(); ++i) {
        const QStringView raw = text.mid(ms[i].range.start, ms[i].range.length());
        if (raw != surface && mentionSurface(text, ms[i]) != surface)
            continue;
        if (ms[i].range == r)
            return i;
        const int d = std::abs(ms[i].range.start - r.start);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

// Whole-word occurrences of s in text.
QList<TextRange> occurrences(QStringView text, QStringView s)
{
    QList<TextRange> out;
    if (s.isEmpty())
        return out;
    for (qsizetype at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        const qsizetype end = at + s.size();
        const bool before = at > 0 && isWordChar(text[at - 1]) && isWordChar(s.front());
        const bool after = end < text.size() && isWordChar(text[end]) && isWordChar(s.back());
        if (!before && !after)
            out.append({int(at), int(end)});
    }
    return out;
}

bool overlapsAny(const QList<Mention> &ms, TextRange r)
{
    return std::any_of(ms.cbegin(), ms.cend(), [&](const Mention &m) { return m.range.overlaps(r); });
}

void insertSorted(QList<Mention> &ms, const Mention &m)
{
    ms.removeIf([&](const Mention &x) { return x.range.overlaps(m.range); });
    auto at = std::lower_bound(ms.begin(), ms.end(), m, [](const Mention &a, const Mention &b) {
        return a.range.start < b.range.start;
    });
    ms.insert(at, m);
}

QString actionCode(EntityCorrection::Action a)
{
    switch (a) {
    case EntityCorrection::Action::NotEntity: return u"not-entity"_s;
    case EntityCorrection::Action::SetType: return u"set-type"_s;
    case EntityCorrection::Action::Merge: return u"merge"_s;
    case EntityCorrection::Action::Split: return u"split"_s;
    case EntityCorrection::Action::Add: return u"add"_s;
    }
    return {};
}

bool entityLevel(const EntityCorrection &c)
{
    using A = EntityCorrection::Action;
    return c.action == A::Merge || c.action == A::Split
           || (c.scope == EntityCorrection::Scope::Entity && (c.action == A::NotEntity || c.action == A::SetType));
}

} // namespace

EntityCorrection EntityCorrection::notEntity(TextRange r, const QString &text, Scope s)
{
    return {Action::NotEntity, s, r, text, {}, {}, EntityType::MISC};
}
EntityCorrection EntityCorrection::setType(TextRange r, const QString &text, EntityType t, Scope s)
{
    return {Action::SetType, s, r, text, {}, {}, t};
}
EntityCorrection EntityCorrection::merge(TextRange a, const QString &aText, TextRange b, const QString &bText)
{
    return {Action::Merge, Scope::Entity, a, aText, b, bText, EntityType::MISC};
}
EntityCorrection EntityCorrection::split(TextRange r, const QString &text)
{
    return {Action::Split, Scope::Entity, r, text, {}, {}, EntityType::MISC};
}
EntityCorrection EntityCorrection::add(TextRange r, const QString &text, EntityType t)
{
    return {Action::Add, Scope::Mention, r, text, {}, {}, t};
}

QJsonObject EntityCorrections::toJson() const
{
    QJsonArray cs;
    for (const EntityCorrection &c : corrections) {
        QJsonObject o{{u"action"_s, actionCode(c.action)},
                      {u"scope"_s, c.scope == EntityCorrection::Scope::Entity ? u"entity"_s : u"mention"_s},
                      {u"start"_s, c.target.start}, {u"end"_s, c.target.end}, {u"text"_s, c.targetText}};
        if (c.action == EntityCorrection::Action::Merge)
            o.insert(u"other"_s, QJsonObject{{u"start"_s, c.other.start}, {u"end"_s, c.other.end}, {u"text"_s, c.otherText}});
        if (c.action == EntityCorrection::Action::SetType || c.action == EntityCorrection::Action::Add)
            o.insert(u"type"_s, entityTypeCode(c.type));
        cs.append(o);
    }
    QJsonArray rs;
    for (const EntityRule &r : rules)
        rs.append(QJsonObject{{u"text"_s, r.text},
                              {u"type"_s, r.type ? QJsonValue(entityTypeCode(*r.type)) : QJsonValue(QJsonValue::Null)}});
    return QJsonObject{{u"version"_s, 1}, {u"corrections"_s, cs}, {u"rules"_s, rs}};
}

Result<EntityCorrections> EntityCorrections::fromJson(const QJsonObject &json)
{
    auto bad = [](const QString &why) {
        return makeError(ErrorCode::Parse, QObject::tr("The entity corrections are damaged: %1.").arg(why));
    };
    if (json.value(u"version").toInt() != 1)
        return bad(QObject::tr("unknown version %1").arg(json.value(u"version").toVariant().toString()));
    auto range = [](const QJsonObject &o) { return TextRange{o.value(u"start").toInt(-1), o.value(u"end").toInt(-1)}; };
    EntityCorrections out;
    const QJsonArray cs = json.value(u"corrections").toArray();
    for (qsizetype i = 0; i < cs.size(); ++i) {
        const QJsonObject o = cs[i].toObject();
        EntityCorrection c;
        const QString action = o.value(u"action").toString();
        bool known = false;
        for (auto a : {EntityCorrection::Action::NotEntity, EntityCorrection::Action::SetType,
                       EntityCorrection::Action::Merge, EntityCorrection::Action::Split, EntityCorrection::Action::Add})
            if (actionCode(a) == action) {
                c.action = a;
                known = true;
            }
        if (!known)
            return bad(QObject::tr("correction %1 has an unknown action “%2”").arg(i + 1).arg(action));
        c.scope = o.value(u"scope").toString() == u"entity" ? EntityCorrection::Scope::Entity : EntityCorrection::Scope::Mention;
        c.target = range(o);
        c.targetText = o.value(u"text").toString();
        if (c.target.start < 0 || c.target.end < c.target.start || c.targetText.isEmpty())
            return bad(QObject::tr("correction %1 has no valid range and text").arg(i + 1));
        if (c.action == EntityCorrection::Action::Merge) {
            const QJsonObject other = o.value(u"other").toObject();
            c.other = range(other);
            c.otherText = other.value(u"text").toString();
            if (c.otherText.isEmpty())
                return bad(QObject::tr("merge %1 names no second entity").arg(i + 1));
        }
        if (c.action == EntityCorrection::Action::SetType || c.action == EntityCorrection::Action::Add) {
            const auto t = entityTypeFromCode(o.value(u"type").toString());
            if (!t)
                return bad(QObject::tr("correction %1 has an unknown type").arg(i + 1));
            c.type = *t;
        }
        out.corrections.append(c);
    }
    const QJsonArray rs = json.value(u"rules").toArray();
    for (qsizetype i = 0; i < rs.size(); ++i) {
        const QJsonObject o = rs[i].toObject();
        EntityRule r;
        r.text = o.value(u"text").toString();
        if (r.text.isEmpty())
            return bad(QObject::tr("rule %1 has no text").arg(i + 1));
        if (!o.value(u"type").isNull()) {
            r.type = entityTypeFromCode(o.value(u"type").toString());
            if (!r.type)
                return bad(QObject::tr("rule %1 has an unknown type").arg(i + 1));
        }
        out.rules.append(r);
    }
    return out;
}

Analysis applyCorrections(QStringView text, Analysis a, const EntityCorrections &corr, QList<int> *unmatched)
{
    using A = EntityCorrection::Action;
    QList<Mention> &ms = a.mentions;
    // Quotes point at entities by index: remember each speaking entity's mention ranges (once
    // per entity — a long text has tens of thousands of quotes by a few frequent speakers).
    const QList<Entity> oldEntities = a.entities;
    QList<QList<TextRange>> speakerRanges(oldEntities.size());
    for (const Quote &q : a.quotes)
        if (q.speakerEntity >= 0 && q.speakerEntity < oldEntities.size() && speakerRanges[q.speakerEntity].isEmpty())
            for (int m : oldEntities[q.speakerEntity].mentions)
                speakerRanges[q.speakerEntity].append(ms[m].range);
    auto miss = [&](int i) {
        if (unmatched)
            unmatched->append(i);
    };

    // 1. rules
    for (const EntityRule &rule : corr.rules) {
        if (!rule.type) {
            ms.removeIf([&](const Mention &m) {
                return text.mid(m.range.start, m.range.length()) == rule.text || mentionSurface(text, m) == rule.text;
            });
            continue;
        }
        for (Mention &m : ms)
            if (text.mid(m.range.start, m.range.length()) == rule.text || mentionSurface(text, m) == rule.text)
                m.type = *rule.type;
        for (TextRange r : occurrences(text, rule.text))
            if (!overlapsAny(ms, r))
                insertSorted(ms, Mention{r, *rule.type, 1.0f, -1});
    }
    // 2. mention-level corrections
    for (int i = 0; i < corr.corrections.size(); ++i) {
        const EntityCorrection &c = corr.corrections[i];
        if (entityLevel(c))
            continue;
        if (c.action == A::Add) {
            TextRange r = c.target;
            if (text.mid(r.start, r.length()) != c.targetText) {
                const QList<TextRange> occ = occurrences(text, c.targetText);
                if (occ.isEmpty()) {
                    miss(i);
                    continue;
                }
                r = *std::min_element(occ.cbegin(), occ.cend(), [&](TextRange x, TextRange y) {
                    return std::abs(x.start - c.target.start) < std::abs(y.start - c.target.start);
                });
            }
            insertSorted(ms, Mention{r, c.type, 1.0f, -1});
            continue;
        }
        const int m = findMention(text, ms, c.target, c.targetText);
        if (m < 0) {
            miss(i);
            continue;
        }
        if (c.action == A::NotEntity)
            ms.removeAt(m);
        else
            ms[m].type = c.type;
    }
    // 3. regroup, then 4. entity-level corrections on the partition
    for (Mention &m : ms)
        m.entity = -1;
    EntityGrouper().group(text, ms);
    std::vector<int> groupOf(static_cast<size_t>(ms.size()));
    for (int i = 0; i < ms.size(); ++i)
        groupOf[size_t(i)] = ms[i].entity;
    int nextGroup = int(ms.size()) + 1;
    std::vector<bool> removed(size_t(ms.size()), false);
    for (int i = 0; i < corr.corrections.size(); ++i) {
        const EntityCorrection &c = corr.corrections[i];
        if (!entityLevel(c))
            continue;
        const int m = findMention(text, ms, c.target, c.targetText);
        if (m < 0) {
            miss(i);
            continue;
        }
        const int g = groupOf[size_t(m)];
        switch (c.action) {
        case A::Merge: {
            const int o = findMention(text, ms, c.other, c.otherText);
            if (o < 0) {
                miss(i);
                break;
            }
            const int merged = groupOf[size_t(o)];  // a copy: std::replace takes it by reference
            std::replace(groupOf.begin(), groupOf.end(), merged, g);
            break;
        }
        case A::Split: {
            const QString surface = mentionSurface(text, ms[m]);
            const int fresh = nextGroup++;
            for (int k = 0; k < ms.size(); ++k)
                if (groupOf[size_t(k)] == g && mentionSurface(text, ms[k]) == surface)
                    groupOf[size_t(k)] = fresh;
            break;
        }
        case A::SetType:
        case A::NotEntity:
            for (int k = 0; k < ms.size(); ++k)
                if (groupOf[size_t(k)] == g) {
                    if (c.action == A::SetType)
                        ms[k].type = c.type;
                    else
                        removed[size_t(k)] = true;
                }
            break;
        case A::Add:
            break;
        }
    }
    QList<Mention> kept;
    std::vector<int> keptGroups;
    for (int i = 0; i < ms.size(); ++i)
        if (!removed[size_t(i)]) {
            kept.append(ms[i]);
            keptGroups.push_back(groupOf[size_t(i)]);
        }
    ms = kept;
    a.entities = assembleEntities(text, ms, keptGroups);

    // 5. quotes: the speaker's new entity is that of its first remembered mention that survived
    QList<int> newEntityOf(oldEntities.size(), -2);  // -2: not computed yet
    auto newEntity = [&](int old) {
        if (newEntityOf[old] == -2) {
            newEntityOf[old] = -1;
            for (TextRange r : speakerRanges[old]) {
                // mentions are sorted by start and do not overlap: a binary search
                const auto it = std::lower_bound(ms.cbegin(), ms.cend(), r.start,
                                                 [](const Mention &m, int start) { return m.range.start < start; });
                if (it != ms.cend() && it->range == r) {
                    newEntityOf[old] = it->entity;
                    break;
                }
            }
        }
        return newEntityOf[old];
    };
    for (Quote &q : a.quotes) {
        int entity = q.speakerEntity >= 0 && q.speakerEntity < oldEntities.size() ? newEntity(q.speakerEntity) : -1;
        if (entity < 0 && q.speaker) {
            const int m = a.mentionAt(q.speaker->start);
            entity = m >= 0 ? ms[m].entity : -1;
        }
        q.speakerEntity = entity;
    }
    return a;
}

} // namespace lede
