// Import: Lede's own JSON-LD back in (same selectors, note, tags, colour, style), Hypothesis
// rows, targets Lede cannot anchor kept as orphans, deterministic ids (no duplicates), and
// malformed input — a clear message, the valid annotations still imported.
#include "annotations/DocumentAnnotations.h"
#include "annotations/Reanchorer.h"
#include "export/AnnotationExport.h"
#include "export/AnnotationImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QString kText = u"Talks collapsed late on Sunday. The union said it would strike. "
                      "Management called the demands unrealistic. The union said it would not back down."_s;

Document doc()
{
    DocumentMetadata meta;
    meta.title = u"Talks collapse"_s;
    meta.url = u"https://news.example/talks"_s;
    return Document(kText, {{{0, int(kText.size())}, BlockKind::Paragraph, 0}}, meta);
}

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
}

QJsonObject hypothesisRow(const QString &id, const QString &exact, const QString &prefix, const QString &suffix,
                          int start, int end, const QString &note)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"text"_s, note},
        {u"tags"_s, QJsonArray{u"labour"_s}},
        {u"created"_s, u"2016-12-16T11:24:14.673557+00:00"_s},
        {u"updated"_s, u"2016-12-17T08:00:00.000000+00:00"_s},
        {u"uri"_s, u"https://elsewhere.example/talks"_s},
        {u"target"_s, QJsonArray{QJsonObject{
                          {u"source"_s, u"https://elsewhere.example/talks"_s},
                          {u"selector"_s, QJsonArray{
                                              QJsonObject{{u"type"_s, u"RangeSelector"_s}, {u"startContainer"_s, u"/p[1]"_s},
                                                          {u"endContainer"_s, u"/p[1]"_s}, {u"startOffset"_s, 0},
                                                          {u"endOffset"_s, 4}},
                                              QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, start},
                                                          {u"end"_s, end}},
                                              QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, exact},
                                                          {u"prefix"_s, prefix}, {u"suffix"_s, suffix}},
                                          }}}}},
    };
}

} // namespace

class TestAnnotationImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ownExportRoundTrips()
    {
        const Document d = doc();
        const OffsetMap map(kText);
        QList<Annotation> list;
        auto add = [&](const QString &quote, int occurrence, const QString &note, QStringList tags, int color,
                       AnnotationStyle style) {
            qsizetype at = -1;
            for (int i = 0; i <= occurrence; ++i)
                at = kText.indexOf(quote, at + 1);
            Annotation a;
            a.id = QUuid::createUuid();
            a.anchor = Anchor::fromRange(kText, map, {int(at), int(at + quote.size())});
            a.note = note;
            a.tags = tags;
            a.color = color;
            a.style = style;
            a.created = nowUtc().addDays(-2);
            a.modified = nowUtc().addDays(-1);
            list.append(a);
        };
        add(u"The union said it would"_s, 1, u"second time **they** say it"_s, {u"repeat"_s}, 2, AnnotationStyle::Underline);
        add(u"unrealistic"_s, 0, QString(), {}, 1, AnnotationStyle::StrikeThrough);
        list[1].targetKind = TargetKind::Quote;
        list[1].targetKey = u"q3"_s;
        Reanchorer(kText).resolveAll(list);
        const AnnotationPalette palette;
        const QByteArray bytes = annotationsToJsonLd({d, list, palette});

        auto r = parseAnnotationFile(bytes, u"ours.jsonld"_s, d, palette);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->problems.isEmpty());
        QCOMPARE(r->annotations.size(), list.size());
        for (const Annotation &orig : list) {
            auto it = std::find_if(r->annotations.cbegin(), r->annotations.cend(),
                                   [&](const Annotation &a) { return a.id == orig.id; });
            QVERIFY(it != r->annotations.cend());
            QCOMPARE(it->anchor, orig.anchor);
            QCOMPARE(it->range, orig.range);
            QCOMPARE(it->status, AnchorStatus::Anchored);
            QCOMPARE(it->note, orig.note);
            QCOMPARE(it->tags, orig.tags);  // the colour's meaning tag is not duplicated
            QCOMPARE(it->color, orig.color);
            QCOMPARE(it->style, orig.style);
            QCOMPARE(it->targetKind, orig.targetKind);
            QCOMPARE(it->targetKey, orig.targetKey);
            QCOMPARE(it->created, orig.created);
            QCOMPARE(it->modified, orig.modified);
        }
    }

    void importTwiceAddsNothing()
    {
        QTemporaryDir dir;
        auto store = AnnotationStore::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(store);
        (*store)->setPollInterval(0);
        DocumentAnnotations session(store->get());
        const Document d = doc();
        QVERIFY(session.setDocument(d));
        const QByteArray bytes = json(QJsonObject{{u"rows"_s, QJsonArray{
            hypothesisRow(u"h1"_s, u"strike"_s, u"said it would "_s, u". Management"_s, 900, 906, u"note 1"_s),
            hypothesisRow(u"h2"_s, u"not back down"_s, u"it would "_s, u"."_s, 5, 18, u"note 2"_s)}}});
        auto first = parseAnnotationFile(bytes, u"h.json"_s, d);
        QVERIFY(first);
        QCOMPARE(first->format, u"Hypothesis"_s);
        QCOMPARE(*session.addImported(first->annotations, u"Import"_s), 2);
        auto second = parseAnnotationFile(bytes, u"h.json"_s, d);
        QCOMPARE(*session.addImported(second->annotations, u"Import"_s), 0);
        QCOMPARE(session.count(), 2);
        QCOMPARE((*store)->load(session.key())->size(), 2);
        // one undo step removes the import
        QVERIFY(session.undoStack()->undo());
        QCOMPARE(session.count(), 0);
    }

    void hypothesisRows()
    {
        const Document d = doc();
        // positions are the other page's; quotes and context decide (the 2nd "would" sentence)
        const QByteArray bytes = json(QJsonObject{{u"total"_s, 3}, {u"rows"_s, QJsonArray{
            hypothesisRow(u"h1"_s, u"The union said it would"_s, u"the demands unrealistic. "_s, u" not back"_s,
                          2000, 2023, u"Body"_s),
            hypothesisRow(u"h2"_s, u"a quote from another article"_s, u""_s, u""_s, 3, 30, u"Gone"_s),
            QJsonObject{{u"id"_s, u"h3"_s}, {u"text"_s, u"page note"_s}, {u"target"_s, QJsonArray{QJsonObject{
                            {u"source"_s, u"https://news.example/talks"_s}}}}},
        }}});
        auto r = parseAnnotationFile(bytes, u"h.json"_s, d);
        QVERIFY(r);
        QVERIFY(r->problems.isEmpty());
        QCOMPARE(r->annotations.size(), 3);
        const Annotation &body = r->annotations[0];
        QCOMPARE(body.status, AnchorStatus::Anchored);
        QCOMPARE(body.range.start, int(kText.lastIndexOf(u"The union said it would"_s)));
        QCOMPARE(body.note, u"Body"_s);
        QCOMPARE(body.tags, QStringList{u"labour"_s});
        QCOMPARE(body.created, QDateTime(QDate(2016, 12, 16), QTime(11, 24, 14, 673), QTimeZone::utc()));
        QCOMPARE(body.origin, u"h1"_s);
        QCOMPARE(body.anchor.start, int(kText.lastIndexOf(u"The union said it would"_s)));  // Lede's own anchor
        QCOMPARE(r->annotations[1].status, AnchorStatus::Orphaned);
        QCOMPARE(r->annotations[1].anchor.exact, u"a quote from another article"_s);
        QCOMPARE(r->annotations[2].status, AnchorStatus::Orphaned);  // a page note: nothing to anchor
        QCOMPARE(r->orphans(), 2);
        // a single row works too, and ids are stable
        auto single = parseAnnotationFile(json(hypothesisRow(u"h1"_s, u"strike"_s, {}, {}, 0, 6, u"x"_s)),
                                          u"row.json"_s, d);
        QVERIFY(single);
        QCOMPARE(single->annotations.size(), 1);
        QCOMPARE(single->annotations[0].id, body.id);
    }

    void unanchorableTargetsAreOrphans_data()
    {
        QTest::addColumn<QJsonObject>("target");
        QTest::newRow("svg") << QJsonObject{{u"source"_s, u"https://news.example/map"_s},
                                            {u"selector"_s, QJsonObject{{u"type"_s, u"SvgSelector"_s},
                                                                        {u"value"_s, u"<svg/>"_s}}}};
        QTest::newRow("css") << QJsonObject{{u"source"_s, u"https://news.example/talks"_s},
                                            {u"selector"_s, QJsonObject{{u"type"_s, u"CssSelector"_s},
                                                                        {u"value"_s, u"#main > p"_s}}}};
        QTest::newRow("quote not here") << QJsonObject{{u"source"_s, u"https://news.example/talks"_s},
                                                       {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                                   {u"exact"_s, u"a missing line"_s}}}};
        QTest::newRow("positions of another resource")
            << QJsonObject{{u"source"_s, u"https://elsewhere.example/x"_s},
                           {u"selector"_s, QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, 1},
                                                       {u"end"_s, 99999}}}};
    }
    void unanchorableTargetsAreOrphans()
    {
        QFETCH(QJsonObject, target);
        const Document d = doc();
        const QJsonObject a{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"id"_s, u"http://x.example/1"_s},
                            {u"type"_s, u"Annotation"_s}, {u"bodyValue"_s, u"kept"_s}, {u"target"_s, target}};
        auto r = parseAnnotationFile(json(a), u"a.jsonld"_s, d);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->annotations.size(), 1);
        QCOMPARE(r->annotations[0].status, AnchorStatus::Orphaned);
        QCOMPARE(r->annotations[0].note, u"kept"_s);
    }

    void positionsOnThisDocument()
    {
        const Document d = doc();
        const QJsonObject a{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"id"_s, u"http://x.example/1"_s},
                            {u"type"_s, u"Annotation"_s},
                            {u"target"_s, QJsonObject{{u"source"_s, d.metadata().url},
                                                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                                                  {u"start"_s, 0}, {u"end"_s, 5}}}}}};
        auto r = parseAnnotationFile(json(a), u"a.jsonld"_s, d);
        QVERIFY(r);
        QCOMPARE(r->annotations[0].status, AnchorStatus::Anchored);
        QCOMPARE(r->annotations[0].anchor.exact, u"Talks"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("imported");     // -1: the whole file is refused
        QTest::addColumn<QString>("mentions"); // what the message must name
        QTest::newRow("not json") << QByteArray("{\"rows\": [") << -1 << u"not valid JSON"_s;
        QTest::newRow("trailing comma") << QByteArray("{\"type\": \"Annotation\",}") << -1 << u"not valid JSON"_s;
        QTest::newRow("neither format") << QByteArray("{\"hello\": 1}") << -1 << u"neither"_s;
        QTest::newRow("rows not a list") << QByteArray("{\"rows\": 5}") << -1 << u"rows"_s;
        const QJsonObject good = hypothesisRow(u"ok"_s, u"strike"_s, {}, {}, 0, 6, u"fine"_s);
        QJsonObject badTags = hypothesisRow(u"bad"_s, u"strike"_s, {}, {}, 0, 6, u"x"_s);
        badTags.insert(u"tags"_s, u"not-a-list"_s);
        QTest::newRow("wrong type, one of two") << json(QJsonObject{{u"rows"_s, QJsonArray{good, badTags}}}) << 1
                                                << u"tags"_s;
        QJsonObject badText = good;
        badText.insert(u"text"_s, 42);
        badText.insert(u"id"_s, u"bad2"_s);
        QTest::newRow("note is a number") << json(QJsonObject{{u"rows"_s, QJsonArray{good, badText}}}) << 1
                                          << u"text"_s;
        QJsonObject badStart = good;
        badStart.insert(u"target"_s, QJsonArray{QJsonObject{{u"selector"_s, QJsonArray{QJsonObject{
                                         {u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, u"zero"_s}, {u"end"_s, 3}}}}}});
        badStart.insert(u"id"_s, u"bad3"_s);
        QTest::newRow("offset is a string") << json(QJsonObject{{u"rows"_s, QJsonArray{badStart, good}}}) << 1
                                            << u"start"_s;
        auto ours = [](int start, int end) {
            return QJsonObject{{u"id"_s, u"urn:uuid:%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                               {u"type"_s, u"Annotation"_s},
                               {u"target"_s, QJsonObject{{u"source"_s, u"https://news.example/talks"_s},
                                                         {u"selector"_s, QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                                                     {u"start"_s, start},
                                                                                     {u"end"_s, end}}}}}};
        };
        const QJsonObject page{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"id"_s, u"urn:x:page"_s},
                               {u"type"_s, u"AnnotationPage"_s},
                               {u"items"_s, QJsonArray{ours(0, 5), ours(100, 50000), ours(40, 50)}}};
        QTest::newRow("offsets out of range") << json(page) << 2 << u"outside the text"_s;
        const QJsonObject allBad{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"id"_s, u"urn:x:page"_s},
                                 {u"type"_s, u"AnnotationPage"_s}, {u"items"_s, QJsonArray{ours(100, 50000)}}};
        const QJsonObject reversed{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"id"_s, u"urn:x:page"_s},
                                   {u"type"_s, u"AnnotationPage"_s}, {u"items"_s, QJsonArray{ours(40, 10), ours(1, 2)}}};
        QTest::newRow("start after end") << json(reversed) << 1 << u"after end"_s;
        QTest::newRow("only bad offsets") << json(allBad) << -1 << u"100–50000"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, imported);
        QFETCH(QString, mentions);
        const Document d = doc();
        QTemporaryDir dir;
        auto store = AnnotationStore::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(store);
        DocumentAnnotations session(store->get());
        QVERIFY(session.setDocument(d));
        QVERIFY(session.create({.range = {0, 5}, .note = u"existing"_s}));
        const Annotation existing = session.at(0);

        auto r = parseAnnotationFile(bytes, u"input.json"_s, d);
        if (imported < 0) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Parse);
            QVERIFY2(r.error().message.contains(u"input.json"_s), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        } else {
            QVERIFY(r);
            QCOMPARE(r->annotations.size(), imported);
            QCOMPARE(r->problems.size(), 1);
            QVERIFY2(r->problems.first().contains(mentions), qPrintable(r->problems.first()));
            QVERIFY2(r->problems.first().startsWith(u"input.json: "_s), qPrintable(r->problems.first()));
            QCOMPARE(*session.addImported(r->annotations, u"Import"_s), imported);
        }
        // nothing existing changed
        QVERIFY((*(*store)->find(existing.id))->sameContent(existing));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationImport)
#include "tst_annotationimport.moc"
