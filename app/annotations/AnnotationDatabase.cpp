#include "annotations/AnnotationDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS annotations ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " doc_hash TEXT NOT NULL, doc_path TEXT NOT NULL DEFAULT '',"
    " exact TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
    " start_cp INTEGER, end_cp INTEGER,"
    " color INTEGER NOT NULL DEFAULT 0, style INTEGER NOT NULL DEFAULT 0,"
    " note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',"
    " target_kind INTEGER NOT NULL DEFAULT 0, target_key TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL, modified TEXT NOT NULL,"
    " origin TEXT NOT NULL DEFAULT '',"
    " version INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX IF NOT EXISTS annotations_by_hash ON annotations(doc_hash)",
    "CREATE INDEX IF NOT EXISTS annotations_by_path ON annotations(doc_path)",
    "CREATE TABLE IF NOT EXISTS palette (idx INTEGER PRIMARY KEY NOT NULL, meaning TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS corrections ("
    " doc_hash TEXT NOT NULL, kind TEXT NOT NULL, format_version INTEGER NOT NULL,"
    " json TEXT NOT NULL, modified TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1,"
    " PRIMARY KEY (doc_hash, kind))",
};

constexpr int kBusyRetries = 20;
constexpr int kBusyRetryMs = 250;

QString nextConnectionName()
{
    static std::atomic_int counter{0};
    return u"lede-annotations-%1"_s.arg(counter.fetch_add(1));
}

struct Problem {
    bool fatal = false;  // refuse without moving anything (newer schema, cannot create)
    QString reason;
    bool busy = false;   // another connection held a lock: try again, never move the file aside
};

// SQLITE_BUSY (5) or SQLITE_LOCKED (6): the file is fine, another process is using it.
bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == u"5" || code == u"6";
}

// A problem found through a failed statement: busy when the failure was a lock.
Problem failure(const QSqlError &e, const QString &reason)
{
    return Problem{false, reason, isBusy(e)};
}

// The first value of a one-row statement; on failure nothing, and the query's error in *error.
std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    return q.value(0);
}

// Opens the connection and checks it is ours (creating the schema in an empty file).
std::optional<Problem> openAndCheck(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return failure(db.lastError(), QObject::tr("it cannot be opened (%1)").arg(db.lastError().text()));
    QSqlError err;
    const auto check = scalar(db, u"PRAGMA quick_check"_s, &err);
    if (!check)
        return failure(err, QObject::tr("it is not a readable SQLite database (%1)").arg(err.text()));
    if (check->toString() != u"ok")
        return Problem{false, QObject::tr("it is damaged (%1)").arg(check->toString())};
    const auto mode = scalar(db, u"PRAGMA journal_mode=WAL"_s, &err);
    if (!mode)
        return failure(err, QObject::tr("its journal cannot be set up (%1)").arg(err.text()));
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous=FULL"_s);

    const auto appId = scalar(db, u"PRAGMA application_id"_s, &err);
    if (!appId)
        return failure(err, QObject::tr("it is not a readable SQLite database (%1)").arg(err.text()));
    if (appId->toInt() != kLedeApplicationId) {
        // Not (yet) ours. Decide under the write lock: another process may be creating the schema of
        // this new file right now, and two separate reads could see its id before and its tables after.
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return Problem{true, QObject::tr("it cannot be written (%1)").arg(q.lastError().text()), isBusy(q.lastError())};
        const auto lockedId = scalar(db, u"PRAGMA application_id"_s, &err);
        const auto tables = lockedId ? scalar(db, u"SELECT count(*) FROM sqlite_master"_s, &err) : std::nullopt;
        if (!lockedId || !tables) {
            q.exec(u"ROLLBACK"_s);
            return failure(err, QObject::tr("it is not a readable SQLite database (%1)").arg(err.text()));
        }
        if (lockedId->toInt() != kLedeApplicationId) {
            if (lockedId->toInt() != 0 || tables->toInt() > 0) {
                q.exec(u"ROLLBACK"_s);
                return Problem{false, QObject::tr("it belongs to another program")};
            }
            for (const char *stmt : kSchema) {
                if (!q.exec(QString::fromLatin1(stmt))) {
                    const QString why = q.lastError().text();
                    q.exec(u"ROLLBACK"_s);
                    return Problem{true, QObject::tr("its tables cannot be created (%1)").arg(why)};
                }
            }
            q.exec(u"PRAGMA application_id=%1"_s.arg(kLedeApplicationId));
            q.exec(u"PRAGMA user_version=%1"_s.arg(kAnnotationSchemaVersion));
        }
        if (!q.exec(u"COMMIT"_s)) {
            const QSqlError why = q.lastError();
            q.exec(u"ROLLBACK"_s);
            return Problem{true, QObject::tr("its tables cannot be created (%1)").arg(why.text()), isBusy(why)};
        }
        return std::nullopt;
    }
    const auto version = scalar(db, u"PRAGMA user_version"_s);
    if (version && version->toInt() > kAnnotationSchemaVersion)
        return Problem{true, QObject::tr("it was written by a newer version of Lede (schema %1)").arg(version->toInt())};
    return std::nullopt;
}

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return true;  // missing or empty: SQLite starts a new database there
    if (!f.open(QIODevice::ReadOnly))
        return true;  // let SQLite report the permission problem
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".damaged-"_s + stamp;
    for (int i = 2; QFileInfo::exists(target); ++i)
        target = path + u".damaged-"_s + stamp + u'-' + QString::number(i);
    if (!QFile::rename(path, target))
        return makeError(ErrorCode::Database,
                         QObject::tr("The annotation database %1 is unusable and could not be moved aside to %2.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
    for (const char *side : {"-wal", "-shm"}) {
        const QString s = path + QLatin1StringView(side);
        if (QFileInfo::exists(s))
            QFile::rename(s, target + QLatin1StringView(side));
    }
    return target;
}

} // namespace

void closeAnnotationDatabase(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<OpenedDatabase> openAnnotationDatabase(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Database, QObject::tr("Cannot create the folder %1 for the annotation database.")
                                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    OpenedDatabase out;
    out.connectionName = nextConnectionName();
    std::optional<Problem> problem;
    if (!isSqliteFile(path))
        problem = Problem{false, QObject::tr("it is not an SQLite database")};
    else
        problem = openAndCheck(path, out.connectionName);
    // Another process holding a lock (creating the schema, switching the journal) is no damage:
    // wait and try again; a file is moved aside only for what a retry cannot change.
    for (int attempt = 0; problem && problem->busy && attempt < kBusyRetries; ++attempt) {
        closeAnnotationDatabase(out.connectionName);
        QThread::msleep(kBusyRetryMs);
        out.connectionName = nextConnectionName();
        problem = openAndCheck(path, out.connectionName);
    }
    if (!problem)
        return out;

    closeAnnotationDatabase(out.connectionName);
    if (problem->busy)
        return makeError(ErrorCode::Database, QObject::tr("The annotation database %1 is kept locked by another program: %2.")
                                                  .arg(QDir::toNativeSeparators(path), problem->reason));
    if (problem->fatal)
        return makeError(ErrorCode::Database, QObject::tr("The annotation database %1 cannot be used: %2.")
                                                  .arg(QDir::toNativeSeparators(path), problem->reason));
    auto moved = moveAside(path);
    if (!moved)
        return moved.error();
    out.connectionName = nextConnectionName();
    if (auto again = openAndCheck(path, out.connectionName)) {
        closeAnnotationDatabase(out.connectionName);
        return makeError(ErrorCode::Database, QObject::tr("A new annotation database %1 cannot be started: %2.")
                                                  .arg(QDir::toNativeSeparators(path), again->reason));
    }
    out.recoveryMessage = QObject::tr("The annotation database %1 could not be used because %2. It was moved aside "
                                      "to %3 and a new, empty one was started.")
                              .arg(QDir::toNativeSeparators(path), problem->reason, QDir::toNativeSeparators(*moved));
    return out;
}

} // namespace lede
