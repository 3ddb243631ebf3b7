// AnnotationStore: round trip, keys, reopen, damaged and foreign files, conflicts between two
// connections, two processes writing at once, palette names and correction blobs.
#include "annotations/AnnotationDatabase.h"
#include "annotations/AnnotationPalette.h"
#include "annotations/AnnotationStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

Annotation sample(const QString &hash = u"hash-a"_s, const QString &path = u"/tmp/a.txt"_s)
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.docHash = hash;
    a.docPath = path;
    a.anchor = {u"exact “text” 😀"_s, u"before "_s, u" after"_s, 10, 24};
    a.color = 3;
    a.style = AnnotationStyle::Underline;
    a.note = u"A *Markdown* note\nwith two lines, \"quotes\" and 'apostrophes'"_s;
    a.tags = {u"politics"_s, u"follow up"_s};
    a.targetKind = TargetKind::Entity;
    a.targetKey = u"PER|Kyaw Win"_s;
    a.created = nowUtc().addSecs(-60);
    a.modified = nowUtc();
    a.origin = u"http://example.org/anno1"_s;
    return a;
}

std::unique_ptr<AnnotationStore> openStore(const QString &path)
{
    auto s = AnnotationStore::open(path);
    if (!s)
        qWarning() << s.error().message;
    return s ? std::move(*s) : nullptr;
}

QStringList movedAside(const QString &dbPath)
{
    const QFileInfo fi(dbPath);
    return fi.dir().entryList({fi.fileName() + u".damaged-*"_s}, QDir::Files);
}

} // namespace

class TestAnnotationStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"a.sqlite"_s));
        QVERIFY(store);
        QVERIFY(store->recoveryMessage().isEmpty());
        const Annotation a = sample();
        auto stored = store->insert(a);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->version, 1);
        auto list = store->load({u"hash-a"_s, u"/tmp/a.txt"_s});
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().sameContent(a));
        QCOMPARE(list->first().tags, a.tags);
        QCOMPARE(list->first().anchor, a.anchor);
        // orphan without position and with empty fields survives too
        Annotation bare;
        bare.id = QUuid::createUuid();
        bare.docHash = u"hash-a"_s;
        bare.created = bare.modified = nowUtc();
        QVERIFY(store->insert(bare));
        auto found = store->find(bare.id);
        QVERIFY(found && found->has_value());
        QVERIFY(!(*found)->anchor.hasPosition());
        QVERIFY((*found)->sameContent(bare));
        // a second insert of the same id is refused, the stored one untouched
        QCOMPARE(store->insert(a).error().code, ErrorCode::Conflict);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("found");
        QTest::newRow("same hash, same path") << u"hash-a"_s << u"/tmp/a.txt"_s << true;
        QTest::newRow("same text elsewhere") << u"hash-a"_s << u"/home/x/copy.txt"_s << true;
        QTest::newRow("file edited in place") << u"hash-b"_s << u"/tmp/a.txt"_s << true;
        QTest::newRow("stdin, same text") << u"hash-a"_s << QString() << true;
        QTest::newRow("another document") << u"hash-b"_s << u"/tmp/b.txt"_s << false;
        QTest::newRow("another stdin text") << u"hash-b"_s << QString() << false;
    }
    void keys()
    {
        QFETCH(QString, hash);
        QFETCH(QString, path);
        QFETCH(bool, found);
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"a.sqlite"_s));
        QVERIFY(store->insert(sample()));
        Annotation noPath = sample(u"hash-c"_s, QString());
        QVERIFY(store->insert(noPath));
        auto list = store->load({hash, path});
        QVERIFY(list);
        QCOMPARE(list->size(), found ? 1 : 0);
    }

    void reopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/a.sqlite"_s);
        const Annotation a = sample();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->insert(a));
        }
        auto again = openStore(path);
        QVERIFY(again);
        QVERIFY(again->recoveryMessage().isEmpty());
        auto list = again->load({a.docHash, a.docPath});
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().sameContent(a));
    }

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("movedAside");
        QTest::newRow("plain text") << QByteArray("these are my notes, not a database\n") << true;
        QByteArray truncated("SQLite format 3\0", 16);
        truncated.append(QByteArray(4096, '\x5a'));
        QTest::newRow("damaged sqlite") << truncated << true;
        QTest::newRow("empty file") << QByteArray() << false;
    }
    void damagedFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, movedAside);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(!store->recoveryMessage().isEmpty(), movedAside);
        const QStringList aside = ::movedAside(path);
        QCOMPARE(aside.size(), movedAside ? 1 : 0);
        if (movedAside) {
            QVERIFY(store->recoveryMessage().contains(aside.first()));
            QFile old(dir.filePath(aside.first()));
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), content);  // nothing overwritten
        }
        QVERIFY(store->insert(sample()));
        QCOMPARE(store->load({u"hash-a"_s, QString()})->size(), 1);
    }

    void foreignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('soup')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->recoveryMessage().contains(u"another program"_s));
        QCOMPARE(movedAside(path).size(), 1);
        QVERIFY(store->insert(sample()));
    }

    void newerSchemaIsRefusedNotMoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        { QVERIFY(openStore(path)); }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        auto store = AnnotationStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Database);
        QVERIFY(store.error().message.contains(u"newer"_s));
        QVERIFY(movedAside(path).isEmpty());
    }

    void conflictsBetweenConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        auto one = openStore(path);
        auto two = openStore(path);
        QVERIFY(one && two);
        one->setPollInterval(0);
        two->setPollInterval(0);
        auto a = one->insert(sample());
        QVERIFY(a);
        QSignalSpy elsewhere(two.get(), &AnnotationStore::changedElsewhere);
        QVERIFY(two->checkForExternalChanges());
        QCOMPARE(elsewhere.size(), 1);
        QVERIFY(!two->checkForExternalChanges());
        Annotation seenByTwo = two->load({a->docHash, a->docPath})->first();

        Annotation edited = *a;
        edited.note = u"edited in window one"_s;
        auto v2 = one->update(edited);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);

        seenByTwo.note = u"edited in window two"_s;
        auto stale = two->update(seenByTwo);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(two->remove(seenByTwo.id, seenByTwo.version).error().code, ErrorCode::Conflict);
        QCOMPARE((*two->find(a->id))->note, u"edited in window one"_s);  // not overwritten
        QVERIFY(two->remove(a->id, 2));
        QVERIFY(!(*one->find(a->id)).has_value());
    }

    void twoProcessesWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        const int count = 150;
        QProcess p1, p2;
        p1.start(QStringLiteral(LEDE_ANNOTATION_WRITER), {path, u"one"_s, QString::number(count)});
        p2.start(QStringLiteral(LEDE_ANNOTATION_WRITER), {path, u"two"_s, QString::number(count)});
        QVERIFY(p1.waitForFinished(120000));
        QVERIFY(p2.waitForFinished(120000));
        QVERIFY2(p1.exitStatus() == QProcess::NormalExit && p1.exitCode() == 0, p1.readAllStandardError().constData());
        QVERIFY2(p2.exitStatus() == QProcess::NormalExit && p2.exitCode() == 0, p2.readAllStandardError().constData());
        QCOMPARE(p1.readAllStandardOutput().count("ack "), count);
        QCOMPARE(p2.readAllStandardOutput().count("ack "), count);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->recoveryMessage().isEmpty());
        auto list = store->load({u"writer-test"_s, QString()});
        QVERIFY(list);
        QCOMPARE(list->size(), 2 * count);
    }

    void paletteNamesPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            auto store = openStore(path);
            QCOMPARE(store->paletteNames()->value(1), u"dispute"_s);
            QSignalSpy spy(store.get(), &AnnotationStore::paletteChanged);
            QVERIFY(store->setPaletteName(1, u"  contested  claim "_s));
            QCOMPARE(spy.size(), 1);
            QVERIFY(!store->setPaletteName(99, u"x"_s));
        }
        auto store = openStore(path);
        const QStringList names = *store->paletteNames();
        QCOMPARE(names.size(), AnnotationPalette::kSize);
        QCOMPARE(names[1], u"contested claim"_s);
        QCOMPARE(names[0], u"important"_s);
    }

    void correctionsBlobs()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"a.sqlite"_s));
        QCOMPARE(store->corrections(u"h"_s, CorrectionsKind::Entities)->formatVersion, 0);
        auto first = store->setCorrections(u"h"_s, CorrectionsKind::Entities, 2, u"{\"merge\":[1,2]}"_s);
        QVERIFY(first);
        QCOMPARE(first->revision, 1);
        auto second = store->setCorrections(u"h"_s, CorrectionsKind::Entities, 3, u"{\"merge\":[]}"_s);
        QCOMPARE(second->revision, 2);
        QCOMPARE(second->formatVersion, 3);
        QCOMPARE(store->corrections(u"h"_s, CorrectionsKind::Entities)->json, u"{\"merge\":[]}"_s);
        QCOMPARE(store->corrections(u"h"_s, CorrectionsKind::Quotes)->formatVersion, 0);  // kinds are separate
    }

    void withoutDuplicates()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"a.sqlite"_s));
        const Annotation a = sample(u"hash-a"_s, u"/tmp/a.txt"_s);
        QVERIFY(store->insert(a));
        Annotation sameDoc = a;
        sameDoc.note = u"imported again"_s;
        Annotation otherDoc = a;
        otherDoc.docHash = u"hash-b"_s;
        otherDoc.docPath = u"/tmp/b.txt"_s;
        Annotation fresh = sample();
        auto r = store->withoutDuplicates({sameDoc, otherDoc, fresh, fresh});
        QVERIFY(r);
        QCOMPARE(r->size(), 2);
        const Annotation rekeyed = r->at(0).docHash == u"hash-b" ? r->at(0) : r->at(1);
        QCOMPARE(rekeyed.docHash, u"hash-b"_s);
        QVERIFY(rekeyed.id != a.id);  // re-keyed: a.id belongs to another document
        QVERIFY(r->at(0).id == fresh.id || r->at(1).id == fresh.id);
        // stable: the same input gives the same derived id
        QCOMPARE(store->withoutDuplicates({otherDoc})->first().id, rekeyed.id);
        QCOMPARE(store->insertNew(*r)->inserted.size(), 2);
        QVERIFY(store->withoutDuplicates({sameDoc, otherDoc, fresh})->isEmpty());
    }

    void allTags()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"a.sqlite"_s));
        Annotation a = sample();
        a.tags = {u"Zeta"_s, u"alpha"_s};
        Annotation b = sample();
        b.tags = {u"ALPHA"_s, u"beta"_s};
        QVERIFY(store->insert(a));
        QVERIFY(store->insert(b));
        QCOMPARE(*store->allTags(), (QStringList{u"alpha"_s, u"beta"_s, u"Zeta"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
