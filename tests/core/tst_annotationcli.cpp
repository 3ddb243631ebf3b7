// The command line: `lede import FILE a.jsonld` then `lede export FILE --format jsonld` gives
// the same annotations (selectors, note, tags); importing twice adds nothing; every export
// format works; errors name the file and exit with 1 (usage) or 2 (input).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText = u"Rescue teams reached the village on Monday after the landslide. Three people are still "
                      "missing, the regional governor said. Roads into the valley remain closed."_s;

struct Run {
    int code = -1;
    QString out, err;
};

QJsonObject annotation(const QString &id, const QString &quote, const QString &note, const QStringList &tags,
                       bool orphan = false)
{
    QJsonObject quoteSel{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, quote}};
    QJsonArray selectors;
    if (orphan) {
        quoteSel.insert(u"prefix"_s, u"text before "_s);
        quoteSel.insert(u"suffix"_s, u" text after"_s);
        selectors.append(quoteSel);
    } else {
        const int at = int(kText.indexOf(quote));
        const int end = at + int(quote.size());
        quoteSel.insert(u"prefix"_s, kText.mid(std::max(0, at - 32), at - std::max(0, at - 32)));
        quoteSel.insert(u"suffix"_s, kText.mid(end, 32));
        selectors.append(quoteSel);
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, at}, {u"end"_s, end}});
    }
    QJsonArray bodies;
    bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, note}, {u"purpose"_s, u"commenting"_s}});
    for (const QString &t : tags)
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, t}, {u"purpose"_s, u"tagging"_s}});
    return QJsonObject{{u"id"_s, QString(u"urn:uuid:"_s + id)}, {u"type"_s, u"Annotation"_s}, {u"body"_s, bodies},
                       {u"created"_s, u"2024-03-01T09:00:00.000Z"_s},
                       {u"target"_s, QJsonObject{{u"source"_s, u"https://example.org/landslide"_s},
                                                 {u"selector"_s, selectors}}}};
}

QJsonObject byId(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"id").toString() == id)
            return v.toObject();
    return {};
}

QJsonArray asArray(const QJsonValue &v) { return v.isArray() ? v.toArray() : QJsonArray{v}; }

// "note: …" and "tag: …" entries of an annotation's bodies, in order.
QStringList notesAndTags(const QJsonObject &a)
{
    QStringList out;
    for (const QJsonValue &b : asArray(a.value(u"body")))
        out.append((b.toObject().value(u"purpose").toString() == u"tagging" ? u"tag: "_s : u"note: "_s)
                   + b.toObject().value(u"value").toString());
    return out;
}

} // namespace

class TestAnnotationCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_article;

    Run lede(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LEDE_EXECUTABLE), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromLocal8Bit(p.readAllStandardError())};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(LEDE_EXECUTABLE).isEmpty())
            QSKIP("the lede executable is not built (LEDE_BUILD_UI=OFF)");
        QVERIFY(m_dir.isValid());
        m_article = write(u"landslide.txt"_s, kText.toUtf8());
    }

    void importThenExportRoundTrip()
    {
        const QString a = u"7d5c8f0e-2b7a-4c1e-9f3a-0a1b2c3d4e5f"_s;
        const QString b = u"1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b"_s;
        const QString c = u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s;
        const QJsonObject collection{
            {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, u"https://example.org/collection"_s},
            {u"type"_s, u"AnnotationCollection"_s},
            {u"first"_s, QJsonObject{{u"id"_s, u"https://example.org/collection/1"_s}, {u"type"_s, u"AnnotationPage"_s},
                                     {u"items"_s, QJsonArray{
                                                      annotation(a, u"Three people are still missing"_s, u"Check later"_s,
                                                                 {u"casualties"_s, u"update"_s}),
                                                      annotation(b, u"Roads into the valley"_s, u"Which roads?"_s, {}),
                                                      annotation(c, u"a sentence that is not in it"_s, u"orphan"_s,
                                                                 {u"lost"_s}, true),
                                                  }}}},
        };
        const QString input = write(u"a.jsonld"_s, QJsonDocument(collection).toJson());
        Run imp = lede({u"import"_s, m_article, input});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        QVERIFY2(imp.out.contains(u"Imported 3 annotation(s)"_s), qPrintable(imp.out));
        QVERIFY(imp.out.contains(u"1 orphaned"_s));

        Run again = lede({u"import"_s, m_article, input});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"Imported 0 annotation(s)"_s) && again.out.contains(u"3 already there"_s),
                 qPrintable(again.out));

        const QString outPath = m_dir.filePath(u"out.jsonld"_s);
        Run exp = lede({u"export"_s, m_article, u"--format"_s, u"jsonld"_s, u"-o"_s, outPath});
        QVERIFY2(exp.code == 0, qPrintable(exp.err));
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(u"first").toObject()
                                     .value(u"items").toArray();
        QCOMPARE(items.size(), 3);
        const QJsonArray originals = collection.value(u"first").toObject().value(u"items").toArray();
        for (const QJsonValue &ov : originals) {
            const QJsonObject orig = ov.toObject();
            const QJsonObject got = byId(items, orig.value(u"id").toString());
            QVERIFY2(!got.isEmpty(), qPrintable(orig.value(u"id").toString()));
            QCOMPARE(asArray(got.value(u"target").toObject().value(u"selector")),
                     asArray(orig.value(u"target").toObject().value(u"selector")));
            QCOMPARE(notesAndTags(got), notesAndTags(orig));
            QCOMPARE(got.value(u"created"), orig.value(u"created"));
        }
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("marker");
        QTest::newRow("md") << u"md"_s << u"---\ntitle:"_s;
        QTest::newRow("csv") << u"csv"_s << u"id,quote,note"_s;
        QTest::newRow("html") << u"html"_s << u"<!DOCTYPE html>"_s;
        QTest::newRow("jsonld") << u"jsonld"_s << u"AnnotationCollection"_s;
    }
    void everyFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, marker);
        Run r = lede({u"export"_s, m_article, u"--format"_s, format});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(marker) || r.out.contains(marker));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("export: no format") << QStringList{u"export"_s, u"x.txt"_s} << 1 << u"--format"_s;
        QTest::newRow("export: bad format") << QStringList{u"export"_s, u"x.txt"_s, u"--format"_s, u"pdf"_s} << 1
                                            << u"pdf"_s;
        QTest::newRow("export: missing file") << QStringList{u"export"_s, u"/nonexistent/x.txt"_s, u"--format"_s, u"md"_s}
                                              << 2 << u"/nonexistent/x.txt"_s;
        QTest::newRow("import: one argument") << QStringList{u"import"_s, u"x.txt"_s} << 1 << u"import"_s;
        QTest::newRow("import: missing annotations")
            << QStringList{u"import"_s, u"@ARTICLE@"_s, u"/nonexistent/a.jsonld"_s} << 2 << u"/nonexistent/a.jsonld"_s;
        QTest::newRow("import: not json") << QStringList{u"import"_s, u"@ARTICLE@"_s, u"@BAD@"_s} << 2
                                          << u"not valid JSON"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const QString bad = write(u"bad.json"_s, "{\"rows\": [");
        for (QString &a : args)
            a.replace(u"@ARTICLE@"_s, m_article).replace(u"@BAD@"_s, bad);
        Run r = lede(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        if (args.contains(u"@BAD@"_s) || r.err.contains(u"not valid JSON"_s))
            QVERIFY(r.err.contains(u"bad.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCli)
#include "tst_annotationcli.moc"
