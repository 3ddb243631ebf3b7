#include "annotations/AnnotationStore.h"

#include "annotations/AnnotationDatabase.h"
#include "annotations/AnnotationPalette.h"
#include "core/JsonWriter.h"
#include "document/Document.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

const QString kColumns = u"id, doc_hash, doc_path, exact, prefix, suffix, start_cp, end_cp, color, style, note, "
                         "tags, target_kind, target_key, created, modified, origin, version"_s;

QString tagsToJson(const QStringList &tags)
{
    if (tags.isEmpty())
        return u"[]"_s;
    JsonWriter w;
    w.beginArray();
    for (const QString &t : tags)
        w.value(t);
    w.endArray();
    return QString::fromUtf8(w.data());
}

QStringList tagsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (v.isString())
            out.append(v.toString());
    return out;
}

Annotation fromRow(const QSqlQuery &q)
{
    Annotation a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.docHash = q.value(1).toString();
    a.docPath = q.value(2).toString();
    a.anchor.exact = q.value(3).toString();
    a.anchor.prefix = q.value(4).toString();
    a.anchor.suffix = q.value(5).toString();
    a.anchor.start = q.value(6).isNull() ? -1 : q.value(6).toInt();
    a.anchor.end = q.value(7).isNull() ? -1 : q.value(7).toInt();
    a.color = q.value(8).toInt();
    a.style = AnnotationStyle(std::clamp(q.value(9).toInt(), 0, 2));
    a.note = q.value(10).toString();
    a.tags = tagsFromJson(q.value(11).toString());
    a.targetKind = TargetKind(std::clamp(q.value(12).toInt(), 0, 2));
    a.targetKey = q.value(13).toString();
    a.created = parseTimestamp(q.value(14).toString());
    a.modified = parseTimestamp(q.value(15).toString());
    a.origin = q.value(16).toString();
    a.version = q.value(17).toLongLong();
    return a;
}

void bindContent(QSqlQuery &q, const Annotation &a)
{
    q.bindValue(u":doc_hash"_s, a.docHash);
    q.bindValue(u":doc_path"_s, a.docPath);
    q.bindValue(u":exact"_s, a.anchor.exact);
    q.bindValue(u":prefix"_s, a.anchor.prefix);
    q.bindValue(u":suffix"_s, a.anchor.suffix);
    q.bindValue(u":start_cp"_s, a.anchor.hasPosition() ? QVariant(a.anchor.start) : QVariant());
    q.bindValue(u":end_cp"_s, a.anchor.hasPosition() ? QVariant(a.anchor.end) : QVariant());
    q.bindValue(u":color"_s, a.color);
    q.bindValue(u":style"_s, int(a.style));
    q.bindValue(u":note"_s, a.note);
    q.bindValue(u":tags"_s, tagsToJson(a.tags));
    q.bindValue(u":target_kind"_s, int(a.targetKind));
    q.bindValue(u":target_key"_s, a.targetKey);
    q.bindValue(u":created"_s, isoTimestamp(a.created));
    q.bindValue(u":modified"_s, isoTimestamp(a.modified));
    q.bindValue(u":origin"_s, a.origin);
}

const QString kInsert = u"INSERT OR IGNORE INTO annotations (id, doc_hash, doc_path, exact, prefix, suffix, start_cp, end_cp, "
                        "color, style, note, tags, target_kind, target_key, created, modified, origin, version) VALUES "
                        "(:id, COALESCE(:doc_hash, ''), COALESCE(:doc_path, ''), COALESCE(:exact, ''), COALESCE(:prefix, ''), "
                        "COALESCE(:suffix, ''), :start_cp, :end_cp, :color, :style, COALESCE(:note, ''), COALESCE(:tags, '[]'), "
                        ":target_kind, COALESCE(:target_key, ''), COALESCE(:created, ''), COALESCE(:modified, ''), "
                        "COALESCE(:origin, ''), 1)"_s;

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString kindName(CorrectionsKind k) { return k == CorrectionsKind::Entities ? u"entities"_s : u"quotes"_s; }

} // namespace

DocumentKey DocumentKey::of(const Document &doc)
{
    return {doc.contentHash(), canonicalPath(doc.metadata().sourcePath)};
}

QString DocumentKey::canonicalPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

QString AnnotationStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/annotations.sqlite"_s;
}

Result<std::unique_ptr<AnnotationStore>> AnnotationStore::open(const QString &path)
{
    auto opened = openAnnotationDatabase(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<AnnotationStore>(new AnnotationStore(path, opened->connectionName, opened->recoveryMessage));
}

AnnotationStore::AnnotationStore(QString path, QString connection, QString recovery)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_recoveryMessage(std::move(recovery)),
      m_db(QSqlDatabase::database(m_connection))
{
    checkForExternalChanges();  // remember the current data_version
    connect(&m_poll, &QTimer::timeout, this, &AnnotationStore::checkForExternalChanges);
    setPollInterval(2000);
}

void AnnotationStore::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(ms);
}

AnnotationStore::~AnnotationStore()
{
    m_db = QSqlDatabase();
    closeAnnotationDatabase(m_connection);
}

Error AnnotationStore::sqlError(const QString &what, const QString &detail) const
{
    return makeError(ErrorCode::Database, tr("Annotation database %1: cannot %2 (%3).")
                                              .arg(QDir::toNativeSeparators(m_path), what, detail));
}

bool AnnotationStore::beginWrite(QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(u"BEGIN IMMEDIATE"_s))
        return true;
    *error = q.lastError().text();
    return false;
}

bool AnnotationStore::commit(QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(u"COMMIT"_s))
        return true;
    *error = q.lastError().text();
    rollback();
    return false;
}

void AnnotationStore::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

Result<QList<Annotation>> AnnotationStore::load(const DocumentKey &key) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM annotations WHERE doc_hash = :hash OR (:path <> '' AND doc_path = :path2) "
                "ORDER BY start_cp, created"_s);
    q.bindValue(u":hash"_s, key.hash);
    q.bindValue(u":path"_s, key.path);
    q.bindValue(u":path2"_s, key.path);
    if (!q.exec())
        return sqlError(tr("read annotations"), q.lastError().text());
    QList<Annotation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<std::optional<Annotation>> AnnotationStore::find(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM annotations WHERE id = :id"_s);
    q.bindValue(u":id"_s, idText(id));
    if (!q.exec())
        return sqlError(tr("read an annotation"), q.lastError().text());
    if (!q.next())
        return std::optional<Annotation>();
    return std::optional<Annotation>(fromRow(q));
}

Result<Annotation> AnnotationStore::insert(const Annotation &a)
{
    auto r = insertNew({a});
    if (!r)
        return r.error();
    if (r->inserted.isEmpty())
        return makeError(ErrorCode::Conflict, tr("An annotation with id %1 already exists.").arg(idText(a.id)));
    return r->inserted.first();
}

Result<AnnotationStore::InsertReport> AnnotationStore::insertNew(const QList<Annotation> &list)
{
    InsertReport report;
    QString err;
    if (!beginWrite(&err))
        return sqlError(tr("start writing"), err);
    QSqlQuery q(m_db);
    q.prepare(kInsert);
    QSet<QString> docs;
    for (const Annotation &a : list) {
        if (a.id.isNull()) {
            rollback();
            return makeError(ErrorCode::Database, tr("An annotation without an id cannot be stored."));
        }
        q.bindValue(u":id"_s, idText(a.id));
        bindContent(q, a);
        if (!q.exec()) {
            err = q.lastError().text();
            rollback();
            return sqlError(tr("store an annotation"), err);
        }
        if (q.numRowsAffected() != 1) {  // the id is taken: keep the stored one
            ++report.duplicates;
            continue;
        }
        Annotation stored = a;
        stored.version = 1;
        report.inserted.append(stored);
        docs.insert(a.docHash + u'\n' + a.docPath);
    }
    if (!commit(&err))
        return sqlError(tr("store annotations"), err);
    for (const QString &d : std::as_const(docs))
        Q_EMIT annotationsChanged(d.section(u'\n', 0, 0), d.section(u'\n', 1));
    return report;
}

Result<Annotation> AnnotationStore::update(const Annotation &a)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE annotations SET doc_hash = COALESCE(:doc_hash, ''), doc_path = COALESCE(:doc_path, ''), exact = COALESCE(:exact, ''), prefix = COALESCE(:prefix, ''), "
              "suffix = COALESCE(:suffix, ''), start_cp = :start_cp, end_cp = :end_cp, color = :color, style = :style, "
              "note = COALESCE(:note, ''), tags = COALESCE(:tags, ''), target_kind = :target_kind, target_key = COALESCE(:target_key, ''), "
              "created = COALESCE(:created, ''), modified = COALESCE(:modified, ''), origin = COALESCE(:origin, ''), version = version + 1 "
              "WHERE id = :id AND version = :version"_s);
    bindContent(q, a);
    q.bindValue(u":id"_s, idText(a.id));
    q.bindValue(u":version"_s, a.version);
    if (!q.exec())
        return sqlError(tr("store an annotation"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("The annotation “%1” was changed or deleted in another window or program; "
                            "the list has been reloaded.")
                             .arg(a.anchor.exact.left(40)));
    Annotation stored = a;
    stored.version = a.version + 1;
    Q_EMIT annotationsChanged(a.docHash, a.docPath);
    return stored;
}

Result<void> AnnotationStore::remove(const QUuid &id, qint64 expectedVersion)
{
    auto found = find(id);
    if (!found)
        return found.error();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM annotations WHERE id = :id AND version = :version"_s);
    q.bindValue(u":id"_s, idText(id));
    q.bindValue(u":version"_s, expectedVersion);
    if (!q.exec())
        return sqlError(tr("delete an annotation"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, tr("The annotation was changed or deleted in another window or "
                                                 "program; the list has been reloaded."));
    if (*found)
        Q_EMIT annotationsChanged((*found)->docHash, (*found)->docPath);
    return {};
}

Result<QList<Annotation>> AnnotationStore::withoutDuplicates(const QList<Annotation> &list) const
{
    static const QUuid kRekey(u"{2f0d8a4e-1c55-4b9e-8a7d-6e3b9c1f0a24}"_s);
    struct Owner {
        QString hash, path;
    };
    // which of these ids are taken, and by which document (one query for the whole list)
    auto owners = [&](const QList<Annotation> &items) -> Result<QHash<QUuid, Owner>> {
        JsonWriter ids;
        ids.beginArray();
        for (const Annotation &a : items)
            ids.value(idText(a.id));
        ids.endArray();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, doc_hash, doc_path FROM annotations WHERE id IN (SELECT value FROM json_each(:ids))"_s);
        q.bindValue(u":ids"_s, QString::fromUtf8(ids.data()));
        if (!q.exec())
            return sqlError(tr("read annotations"), q.lastError().text());
        QHash<QUuid, Owner> out;
        while (q.next())
            out.insert(QUuid::fromString(q.value(0).toString()), {q.value(1).toString(), q.value(2).toString()});
        return out;
    };
    QList<Annotation> pending = list;
    QList<Annotation> out;
    QSet<QUuid> seen;
    for (int round = 0; round < 4 && !pending.isEmpty(); ++round) {
        auto taken = owners(pending);
        if (!taken)
            return taken.error();
        QList<Annotation> rekeyed;
        for (Annotation &a : pending) {
            const auto it = taken->constFind(a.id);
            if (it == taken->cend()) {
                if (!seen.contains(a.id)) {
                    seen.insert(a.id);
                    out.append(a);
                }
            } else if (it->hash != a.docHash && (a.docPath.isEmpty() || it->path != a.docPath)) {
                // taken by another document: a derived id, checked again in the next round
                a.id = QUuid::createUuidV5(kRekey, a.id.toString() + u'\n' + a.docHash);
                rekeyed.append(a);
            }  // else: already stored for this document
        }
        pending = rekeyed;
    }
    return out;
}

Result<void> AnnotationStore::removeAll(const QList<Annotation> &list)
{
    QString err;
    if (!beginWrite(&err))
        return sqlError(tr("start writing"), err);
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM annotations WHERE id = :id AND version = :version"_s);
    QSet<QString> docs;
    for (const Annotation &a : list) {
        q.bindValue(u":id"_s, idText(a.id));
        q.bindValue(u":version"_s, a.version);
        if (!q.exec()) {
            err = q.lastError().text();
            rollback();
            return sqlError(tr("delete annotations"), err);
        }
        if (q.numRowsAffected() != 1) {
            rollback();
            return makeError(ErrorCode::Conflict, tr("Some of these annotations were changed or deleted in another "
                                                     "window or program; nothing was deleted."));
        }
        docs.insert(a.docHash + u'\n' + a.docPath);
    }
    if (!commit(&err))
        return sqlError(tr("delete annotations"), err);
    for (const QString &d : std::as_const(docs))
        Q_EMIT annotationsChanged(d.section(u'\n', 0, 0), d.section(u'\n', 1));
    return {};
}

Result<QStringList> AnnotationStore::allTags() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT tags FROM annotations WHERE tags <> '[]'"_s))
        return sqlError(tr("read tags"), q.lastError().text());
    QStringList all;
    while (q.next())
        all += tagsFromJson(q.value(0).toString());
    all = normalizedTags(all);
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return all;
}

Result<QStringList> AnnotationStore::paletteNames() const
{
    QStringList names = AnnotationPalette::defaultMeanings();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT idx, meaning FROM palette"_s))
        return sqlError(tr("read the colour names"), q.lastError().text());
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (AnnotationPalette::isValidIndex(i))
            names[i] = q.value(1).toString();
    }
    return names;
}

Result<void> AnnotationStore::setPaletteName(int index, const QString &meaning)
{
    if (!AnnotationPalette::isValidIndex(index))
        return makeError(ErrorCode::Usage, tr("There is no colour number %1.").arg(index));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO palette (idx, meaning) VALUES (:idx, COALESCE(:meaning, ''))"_s);
    q.bindValue(u":idx"_s, index);
    q.bindValue(u":meaning"_s, meaning.simplified());
    if (!q.exec())
        return sqlError(tr("store a colour name"), q.lastError().text());
    Q_EMIT paletteChanged();
    return {};
}

Result<CorrectionsBlob> AnnotationStore::corrections(const QString &docHash, CorrectionsKind kind) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT format_version, json, modified, revision FROM corrections WHERE doc_hash = :h AND kind = :k"_s);
    q.bindValue(u":h"_s, docHash);
    q.bindValue(u":k"_s, kindName(kind));
    if (!q.exec())
        return sqlError(tr("read corrections"), q.lastError().text());
    CorrectionsBlob b;
    if (q.next()) {
        b.formatVersion = q.value(0).toInt();
        b.json = q.value(1).toString();
        b.modified = parseTimestamp(q.value(2).toString());
        b.revision = q.value(3).toLongLong();
    }
    return b;
}

Result<CorrectionsBlob> AnnotationStore::setCorrections(const QString &docHash, CorrectionsKind kind,
                                                        int formatVersion, const QString &json)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO corrections (doc_hash, kind, format_version, json, modified, revision) "
              "VALUES (:h, :k, :v, COALESCE(:j, ''), :m, 1) ON CONFLICT (doc_hash, kind) DO UPDATE SET "
              "format_version = excluded.format_version, json = excluded.json, modified = excluded.modified, "
              "revision = revision + 1"_s);
    q.bindValue(u":h"_s, docHash);
    q.bindValue(u":k"_s, kindName(kind));
    q.bindValue(u":v"_s, formatVersion);
    q.bindValue(u":j"_s, json);
    q.bindValue(u":m"_s, isoTimestamp(nowUtc()));
    if (!q.exec())
        return sqlError(tr("store corrections"), q.lastError().text());
    return corrections(docHash, kind);
}

bool AnnotationStore::checkForExternalChanges()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return false;
    const qint64 v = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && v != m_dataVersion;
    m_dataVersion = v;
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

} // namespace lede
