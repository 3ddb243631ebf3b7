// AnnotationDatabase: opens the SQLite file behind AnnotationStore (internal to the store).
//
// - WAL journal, synchronous=FULL, a busy timeout so that two windows or two processes
//   wait for each other instead of failing; schema created in one IMMEDIATE transaction.
// - A file that is not an SQLite database, is damaged (quick_check fails) or belongs to
//   another program (foreign application_id / tables) is moved aside as
//   "<name>.damaged-YYYYMMDD-HHMMSS[-N]" (with its -wal/-shm files) — never overwritten —
//   and a new database is started; recoveryMessage tells the user what happened.
// - A database written by a newer Lede (higher user_version) is refused, not touched.
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace lede {

struct OpenedDatabase {
    QString connectionName;   // QSqlDatabase connection, owned by the caller (closeDatabase)
    QString recoveryMessage;  // non-empty when a damaged or foreign file was moved aside
};

constexpr int kAnnotationSchemaVersion = 1;
constexpr int kLedeApplicationId = 0x4C454445;  // "LEDE"
constexpr int kBusyTimeoutMs = 10000;

Result<OpenedDatabase> openAnnotationDatabase(const QString &path);
void closeAnnotationDatabase(const QString &connectionName);

} // namespace lede
