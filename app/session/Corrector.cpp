#include "session/Corrector.h"

#include "analysis/EntityGrouper.h"
#include "annotations/UndoStack.h"
#include "session/CorrectionCommand.h"
#include "session/DocumentCorrections.h"
#include "session/DocumentSession.h"

#include <QObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

Error usage(const QString &why) { return makeError(ErrorCode::Usage, why); }

QString quoted(const QString &s)
{
    constexpr int kMax = 40;
    return QChar(0x201c) + (s.size() > kMax ? s.left(kMax - 1) + QChar(0x2026) : s) + QChar(0x201d);
}

// Removes earlier corrections of the same kind on the same target: the new one replaces them.
void dropSameTarget(QList<EntityCorrection> &list, const EntityCorrection &c)
{
    list.removeIf([&](const EntityCorrection &o) {
        return o.action == c.action && o.scope == c.scope && o.target == c.target && o.targetText == c.targetText;
    });
}

} // namespace

QList<int> speakerCandidates(const Analysis &a)
{
    QList<int> out;
    for (int e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].type == EntityType::PER || a.entities[e].type == EntityType::ORG)
            out.append(e);
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) {
        const auto cx = a.entities[x].mentions.size(), cy = a.entities[y].mentions.size();
        if (cx != cy)
            return cx > cy;
        return a.entities[x].name.localeAwareCompare(a.entities[y].name) < 0;
    });
    return out;
}

QList<EntitySurface> entitySurfaces(QStringView text, const Analysis &a, int entity)
{
    QList<EntitySurface> out;
    if (entity < 0 || entity >= a.entities.size())
        return out;
    for (int m : a.entities[entity].mentions) {
        const QString s = mentionSurface(text, a.mentions[m]);
        auto it = std::find_if(out.begin(), out.end(), [&](const EntitySurface &x) { return x.surface == s; });
        if (it == out.end())
            out.append({s, 1});
        else
            ++it->mentions;
    }
    return out;
}

int entityWithMention(const Analysis &a, TextRange range)
{
    for (const Mention &m : a.mentions)
        if (m.range == range)
            return m.entity;
    return -1;
}

Corrector::Corrector(DocumentSession *session, UndoStack *stack) : m_session(session), m_stack(stack) {}

Result<const Analysis *> Corrector::shown() const
{
    if (!m_session || !m_session->analysis())
        return usage(QObject::tr("There is nothing to correct until the analysis has finished."));
    return m_session->analysis();
}

QString Corrector::slice(TextRange r) const { return m_session->document().text().mid(r.start, r.length()); }

Result<void> Corrector::push(const Corrections &next, const QString &text)
{
    DocumentCorrections *c = m_session->corrections();
    auto cmd = std::make_unique<CorrectionCommand>(c, c->documentHash(), c->current(), next, text);
    if (m_stack)
        return m_stack->push(std::move(cmd));
    return cmd->redo();
}

Result<TextRange> Corrector::mention(int index) const
{
    auto a = shown();
    if (!a)
        return a.error();
    if (index < 0 || index >= (*a)->mentions.size())
        return usage(QObject::tr("There is no such mention."));
    return (*a)->mentions[index].range;
}

Result<Quote> Corrector::quote(int index) const
{
    auto a = shown();
    if (!a)
        return a.error();
    if (index < 0 || index >= (*a)->quotes.size())
        return usage(QObject::tr("There is no such quote."));
    return (*a)->quotes[index];
}

Result<QList<TextRange>> Corrector::firstMentions(const QList<int> &entities) const
{
    auto a = shown();
    if (!a)
        return a.error();
    if (entities.isEmpty())
        return usage(QObject::tr("Choose an entity first."));
    QList<TextRange> out;
    for (int e : entities) {
        if (e < 0 || e >= (*a)->entities.size() || (*a)->entities[e].mentions.isEmpty())
            return usage(QObject::tr("There is no such entity."));
        out.append((*a)->mentions[(*a)->entities[e].firstMention()].range);
    }
    return out;
}

QString Corrector::entitiesLabel(const QList<int> &entities) const
{
    return entities.size() == 1 ? quoted(m_session->analysis()->entities[entities.front()].name)
                                : QObject::tr("%n entities", nullptr, int(entities.size()));
}

Result<void> Corrector::removeMention(int index)
{
    const auto r = mention(index);
    if (!r)
        return r.error();
    Corrections next = m_session->corrections()->current();
    next.entities.append(EntityCorrection::notEntity(*r, slice(*r)));
    return push(next, QObject::tr("Not an Entity: %1").arg(quoted(slice(*r))));
}

Result<void> Corrector::setMentionType(int index, EntityType type)
{
    const auto r = mention(index);
    if (!r)
        return r.error();
    Corrections next = m_session->corrections()->current();
    const EntityCorrection c = EntityCorrection::setType(*r, slice(*r), type);
    dropSameTarget(next.entities, c);
    next.entities.append(c);
    return push(next, QObject::tr("Change Type of %1").arg(quoted(slice(*r))));
}

Result<void> Corrector::addMention(TextRange range, EntityType type)
{
    auto a = shown();
    if (!a)
        return a.error();
    const QString s = slice(range);
    if (range.isEmpty() || range.start < 0 || s.trimmed().isEmpty())
        return usage(QObject::tr("Select the name to mark first."));
    Corrections next = m_session->corrections()->current();
    next.entities.append(EntityCorrection::add(range, s, type));
    return push(next, QObject::tr("Mark %1 as an Entity").arg(quoted(s)));
}

Result<void> Corrector::removeEntities(const QList<int> &entities)
{
    const auto targets = firstMentions(entities);
    if (!targets)
        return targets.error();
    Corrections next = m_session->corrections()->current();
    for (TextRange r : *targets)
        next.entities.append(EntityCorrection::notEntity(r, slice(r), EntityCorrection::Scope::Entity));
    return push(next, QObject::tr("Not an Entity: %1").arg(entitiesLabel(entities)));
}

Result<void> Corrector::setEntitiesType(const QList<int> &entities, EntityType type)
{
    const auto targets = firstMentions(entities);
    if (!targets)
        return targets.error();
    Corrections next = m_session->corrections()->current();
    for (TextRange r : *targets) {
        const EntityCorrection c = EntityCorrection::setType(r, slice(r), type, EntityCorrection::Scope::Entity);
        dropSameTarget(next.entities, c);
        next.entities.append(c);
    }
    return push(next, QObject::tr("Change Type of %1").arg(entitiesLabel(entities)));
}

Result<void> Corrector::mergeEntities(const QList<int> &entities)
{
    QList<int> distinct;  // the one the reader chose first, then the others
    for (int e : entities)
        if (!distinct.contains(e))
            distinct.append(e);
    if (distinct.size() < 2)
        return usage(QObject::tr("Choose at least two entities to merge."));
    const auto targets = firstMentions(distinct);
    if (!targets)
        return targets.error();
    const TextRange into = targets->front();
    Corrections next = m_session->corrections()->current();
    for (qsizetype i = 1; i < targets->size(); ++i)
        next.entities.append(EntityCorrection::merge(into, slice(into), (*targets)[i], slice((*targets)[i])));
    return push(next, QObject::tr("Merge %1 and %n other(s)", nullptr, int(distinct.size() - 1))
                          .arg(entitiesLabel({distinct.front()})));
}

Result<void> Corrector::splitEntity(int entity, const QStringList &surfaces)
{
    auto a = shown();
    if (!a)
        return a.error();
    if (entity < 0 || entity >= (*a)->entities.size())
        return usage(QObject::tr("There is no such entity."));
    const QList<EntitySurface> all = entitySurfaces(m_session->document().text(), **a, entity);
    QList<TextRange> firsts;  // the first mention of each surface to move
    for (const EntitySurface &s : all) {
        if (!surfaces.contains(s.surface))
            continue;
        for (int m : (*a)->entities[entity].mentions)
            if (mentionSurface(m_session->document().text(), (*a)->mentions[m]) == s.surface) {
                firsts.append((*a)->mentions[m].range);
                break;
            }
    }
    if (firsts.isEmpty() || firsts.size() >= all.size())
        return usage(QObject::tr("Choose some, but not all, of the names to move to a new entity."));
    Corrections next = m_session->corrections()->current();
    for (TextRange r : firsts)
        next.entities.append(EntityCorrection::split(r, slice(r)));
    for (qsizetype i = 1; i < firsts.size(); ++i)  // the names moved out stay together
        next.entities.append(EntityCorrection::merge(firsts[0], slice(firsts[0]), firsts[i], slice(firsts[i])));
    return push(next, QObject::tr("Split %1").arg(quoted((*a)->entities[entity].name)));
}

Result<void> Corrector::alwaysTreatAs(const QString &text, std::optional<EntityType> type)
{
    if (!m_session)
        return usage(QObject::tr("There is nothing to correct."));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return usage(QObject::tr("Choose a name first."));
    Corrections next = m_session->corrections()->current();
    next.rules.removeIf([&](const EntityRule &r) { return r.text == t; });
    next.rules.append({t, type});
    return push(next, type ? QObject::tr("Always Treat %1 as an Entity").arg(quoted(t))
                           : QObject::tr("Never Treat %1 as an Entity").arg(quoted(t)));
}

Result<void> Corrector::dismissQuote(int index)
{
    const auto q = quote(index);
    if (!q)
        return q.error();
    Corrections next = m_session->corrections()->current();
    next.quotes.append(lede::dismissQuote(m_session->document().text(), *q));
    return push(next, QObject::tr("Not a Quote"));
}

Result<void> Corrector::setQuoteSpeaker(int index, int entity)
{
    const auto q = quote(index);
    if (!q)
        return q.error();
    const Analysis &a = *m_session->analysis();
    if (entity < -1 || entity >= a.entities.size())
        return usage(QObject::tr("There is no such speaker."));
    std::optional<TextRange> span;  // the speaker's mention nearest before the quote, else its first
    QString name;
    if (entity >= 0) {
        name = a.entities[entity].name;
        for (int m : a.entities[entity].mentions)
            if (!span || a.mentions[m].range.end <= q->range.start)
                span = a.mentions[m].range;
    }
    const QuoteCorrection c = lede::setQuoteSpeaker(m_session->document().text(), *q, name, span);
    Corrections next = m_session->corrections()->current();
    next.quotes.removeIf([&](const QuoteCorrection &o) {
        return o.kind == QuoteCorrection::Kind::SetSpeaker && o.quote == c.quote && o.quoteText == c.quoteText;
    });
    next.quotes.append(c);
    return push(next, entity >= 0 ? QObject::tr("Speaker: %1").arg(name) : QObject::tr("Remove Speaker"));
}

} // namespace lede
