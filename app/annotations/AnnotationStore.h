// AnnotationStore: every annotation the reader ever made, in one SQLite database
// (QStandardPaths::AppDataLocation/annotations.sqlite by default). Every change is written
// at once, in its own transaction — there is nothing to save by hand.
//
// Keys: an annotation belongs to the document it was made on, by content hash AND path
// (DocumentKey). load(key) returns those whose hash equals the document's (the same text
// from any path) or whose path equals the document's (the file at that path, even edited).
//
// Concurrency: several stores (windows, processes) may use the same file. SQLite's WAL and a
// busy timeout serialise writers; each row carries a version, and update()/remove() only
// succeed when the caller's version is the stored one — otherwise they fail with
// ErrorCode::Conflict (someone else changed or deleted it; reload). The store polls
// PRAGMA data_version (every 2 s by default; cheap) and emits changedElsewhere() when another
// connection (another process, another store object) committed.
//
// Also keeps per-document JSON blobs for other features (entity and quote corrections) and
// the palette's colour meanings.
//
//   auto store = AnnotationStore::open();            // Result<std::unique_ptr<AnnotationStore>>
//   if (!(*store)->recoveryMessage().isEmpty()) tell the user;
//   auto list = (*store)->load(DocumentKey::of(doc));
//
// Thread-safety: use a store from the thread that opened it (a QSqlDatabase rule). Open one
// store per thread or process; share one store between the windows of a process.
#pragma once

#include "annotations/Annotation.h"
#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace lede {

class Document;

struct DocumentKey {
    QString hash;  // Document::contentHash()
    QString path;  // canonical file path; empty for stdin / the sample
    static DocumentKey of(const Document &doc);
    static QString canonicalPath(const QString &path);
    bool operator==(const DocumentKey &) const = default;
};

enum class CorrectionsKind { Entities, Quotes };

// Opaque JSON owned by another feature; formatVersion is that feature's schema version.
struct CorrectionsBlob {
    int formatVersion = 0;  // 0 = nothing stored
    QString json;
    QDateTime modified;
    qint64 revision = 0;    // row version in the store
};

class AnnotationStore : public QObject {
    Q_OBJECT
public:
    static QString defaultPath();
    // Opens (creating when missing) the database at path. A damaged or foreign file is moved
    // aside and a new one started (see recoveryMessage()).
    static Result<std::unique_ptr<AnnotationStore>> open(const QString &path = defaultPath());
    ~AnnotationStore() override;

    QString path() const { return m_path; }
    // Non-empty when open() had to move a damaged or foreign file aside: show it to the user.
    QString recoveryMessage() const { return m_recoveryMessage; }

    Result<QList<Annotation>> load(const DocumentKey &key) const;
    Result<std::optional<Annotation>> find(const QUuid &id) const;

    // Stores a new annotation (id must be new); returns it with version 1.
    Result<Annotation> insert(const Annotation &a);
    // Stores the edited annotation if a.version is still the stored version; returns it with
    // the next version. ErrorCode::Conflict otherwise.
    Result<Annotation> update(const Annotation &a);
    // Deletes the annotation if expectedVersion is still the stored version (Conflict otherwise).
    Result<void> remove(const QUuid &id, qint64 expectedVersion);

    struct InsertReport {
        QList<Annotation> inserted;  // as stored (version 1)
        int duplicates = 0;          // ids already present: skipped, the stored one untouched
    };
    // Inserts all new annotations in one transaction (all or nothing).
    Result<InsertReport> insertNew(const QList<Annotation> &list);
    // Prepares imported annotations for insertNew: drops those already stored for their own
    // document (importing twice adds nothing) and gives a new, derived id to those whose id is
    // taken by an annotation of another document (the same export imported into two articles).
    Result<QList<Annotation>> withoutDuplicates(const QList<Annotation> &list) const;
    // Removes several in one transaction; all must still have their expected version.
    Result<void> removeAll(const QList<Annotation> &list);

    // Every tag used in any annotation, sorted case-insensitively (for autocomplete).
    Result<QStringList> allTags() const;

    // The palette's colour meanings (AnnotationPalette::kSize entries, defaults filled in).
    Result<QStringList> paletteNames() const;
    Result<void> setPaletteName(int index, const QString &meaning);

    Result<CorrectionsBlob> corrections(const QString &docHash, CorrectionsKind kind) const;
    Result<CorrectionsBlob> setCorrections(const QString &docHash, CorrectionsKind kind, int formatVersion,
                                           const QString &json);

    // Emits changedElsewhere() and returns true when another connection committed a change
    // since the previous check. Called by the poll timer; tests may call it directly.
    bool checkForExternalChanges();
    void setPollInterval(int ms);  // 0 turns polling off; default 2000

Q_SIGNALS:
    // After this store committed a change to annotations of that document (key as stored).
    void annotationsChanged(const QString &docHash, const QString &docPath);
    void paletteChanged();
    // Another connection (process or store object) committed changes: reload what you show.
    void changedElsewhere();

private:
    AnnotationStore(QString path, QString connection, QString recovery);
    Error sqlError(const QString &what, const QString &detail) const;
    bool beginWrite(QString *error);
    bool commit(QString *error);
    void rollback();

    QString m_path;
    QString m_connection;
    QString m_recoveryMessage;
    mutable QSqlDatabase m_db;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
};

} // namespace lede
