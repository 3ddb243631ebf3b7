#include "session/DocumentCorrections.h"

#include "annotations/AnnotationStore.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

constexpr int kFormatVersion = 1;

QString rulesKey() { return QString(DocumentCorrections::kRulesKey); }

// Parses an entity-corrections blob ("" = none).
Result<EntityCorrections> parseEntities(const CorrectionsBlob &b)
{
    if (b.formatVersion == 0 || b.json.isEmpty())
        return EntityCorrections{};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(b.json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Parse,
                         QObject::tr("The entity corrections are damaged: %1.").arg(err.errorString()));
    return EntityCorrections::fromJson(doc.object());
}

QString entitiesJson(const QList<EntityCorrection> &corrections, const QList<EntityRule> &rules)
{
    EntityCorrections c{corrections, rules};
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

Analysis applyAllCorrections(QStringView text, Analysis machine, const Corrections &corrections)
{
    if (corrections.isEmpty())
        return machine;
    Analysis a = (corrections.entities.isEmpty() && corrections.rules.isEmpty())
                     ? std::move(machine)
                     : applyCorrections(text, std::move(machine), corrections.entityCorrections());
    if (!corrections.quotes.isEmpty())
        a.quotes = applyQuoteCorrections(text, a.quotes, a.entities, corrections.quotes).quotes;
    return a;
}

DocumentCorrections::DocumentCorrections(QObject *parent) : QObject(parent) {}

DocumentCorrections::~DocumentCorrections() = default;

AnnotationStore *DocumentCorrections::store() const { return m_store.data(); }

void DocumentCorrections::setStore(AnnotationStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &AnnotationStore::changedElsewhere, this, [this] {
            if (auto r = reload(); !r)
                Q_EMIT errorOccurred(r.error().message);
        });
    }
}

DocumentCorrections::Read DocumentCorrections::read(const QString &docHash) const
{
    Read out;
    if (!m_store) {
        out.value.rules = m_memoryRules;
        if (docHash == m_hash) {
            out.value.entities = m_current.entities;
            out.value.quotes = m_current.quotes;
        }
        return out;
    }
    QStringList errors;
    auto blob = [&](const QString &key, CorrectionsKind kind) -> CorrectionsBlob {
        auto b = m_store->corrections(key, kind);
        if (!b) {
            errors << b.error().message;
            return {};
        }
        return *b;
    };
    if (auto rules = parseEntities(blob(rulesKey(), CorrectionsKind::Entities)))
        out.value.rules = rules->rules;
    else
        errors << rules.error().message;
    if (!docHash.isEmpty()) {
        if (auto ents = parseEntities(blob(docHash, CorrectionsKind::Entities)))
            out.value.entities = ents->corrections;
        else
            errors << ents.error().message;
        const CorrectionsBlob q = blob(docHash, CorrectionsKind::Quotes);
        if (q.formatVersion != 0 && !q.json.isEmpty()) {
            if (auto quotes = quoteCorrectionsFromJson(q.json.toUtf8()))
                out.value.quotes = *quotes;
            else
                errors << quotes.error().message;
        }
    }
    out.error = errors.join(u' ');
    return out;
}

void DocumentCorrections::setCurrent(const Corrections &c)
{
    if (c == m_current)
        return;
    m_current = c;
    Q_EMIT changed();
}

Result<void> DocumentCorrections::load(const QString &docHash)
{
    m_hash = docHash;
    if (!m_store) {
        // in memory: another document's corrections are not kept
        setCurrent(Corrections{{}, m_memoryRules, {}});
        return {};
    }
    const Read r = read(docHash);
    setCurrent(r.value);
    if (!r.error.isEmpty())
        return makeError(ErrorCode::Parse, r.error);
    return {};
}

Result<void> DocumentCorrections::reload()
{
    if (!m_store)
        return {};
    return load(m_hash);
}

Result<void> DocumentCorrections::write(const QString &docHash, const Corrections &before, const Corrections &next)
{
    if (!m_store) {
        m_memoryRules = next.rules;
        return {};
    }
    if (next.rules != before.rules) {
        if (auto r = m_store->setCorrections(rulesKey(), CorrectionsKind::Entities, kFormatVersion,
                                             entitiesJson({}, next.rules));
            !r)
            return r.error();
    }
    if (next.entities != before.entities) {
        if (auto r = m_store->setCorrections(docHash, CorrectionsKind::Entities, kFormatVersion,
                                             entitiesJson(next.entities, {}));
            !r)
            return r.error();
    }
    if (next.quotes != before.quotes) {
        if (auto r = m_store->setCorrections(docHash, CorrectionsKind::Quotes, kFormatVersion,
                                             QString::fromUtf8(quoteCorrectionsToJson(next.quotes)));
            !r)
            return r.error();
    }
    return {};
}

Result<void> DocumentCorrections::replace(const QString &docHash, const Corrections &expected, const Corrections &next)
{
    if (docHash.isEmpty() || docHash != m_hash)
        return makeError(ErrorCode::Conflict, tr("These corrections belong to a document that is no longer open."));
    const Read stored = read(docHash);
    if (!stored.error.isEmpty())
        return makeError(ErrorCode::Database, stored.error);
    const bool conflict = (next.rules != expected.rules && stored.value.rules != expected.rules)
                          || (next.entities != expected.entities && stored.value.entities != expected.entities)
                          || (next.quotes != expected.quotes && stored.value.quotes != expected.quotes);
    if (conflict) {
        setCurrent(stored.value);
        return makeError(ErrorCode::Conflict,
                         tr("The corrections were changed in another window since; they were reloaded."));
    }
    // the parts this change does not touch stay as stored (another window may have changed them)
    Corrections result = stored.value;
    if (next.rules != expected.rules)
        result.rules = next.rules;
    if (next.entities != expected.entities)
        result.entities = next.entities;
    if (next.quotes != expected.quotes)
        result.quotes = next.quotes;
    if (auto r = write(docHash, stored.value, result); !r) {
        setCurrent(read(docHash).value);
        return r;
    }
    setCurrent(result);
    return {};
}

} // namespace lede
