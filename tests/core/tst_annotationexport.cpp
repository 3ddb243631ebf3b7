// Exporters: JSON-LD parsed back and compared field by field; CSV quoting and formula
// escaping; HTML escaping and highlights; Markdown front matter, quotes and tags; atomic writes.
#include "annotations/Reanchorer.h"
#include "export/AnnotationExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QString kText = u"Storm hits the coast 🌊\n\nThe mayor said: \"We are ready.\" Residents were <told> to leave & "
                      "stay away. Officials said the damage was limited."_s;

Annotation make(const QString &quote, const QString &note, const QStringList &tags, int color = 0)
{
    const int at = int(kText.indexOf(quote));
    Annotation a;
    a.id = QUuid::createUuid();
    a.anchor = Anchor::fromRange(kText, OffsetMap(kText), {at, at + int(quote.size())});
    a.note = note;
    a.tags = tags;
    a.color = color;
    a.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    a.modified = a.created.addSecs(90);
    return a;
}

Document doc()
{
    DocumentMetadata meta;
    meta.title = u"Storm hits the coast 🌊"_s;
    meta.url = u"https://news.example/storm?id=1&x=2"_s;
    meta.date = u"2024-05-01"_s;
    return Document(kText, {{{0, int(kText.indexOf(u'\n'))}, BlockKind::Title, 0},
                            {{int(kText.indexOf(u"The mayor"_s)), int(kText.size())}, BlockKind::Paragraph, 0}},
                    meta);
}

QList<Annotation> sampleList()
{
    QList<Annotation> list{
        make(u"We are ready."_s, u"Are they?\n<script>alert(1)</script>"_s, {u"claims"_s}, 1),
        make(u"coast 🌊"_s, QString(), {}, 3),
        make(u"Residents were <told>"_s, u"=HYPERLINK(\"http://evil\")"_s, {u"+danger"_s, u"a, b"_s}, 0),
    };
    list[2].style = AnnotationStyle::Underline;
    list[1].targetKind = TargetKind::Entity;
    list[1].targetKey = u"LOC|coast"_s;
    Annotation orphan = make(u"the damage was limited"_s, u"gone now"_s, {u"@mention"_s});
    orphan.anchor.exact = u"a sentence that was removed"_s;
    list.append(orphan);
    Reanchorer(kText).resolveAll(list);
    return list;
}

QJsonObject findById(const QJsonArray &items, const QUuid &id)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"id").toString() == u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces))
            return v.toObject();
    return {};
}

QList<QJsonObject> asList(const QJsonValue &v)
{
    QList<QJsonObject> out;
    if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            out.append(x.toObject());
    else if (v.isObject())
        out.append(v.toObject());
    return out;
}

// Minimal RFC 4180 reader for the test.
QList<QStringList> parseCsv(const QString &s)
{
    QList<QStringList> rows{{}};
    QString cell;
    bool quoted = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            rows.last().append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            rows.last().append(cell);
            cell.clear();
            rows.append(QStringList());
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.last().isEmpty() && cell.isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

class TestAnnotationExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonLdFieldByField()
    {
        const Document d = doc();
        const QList<Annotation> list = sampleList();
        const AnnotationPalette palette;
        const QByteArray bytes = annotationsToJsonLd({d, list, palette});
        QJsonParseError err;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"type").toString(), u"AnnotationCollection"_s);
        QCOMPARE(root.value(u"@context").toArray().first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(root.value(u"total").toInt(), list.size());
        const QJsonArray items = root.value(u"first").toObject().value(u"items").toArray();
        QCOMPARE(items.size(), list.size());
        const OffsetMap map(kText);
        for (const Annotation &a : list) {
            const QJsonObject o = findById(items, a.id);
            QVERIFY2(!o.isEmpty(), qPrintable(a.anchor.exact));
            QCOMPARE(o.value(u"type").toString(), u"Annotation"_s);
            QCOMPARE(o.value(u"created").toString(), u"2024-05-01T10:00:00.000Z"_s);
            QCOMPARE(o.value(u"modified").toString(), u"2024-05-01T10:01:30.000Z"_s);
            const QJsonObject target = o.value(u"target").toObject();
            QCOMPARE(target.value(u"source").toString(), d.metadata().url);
            const QList<QJsonObject> selectors = asList(target.value(u"selector"));
            QCOMPARE(selectors.size(), a.isOrphan() ? 1 : 2);  // orphans: quote only
            QCOMPARE(selectors[0].value(u"type").toString(), u"TextQuoteSelector"_s);
            QCOMPARE(selectors[0].value(u"exact").toString(), a.anchor.exact);
            QCOMPARE(selectors[0].value(u"prefix").toString(), a.anchor.prefix);
            QCOMPARE(selectors[0].value(u"suffix").toString(), a.anchor.suffix);
            if (!a.isOrphan()) {
                QCOMPARE(selectors[1].value(u"type").toString(), u"TextPositionSelector"_s);
                QCOMPARE(selectors[1].value(u"start").toInt(), map.toCodePoint(a.range.start));
                QCOMPARE(selectors[1].value(u"end").toInt(), map.toCodePoint(a.range.end));
                // the invariant: code points select the exact text
                const QString cp = kText.mid(*map.toUtf16(selectors[1].value(u"start").toInt()), a.anchor.exact.size());
                QCOMPARE(cp, a.anchor.exact);
            }
            QString note;
            QStringList tags;
            for (const QJsonObject &b : asList(o.value(u"body"))) {
                QCOMPARE(b.value(u"type").toString(), u"TextualBody"_s);
                if (b.value(u"purpose").toString() == u"tagging")
                    tags.append(b.value(u"value").toString());
                else {
                    QCOMPARE(b.value(u"purpose").toString(), u"commenting"_s);
                    QCOMPARE(b.value(u"format").toString(), u"text/markdown"_s);
                    note = b.value(u"value").toString();
                }
            }
            QCOMPARE(note, a.note);
            QCOMPARE(tags, exportTags(a, palette));
            QVERIFY(tags.contains(palette.meaning(a.color)));  // the colour's meaning is a tag
            QCOMPARE(o.value(u"lede:color").toString(), palette.color(a.color).key);
            QCOMPARE(o.value(u"lede:style").toString(), styleName(a.style));
            if (a.targetKind == TargetKind::Entity)
                QCOMPARE(o.value(u"lede:aboutKey").toString(), u"LOC|coast"_s);
        }
    }

    void csvQuotingAndFormulas()
    {
        const Document d = doc();
        const QList<Annotation> list = sampleList();
        const QByteArray bytes = annotationsToCsv({d, list, AnnotationPalette()});
        QVERIFY(bytes.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), list.size() + 1);
        const QStringList header = rows.first();
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), header.size());
        const int note = int(header.indexOf(u"note"_s));
        const int tags = int(header.indexOf(u"tags"_s));
        const int quote = int(header.indexOf(u"quote"_s));
        const int status = int(header.indexOf(u"status"_s));
        bool sawFormula = false;
        for (const QStringList &r : rows.mid(1)) {
            for (const QString &cell : r) {
                QVERIFY2(!cell.startsWith(u'=') && !cell.startsWith(u'+') && !cell.startsWith(u'@')
                             && !cell.startsWith(u'-'),
                         qPrintable(cell));
            }
            if (r[note].contains(u"HYPERLINK"_s)) {
                sawFormula = true;
                QCOMPARE(r[note], u"'=HYPERLINK(\"http://evil\")"_s);
                QCOMPARE(r[tags], u"'+danger; a, b; important"_s);
            }
            if (r[note].startsWith(u"Are they?"_s))
                QCOMPARE(r[note], u"Are they?\n<script>alert(1)</script>"_s);  // line break kept inside quotes
            if (r[status] == u"orphaned")
                QCOMPARE(r[quote], u"a sentence that was removed"_s);
        }
        QVERIFY(sawFormula);
    }

    void csvEscapes_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("cell");  // the note cell as written
        QTest::newRow("plain") << u"fine"_s << u"fine"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("minus") << u"-2"_s << u"'-2"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    }
    void csvEscapes()
    {
        QFETCH(QString, note);
        QFETCH(QString, cell);
        QList<Annotation> list{make(u"Storm"_s, note, {})};
        Reanchorer(kText).resolveAll(list);
        const Document d = doc();
        const QString out = QString::fromUtf8(annotationsToCsv({d, list, AnnotationPalette()}));
        const QString row = out.section(u"\r\n"_s, 1, 1);
        QVERIFY2(row.contains(u',' + cell + u','), qPrintable(row));
    }

    void htmlEscapesEverything()
    {
        const Document d = doc();
        const QList<Annotation> list = sampleList();
        const QString html = QString::fromUtf8(annotationsToHtml({d, list, AnnotationPalette()}));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(!html.contains(u"<told>"_s));
        QVERIFY(html.contains(u"&lt;told&gt;"_s));
        QVERIFY(html.contains(u"leave &amp; stay"_s));
        QVERIFY(html.contains(u"&quot;We are ready.&quot;"_s) || html.contains(u"We are ready."_s));
        // highlights in their colours and styles
        QVERIFY(html.contains(u"<mark class=\"c-red highlight\">We are ready.</mark>"_s));
        QVERIFY(html.contains(u"<mark class=\"c-yellow underline\">Residents were &lt;told&gt;</mark>"_s));
        QVERIFY(html.contains(u"<h1>Storm hits the <mark class=\"c-blue highlight\">coast 🌊</mark>"_s));
        // notes, tags, and the orphan with its stored quote
        QVERIFY(html.contains(u"#claims"_s));
        QVERIFY(html.contains(u"a sentence that was removed"_s));
        QVERIFY(html.contains(u"Orphaned"_s));
        QCOMPARE(html.count(u"<sup class=\"ref\">"_s), 3);
    }

    void htmlReferenceWhenSelectionTookTheLineBreak()
    {
        const Document d = doc();
        // the title selected with the line break after it
        QList<Annotation> list{make(u"Storm hits the coast 🌊\n"_s, u"whole title"_s, {})};
        Reanchorer(kText).resolveAll(list);
        QCOMPARE(list.first().range.end, int(kText.indexOf(u'\n')) + 1);
        const QString html = QString::fromUtf8(annotationsToHtml({d, list, AnnotationPalette()}));
        QVERIFY2(html.contains(u"coast 🌊</mark><sup class=\"ref\"><a id=\"ref-1\""_s), qPrintable(html));
    }

    void markdownObsidian()
    {
        const Document d = doc();
        const QList<Annotation> list = sampleList();
        const QString md = QString::fromUtf8(annotationsToMarkdown({d, list, AnnotationPalette()}));
        QVERIFY(md.startsWith(u"---\ntitle: \"Storm hits the coast 🌊\"\nsource: \"https://news.example/storm?id=1&x=2\"\n"
                              "date: \"2024-05-01\"\n---\n"_s));
        QVERIFY(md.contains(u"> We are ready.\n\nAre they?"_s));
        QVERIFY(md.contains(u"#claims #dispute"_s));
        QVERIFY(md.contains(u"#danger #a-b #important"_s));  // spaces → "-", "+", "," dropped
        QVERIFY(md.contains(u"> a sentence that was removed\n\n*Orphaned"_s));
        QVERIFY(md.contains(u"**Entity:** LOC|coast"_s));
        // reading order: the title's highlight first, the orphan last
        QVERIFY(md.indexOf(u"> coast"_s) < md.indexOf(u"> We are ready."_s));
        QVERIFY(md.indexOf(u"> Residents"_s) < md.indexOf(u"> a sentence"_s));
    }

    void writeIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(writeExportFile(path, "first"));
        QVERIFY(writeExportFile(path, "second"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        auto bad = writeExportFile(dir.filePath(u"missing/dir/out.csv"_s), "x");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"out.csv"_s));
    }

    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        for (const char *n : {"md", "jsonld", "csv", "html"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        QTest::newRow("pdf") << u"pdf"_s << false;
    }
    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        const auto f = exportFormatFromName(name);
        QCOMPARE(f.has_value(), known);
        if (f)
            QCOMPARE(exportFileSuffix(*f), name);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
