// AnnotationModel + AnnotationFilterModel: a real item model over DocumentAnnotations —
// checked by QAbstractItemModelTester through create, edit, delete, undo, redo, import and
// reload; roles; filtering by text, tag, colour and section (orphans apart); both orders.
#include "../core/AnnotationFixture.h"
#include "annotations/AnnotationFilterModel.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationTargets.h"
#include "annotations/AnnotationText.h"
#include "annotations/DocumentAnnotations.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;
using namespace lede::ui;

namespace {

const QString kText = u"The minister resigned on Friday. Protesters gathered outside parliament. "
                      "The minister denied any wrongdoing. Elections follow in May."_s;

TextRange rangeOf(const QString &s)
{
    const int at = int(kText.indexOf(s));
    return {at, at + int(s.size())};
}

struct Fixture : test::AnnotationFixture {
    Fixture() : AnnotationFixture(kText) {}
    AnnotationModel model;
    AnnotationFilterModel anchored{AnnotationFilterModel::Section::Anchored};
    AnnotationFilterModel orphans{AnnotationFilterModel::Section::Orphans};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    bool open()
    {
        if (!AnnotationFixture::open())
            return false;
        model.setSession(session.get());
        anchored.setSourceModel(&model);
        orphans.setSourceModel(&model);
        const QList<QAbstractItemModel *> models = {&model, &anchored, &orphans};
        for (QAbstractItemModel *m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        return true;
    }
    QUuid add(const QString &passage, int color, QStringList tags = {}, QString note = {})
    {
        auto id = session->create({.range = rangeOf(passage), .color = color, .note = note, .tags = tags});
        return id ? *id : QUuid();
    }
    QStringList passages(const QAbstractItemModel &m) const
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(AnnotationModel::PassageRole).toString();
        return out;
    }
};

} // namespace

class TestAnnotationModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsEveryChange()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.model.rowCount(), 0);
        const QUuid a = f.add(u"resigned on Friday"_s, 1, {u"timeline"_s}, u"Check **the date**"_s);
        QVERIFY(!a.isNull());
        QCOMPARE(f.model.rowCount(), 1);
        const QModelIndex i = f.model.index(0, 0);
        QCOMPARE(i.data(AnnotationModel::IdRole).toUuid(), a);
        QCOMPARE(i.data(AnnotationModel::PassageRole).toString(), u"resigned on Friday"_s);
        QCOMPARE(i.data(AnnotationModel::NoteRole).toString(), u"Check **the date**"_s);
        QCOMPARE(i.data(AnnotationModel::PlainNoteRole).toString(), u"Check the date"_s);
        QCOMPARE(i.data(AnnotationModel::TagsRole).toStringList(), QStringList{u"timeline"_s});
        QCOMPARE(i.data(AnnotationModel::ColorIndexRole).toInt(), 1);
        QCOMPARE(i.data(AnnotationModel::ColorRole).value<QColor>(), QColor(AnnotationPalette().color(1).hex));
        QCOMPARE(i.data(AnnotationModel::MeaningRole).toString(), u"dispute"_s);
        QCOMPARE(i.data(AnnotationModel::PositionRole).toInt(), rangeOf(u"resigned on Friday"_s).start);
        QVERIFY(!i.data(AnnotationModel::OrphanRole).toBool());
        QVERIFY(i.data(Qt::DisplayRole).toString().contains(u"resigned on Friday"_s));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(u"<b>the date</b>"_s)
                || i.data(Qt::ToolTipRole).toString().contains(u"font-weight"_s));

        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        Annotation edited = f.session->at(0);
        edited.note = u"Friday, 3 May"_s;
        QVERIFY(f.session->update(edited));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model.index(0, 0).data(AnnotationModel::NoteRole).toString(), u"Friday, 3 May"_s);

        f.add(u"Protesters gathered"_s, 0);
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(f.session->remove(a));
        QCOMPARE(f.model.rowCount(), 1);
        QVERIFY(f.session->undoStack()->undo());  // delete undone
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(f.model.indexOf(a).isValid());
        QVERIFY(f.session->undoStack()->undo());  // second create undone
        QVERIFY(f.session->undoStack()->undo());  // edit undone
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.index(0, 0).data(AnnotationModel::NoteRole).toString(), u"Check **the date**"_s);
        QVERIFY(f.session->undoStack()->redo());
        QVERIFY(f.session->undoStack()->redo());
        QCOMPARE(f.model.rowCount(), 2);

        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QVERIFY(f.session->setDocument(f.doc));  // reopening
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.tags(), QStringList{u"timeline"_s});

        f.model.setSession(nullptr);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.anchored.rowCount(), 0);
    }

    void orphansApart()
    {
        Fixture f;
        DocumentMetadata meta;
        meta.sourcePath = f.dir.filePath(u"article.txt"_s);  // the same file, before and after an edit
        f.doc = Document(kText, {}, meta);
        QVERIFY(f.open());
        f.add(u"denied any wrongdoing"_s, 2);
        f.add(u"Elections follow in May"_s, 0);
        QString changed = kText;
        changed.replace(u"The minister denied any wrongdoing. "_s, QString());
        QVERIFY(f.session->setDocument(Document(changed, {}, meta)));
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.anchored.rowCount(), 1);
        QCOMPARE(f.orphans.rowCount(), 1);
        const QModelIndex o = f.orphans.index(0, 0);
        QVERIFY(o.data(AnnotationModel::OrphanRole).toBool());
        QCOMPARE(o.data(AnnotationModel::PassageRole).toString(), u"denied any wrongdoing"_s);  // its text, kept
        QCOMPARE(o.data(AnnotationModel::PositionRole).toInt(), -1);
        QCOMPARE(o.data(AnnotationModel::StatusTextRole).toString(), anchorStatusLabel(AnchorStatus::Orphaned));
        QCOMPARE(f.anchored.index(0, 0).data(AnnotationModel::StatusTextRole).toString(),
                 anchorStatusLabel(AnchorStatus::Moved));
        // Re-attached: it moves over to the anchored list.
        const QUuid id = o.data(AnnotationModel::IdRole).toUuid();
        QVERIFY(f.session->reattach(id, {4, 12}));
        QCOMPARE(f.orphans.rowCount(), 0);
        QCOMPARE(f.anchored.rowCount(), 2);
        QCOMPARE(f.model.indexOf(id).data(AnnotationModel::PassageRole).toString(), changed.mid(4, 8));
        QVERIFY(f.session->undoStack()->undo());
        QCOMPARE(f.orphans.rowCount(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("color");
        QTest::addColumn<QStringList>("expected");  // in reading order
        const QString a = u"resigned on Friday"_s, b = u"Protesters gathered"_s, c = u"denied any wrongdoing"_s,
                      d = u"Elections follow in May"_s;
        QTest::newRow("none") << QString() << QString() << -1 << QStringList{a, b, c, d};
        QTest::newRow("passage word") << u"PROTESTERS"_s << QString() << -1 << QStringList{b};
        QTest::newRow("note word") << u"alibi"_s << QString() << -1 << QStringList{c};
        QTest::newRow("two words, both needed") << u"denied alibi"_s << QString() << -1 << QStringList{c};
        QTest::newRow("two words, one missing") << u"denied friday"_s << QString() << -1 << QStringList{};
        QTest::newRow("tag text") << u"timeline"_s << QString() << -1 << QStringList{a, d};
        QTest::newRow("colour meaning") << u"dispute"_s << QString() << -1 << QStringList{c};
        QTest::newRow("tag") << QString() << u"Timeline"_s << -1 << QStringList{a, d};
        QTest::newRow("colour") << QString() << QString() << 0 << QStringList{a, b};
        QTest::newRow("tag and colour") << QString() << u"timeline"_s << 0 << QStringList{a};
        QTest::newRow("unknown tag") << QString() << u"nope"_s << -1 << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QFETCH(int, color);
        QFETCH(QStringList, expected);
        Fixture f;
        QVERIFY(f.open());
        // created out of reading order
        f.add(u"Elections follow in May"_s, 3, {u"timeline"_s});
        f.add(u"denied any wrongdoing"_s, 1, {u"claims"_s}, u"No *alibi* given"_s);
        f.add(u"resigned on Friday"_s, 0, {u"timeline"_s, u"people"_s});
        f.add(u"Protesters gathered"_s, 0);
        f.anchored.setSearchText(text);
        f.anchored.setTag(tag);
        f.anchored.setColor(color);
        QCOMPARE(f.passages(f.anchored), expected);
        QCOMPARE(f.anchored.isFiltering(), !text.isEmpty() || !tag.isEmpty() || color >= 0);
        // still filtered after a change to a row
        Annotation x = f.session->at(3);
        x.tags = {u"timeline"_s};
        QVERIFY(f.session->update(x));
        const QString searchable = u"Protesters gathered timeline important"_s;  // passage, tag, meaning
        bool nowIn = (tag.isEmpty() || tag.compare(u"timeline", Qt::CaseInsensitive) == 0) && color <= 0;
        for (const QString &w : text.split(u' ', Qt::SkipEmptyParts))
            nowIn = nowIn && searchable.contains(w, Qt::CaseInsensitive);
        QCOMPARE(f.passages(f.anchored).contains(u"Protesters gathered"_s), nowIn);
    }

    void orders()
    {
        Fixture f;
        QVERIFY(f.open());
        f.add(u"Elections follow in May"_s, 3);
        QTest::qWait(5);  // distinct creation times (millisecond precision)
        f.add(u"resigned on Friday"_s, 0);
        QTest::qWait(5);
        f.add(u"Protesters gathered"_s, 0);
        QCOMPARE(f.passages(f.anchored),
                 (QStringList{u"resigned on Friday"_s, u"Protesters gathered"_s, u"Elections follow in May"_s}));
        f.anchored.setOrder(AnnotationFilterModel::Order::Newest);
        QCOMPARE(f.passages(f.anchored),
                 (QStringList{u"Protesters gathered"_s, u"resigned on Friday"_s, u"Elections follow in May"_s}));
        f.add(u"denied any wrongdoing"_s, 0);  // newest: goes first
        QCOMPARE(f.passages(f.anchored).constFirst(), u"denied any wrongdoing"_s);
    }

    void paletteRenameRefreshesRows()
    {
        Fixture f;
        QVERIFY(f.open());
        f.add(u"resigned on Friday"_s, 0);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.store->setPaletteName(0, u"key fact"_s));
        f.model.setPalette(f.session->palette());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model.index(0, 0).data(AnnotationModel::MeaningRole).toString(), u"key fact"_s);
        f.anchored.setSearchText(u"key fact"_s);
        QCOMPARE(f.anchored.rowCount(), 1);
    }

    void noteRendering_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("htmlHas");
        QTest::addColumn<QString>("htmlLacks");
        QTest::newRow("empty") << QString() << QString() << QString() << u"<"_s;
        QTest::newRow("emphasis") << u"Check **the date**"_s << u"Check the date"_s << u"the date"_s << u"**"_s;
        QTest::newRow("raw html is text") << u"a <b>bold</b> claim"_s << u"a <b>bold</b> claim"_s << u"&lt;b&gt;"_s
                                          << u"<b>bold"_s;
        QTest::newRow("no images") << u"see ![x](file:///etc/passwd)"_s << u"see"_s << u"see"_s << u"<img"_s;
        QTest::newRow("list") << u"- one\n- two"_s << u"one\ntwo"_s << u"<li"_s << u"- one"_s;
    }

    void noteRendering()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QFETCH(QString, htmlHas);
        QFETCH(QString, htmlLacks);
        QCOMPARE(plainNote(markdown), plain);
        const QString html = noteHtml(markdown);
        QVERIFY2(html.contains(htmlHas), qPrintable(html));
        QVERIFY2(!html.contains(htmlLacks), qPrintable(html));
        QVERIFY(!html.contains(u"<body"_s) && !html.contains(u"<html"_s));
    }

    void targetKeys()
    {
        Analysis an;
        an.mentions = {{{4, 12}, EntityType::PER, 1.0f, 0}, {{40, 48}, EntityType::PER, 1.0f, 0}};
        an.entities = {{u"minister"_s, EntityType::PER, {u"minister"_s}, {0, 1}}};
        Quote q;
        q.range = {50, 70};
        q.parts = {{50, 58}, {62, 70}};
        an.quotes = {q};
        const QString text = kText;
        QCOMPARE(entityKey(an.entities[0]), u"PER|minister"_s);
        QCOMPARE(findEntity(an, u"PER|minister"), 0);
        QCOMPARE(findEntity(an, u"ORG|minister"), -1);
        QCOMPARE(entityNameOfKey(u"PER|Kyaw Win"), u"Kyaw Win"_s);
        const QString key = quoteKey(q, text);
        QVERIFY(key.startsWith(u"quote:"_s));
        QCOMPARE(key.size(), 6 + 16);
        QCOMPARE(findQuote(an, text, key), 0);
        QCOMPARE(quoteText(q, text), text.mid(50, 8) + u" … "_s + text.mid(62, 8));
        Annotation a;
        a.status = AnchorStatus::Anchored;
        a.range = {1, 3};
        a.targetKind = TargetKind::Entity;
        a.targetKey = u"PER|minister"_s;
        QCOMPARE(coveredRanges(a, &an, text), (QList<TextRange>{{4, 12}, {40, 48}}));
        a.targetKey = u"PER|nobody"_s;  // not found: its own range
        QCOMPARE(coveredRanges(a, &an, text), (QList<TextRange>{{1, 3}}));
        a.targetKind = TargetKind::Quote;
        a.targetKey = key;
        QCOMPARE(coveredRanges(a, &an, text), q.parts);
        a.status = AnchorStatus::Orphaned;
        QVERIFY(coveredRanges(a, &an, text).isEmpty());
    }
};

QTEST_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
