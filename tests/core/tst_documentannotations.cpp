// DocumentAnnotations: create / edit / delete / re-attach with undo and redo, the model
// signals, reopening, orphans kept, and changes from another window (conflicts, reloads).
#include "AnnotationFixture.h"
#include "annotations/DocumentAnnotations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QString kText = u"The minister resigned on Friday. Protesters gathered outside parliament. "
                      "The minister denied any wrongdoing."_s;

TextRange rangeOf(const QString &text, const QString &s)
{
    const int at = int(text.indexOf(s));
    return {at, at + int(s.size())};
}

struct Fixture : test::AnnotationFixture {
    Fixture() : AnnotationFixture(kText) {}
};

} // namespace

class TestDocumentAnnotations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lookups_data()
    {
        QTest::addColumn<QString>("passage");   // the range looked up with onPassage
        QTest::addColumn<bool>("onPassage");    // found?
        QTest::addColumn<QString>("key");       // the key looked up with onTarget (entity kind)
        QTest::addColumn<bool>("onTarget");
        QTest::newRow("the exact passage") << u"resigned on Friday"_s << true << u"PER|Nobody"_s << false;
        QTest::newRow("a longer passage") << u"minister resigned on Friday"_s << false << QString() << false;
        QTest::newRow("the entity note's passage is no passage annotation")
            << u"Protesters"_s << false << u"ORG|Protesters"_s << true;
    }
    void lookups()
    {
        QFETCH(QString, passage);
        QFETCH(bool, onPassage);
        QFETCH(QString, key);
        QFETCH(bool, onTarget);
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.session->create({.range = rangeOf(kText, u"resigned on Friday"_s), .color = 1}));
        QVERIFY(f.session->create({.range = rangeOf(kText, u"Protesters"_s), .targetKind = TargetKind::Entity,
                                   .targetKey = u"ORG|Protesters"_s}));
        const Annotation *p = f.session->onPassage(rangeOf(kText, passage));
        QCOMPARE(p != nullptr, onPassage);
        if (p)
            QCOMPARE(p->range, rangeOf(kText, passage));
        const Annotation *t = f.session->onTarget(TargetKind::Entity, key);
        QCOMPARE(t != nullptr, onTarget);
        if (t)
            QCOMPARE(t->targetKey, key);
    }

    void createUndoRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy aboutToInsert(f.session.get(), &DocumentAnnotations::aboutToBeInserted);
        QSignalSpy removed(f.session.get(), &DocumentAnnotations::removed);
        auto id = f.session->create({.range = rangeOf(kText, u"resigned on Friday"_s), .color = 1,
                                     .note = u"Check the date"_s, .tags = {u"timeline"_s}});
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(f.session->count(), 1);
        QCOMPARE(aboutToInsert.size(), 1);
        const Annotation &a = f.session->at(0);
        QCOMPARE(a.status, AnchorStatus::Anchored);
        QCOMPARE(a.anchor.exact, u"resigned on Friday"_s);
        QCOMPARE(a.docHash, f.doc.contentHash());
        QCOMPARE(f.session->undoStack()->undoText(), u"Highlight"_s);
        QCOMPARE(f.store->load(f.session->key())->size(), 1);  // stored at once

        QVERIFY(f.session->undoStack()->undo());
        QCOMPARE(f.session->count(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(f.store->load(f.session->key())->size(), 0);
        QVERIFY(f.session->undoStack()->canRedo());

        QVERIFY(f.session->undoStack()->redo());
        QCOMPARE(f.session->count(), 1);
        QCOMPARE(f.session->at(0).id, *id);
        QCOMPARE(f.session->at(0).note, u"Check the date"_s);
        QCOMPARE(f.store->load(f.session->key())->size(), 1);
    }

    void invalidCreate_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("color");
        QTest::newRow("empty selection") << 4 << 4 << 0;
        QTest::newRow("past the end") << 10 << 10000 << 0;
        QTest::newRow("negative") << -3 << 5 << 0;
        QTest::newRow("no such colour") << 0 << 5 << 42;
    }
    void invalidCreate()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, color);
        Fixture f;
        QVERIFY(f.open());
        auto r = f.session->create({.range = {start, end}, .color = color});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QCOMPARE(f.session->count(), 0);
        QVERIFY(!f.session->undoStack()->canUndo());
    }

    void editUndoRedo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("note") << u"note"_s << u"Edit note"_s;
        QTest::newRow("tags") << u"tags"_s << u"Edit tags"_s;
        QTest::newRow("colour") << u"color"_s << u"Change highlight"_s;
        QTest::newRow("style") << u"style"_s << u"Change highlight"_s;
        QTest::newRow("entity target") << u"target"_s << u"Edit annotation"_s;
    }
    void editUndoRedo()
    {
        QFETCH(QString, field);
        QFETCH(QString, undoText);
        Fixture f;
        QVERIFY(f.open());
        auto id = f.session->create({.range = rangeOf(kText, u"Protesters"_s), .note = u"first"_s,
                                     .tags = {u"a"_s}});
        QVERIFY(id);
        const Annotation before = f.session->at(0);
        Annotation edited = before;
        if (field == u"note")
            edited.note = u"second, with **Markdown**"_s;
        else if (field == u"tags")
            edited.tags = {u"a"_s, u"b"_s, u" b "_s};
        else if (field == u"color")
            edited.color = 5;
        else if (field == u"style")
            edited.style = AnnotationStyle::StrikeThrough;
        else {
            edited.targetKind = TargetKind::Entity;
            edited.targetKey = u"ORG|Protesters"_s;
        }
        QSignalSpy changed(f.session.get(), &DocumentAnnotations::changed);
        QVERIFY(f.session->update(edited));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.session->undoStack()->undoText(), undoText);
        const Annotation after = f.session->at(0);
        QVERIFY(!after.sameContent(before));
        QVERIFY(after.modified >= before.modified);
        if (field == u"tags")
            QCOMPARE(after.tags, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY((*f.store->find(*id))->sameContent(after));

        QVERIFY(f.session->undoStack()->undo());
        QVERIFY(f.session->at(0).sameContent(before));
        QVERIFY((*f.store->find(*id))->sameContent(before));
        QVERIFY(f.session->undoStack()->redo());
        QVERIFY(f.session->at(0).sameContent(after));
        // an unchanged copy is no step
        const int steps = f.session->undoStack()->count();
        QVERIFY(f.session->update(f.session->at(0)));
        QCOMPARE(f.session->undoStack()->count(), steps);
    }

    void deleteUndo()
    {
        Fixture f;
        QVERIFY(f.open());
        auto id = f.session->create({.range = rangeOf(kText, u"denied any wrongdoing"_s), .note = u"n"_s});
        QVERIFY(id);
        const Annotation a = f.session->at(0);
        QVERIFY(f.session->remove(*id));
        QCOMPARE(f.session->count(), 0);
        QVERIFY(!(*f.store->find(*id)).has_value());
        QVERIFY(f.session->undoStack()->undo());
        QCOMPARE(f.session->count(), 1);
        QVERIFY(f.session->at(0).sameContent(a));
        QVERIFY((*f.store->find(*id))->sameContent(a));
        // create → edit → undo both → the annotation is gone
        QVERIFY(f.session->undoStack()->redo());
        QVERIFY(f.session->undoStack()->undo());
        Annotation e = f.session->at(0);
        e.note = u"changed"_s;
        QVERIFY(f.session->update(e));
        QVERIFY(f.session->undoStack()->undo());
        QVERIFY(f.session->undoStack()->undo());
        QVERIFY(f.session->undoStack()->undo());
        QCOMPARE(f.session->count(), 0);
    }

    void reopenShowsThem()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.session->create({.range = rangeOf(kText, u"parliament"_s), .note = u"which one?"_s}));
        const QString path = f.store->path();
        f.session.reset();
        f.store.reset();
        auto store = AnnotationStore::open(path);
        QVERIFY(store);
        DocumentAnnotations again(store->get());
        QVERIFY(again.setDocument(Document::fromPlainText(kText)));
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.at(0).note, u"which one?"_s);
        QCOMPARE(again.at(0).status, AnchorStatus::Anchored);
        QCOMPARE(again.at(0).range, rangeOf(kText, u"parliament"_s));
        QVERIFY(!again.undoStack()->canUndo());  // history is per session
    }

    void changedTextKeepsOrphans()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.session->create({.range = rangeOf(kText, u"Protesters gathered"_s)}));
        QVERIFY(f.session->create({.range = rangeOf(kText, u"on Friday"_s)}));
        // the same file, edited: found by path
        DocumentMetadata meta;
        meta.sourcePath = u"/nonexistent/article.txt"_s;
        QList<Annotation> all = *f.store->load(f.session->key());
        for (Annotation a : all) {  // pretend they were made on that file
            a.docPath = DocumentKey::canonicalPath(meta.sourcePath);
            QVERIFY(f.store->update(a));
        }
        const QString edited = QString(kText).replace(u"on Friday"_s, u"yesterday"_s).prepend(u"Update: "_s);
        DocumentAnnotations s2(f.store.get());
        QVERIFY(s2.setDocument(Document(edited, {}, meta)));
        QCOMPARE(s2.count(), 2);
        int orphans = 0, moved = 0;
        for (const Annotation &a : s2.annotations()) {
            orphans += a.isOrphan();
            moved += a.status == AnchorStatus::Moved;
        }
        QCOMPARE(orphans, 1);
        QCOMPARE(moved, 1);
        // re-attach the orphan to a new selection
        int row = s2.annotations().first().isOrphan() ? 0 : 1;
        QVERIFY(s2.reattach(s2.at(row).id, rangeOf(edited, u"yesterday"_s)));
        QCOMPARE(s2.at(row).status, AnchorStatus::Anchored);
        QCOMPARE(s2.at(row).anchor.exact, u"yesterday"_s);
        QVERIFY(s2.undoStack()->undo());
        QVERIFY(s2.at(row).isOrphan());
    }

    void otherWindowChangesAreSeenAndNotOverwritten()
    {
        Fixture f;
        QVERIFY(f.open());
        auto id = f.session->create({.range = rangeOf(kText, u"minister"_s), .note = u"mine"_s});
        QVERIFY(id);
        // a second window on the same document, own connection (like another process)
        auto otherStore = AnnotationStore::open(f.store->path());
        QVERIFY(otherStore);
        (*otherStore)->setPollInterval(0);
        DocumentAnnotations other(otherStore->get());
        QVERIFY(other.setDocument(f.doc));
        QCOMPARE(other.count(), 1);
        Annotation theirs = other.at(0);
        theirs.note = u"theirs"_s;
        QVERIFY(other.update(theirs));

        // window one has not reloaded yet: undoing its creation must not delete their version
        QSignalSpy errors(f.session.get(), &DocumentAnnotations::errorOccurred);
        auto undo = f.session->undoStack()->undo();
        QVERIFY(!undo);
        QCOMPARE(undo.error().code, ErrorCode::Conflict);
        QVERIFY(!f.session->undoStack()->canUndo());
        QCOMPARE((*f.store->find(*id))->note, u"theirs"_s);

        // the poll notices the other connection's commit and reloads
        QSignalSpy elsewhere(f.session.get(), &DocumentAnnotations::changedElsewhere);
        QVERIFY(f.session->reload());
        QCOMPARE(f.session->at(0).note, u"theirs"_s);
        Annotation again = other.at(0);
        again.note = u"theirs, again"_s;
        QVERIFY(other.update(again));
        QVERIFY(f.store->checkForExternalChanges());
        QCOMPARE(elsewhere.size(), 1);
        QCOMPARE(f.session->at(0).note, u"theirs, again"_s);

        // a stale edit from window one is refused, not silently applied
        Annotation stale = other.at(0);
        stale.note = u"other wins"_s;
        QVERIFY(other.update(stale));
        Annotation mine = f.session->at(0);
        mine.note = u"mine wins?"_s;
        auto r = f.session->update(mine);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE((*f.store->find(*id))->note, u"other wins"_s);
        QCOMPARE(f.session->at(0).note, u"other wins"_s);  // reloaded after the conflict
    }

    void sameStoreTwoSessions()
    {
        Fixture f;
        QVERIFY(f.open());
        DocumentAnnotations second(f.store.get());
        QVERIFY(second.setDocument(f.doc));
        QSignalSpy reset(&second, &DocumentAnnotations::reset);
        QVERIFY(f.session->create({.range = rangeOf(kText, u"Friday"_s)}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(second.count(), 1);
    }

    void rowsAt()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.session->create({.range = rangeOf(kText, u"minister resigned"_s)}));
        QVERIFY(f.session->create({.range = rangeOf(kText, u"resigned on"_s)}));
        QCOMPARE(f.session->rowsAt(int(kText.indexOf(u"resigned"_s))).size(), 2);
        QCOMPARE(f.session->rowsAt(int(kText.indexOf(u"minister"_s))).size(), 1);
        QCOMPARE(f.session->rowsAt(int(kText.indexOf(u"Protesters"_s))).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentAnnotations)
#include "tst_documentannotations.moc"
