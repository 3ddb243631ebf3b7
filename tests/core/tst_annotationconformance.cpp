// Conformance on annotation files nobody here wrote (LEDE_SHARED_DIR/data/annotations, read at
// test time, skipped when absent): the W3C Data Model's correct examples are all accepted and
// kept, its incorrect ones all refused with a message naming what is wrong, and real
// Hypothesis annotations import into their saved page as DocumentLoader reads it.
#include "annotations/Reanchorer.h"
#include "document/DocumentLoader.h"
#include "export/AnnotationImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

QString dataDir(const QString &sub)
{
    return QStringLiteral(LEDE_SHARED_DIR) + u"/data/annotations/"_s + sub;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void addFileRows(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        QSKIP("the shared annotation data is not here (LEDE_SHARED_DIR)");
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(d.dirName() + u'/' + name)) << d.filePath(name);
}

// A small unrelated article to import the examples into.
Document smallArticle()
{
    return Document::fromPlainText(u"A short article about nothing the examples talk about."_s, u"Short"_s);
}

// The key an incorrect example's message must name, from its label.
QString expectedKey(const QJsonObject &o)
{
    const QString label = o.value(u"label").toString().toLower();
    if (label.isEmpty() || label.contains(u"context"))
        return u"@context"_s;
    if (label.contains(u"conformsto"))
        return u"“conformsTo”"_s;
    if (label.contains(u"fragment selector"))
        return u"“value”"_s;
    if (label == u"bad created") {
        for (const QString &k : {u"created"_s, u"modified"_s, u"generated"_s})
            if (o.contains(k))
                return u"“"_s + k + u"”"_s;
    }
    if (label.contains(u"identifier"))
        return u"“id”"_s;
    for (const QString &k : {u"id"_s, u"type"_s, u"target"_s, u"creator"_s, u"generator"_s, u"rights"_s, u"via"_s,
                             u"canonical"_s})
        if (label.contains(k))
            return u"“"_s + k + u"”"_s;
    return QString();
}

} // namespace

class TestAnnotationConformance : public QObject {
    Q_OBJECT
private:
    int m_notJson = 0;
    int m_incorrect = 0;

private Q_SLOTS:
    void correctExamplesAccepted_data()
    {
        QTest::addColumn<QString>("path");
        addFileRows(dataDir(u"w3c-web-annotation/model/wd2/examples/correct"_s));
        addFileRows(dataDir(u"w3c-web-annotation-tests/tools/samples/correct"_s));
    }
    void correctExamplesAccepted()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        int expected = 1;
        if (o.value(u"type").toString() == u"AnnotationCollection")
            expected = int(o.value(u"first").toObject().value(u"items").toArray().size());
        else if (o.value(u"type").toString() == u"AnnotationPage")
            expected = int(o.value(u"items").toArray().size());
        auto r = parseAnnotationFile(bytes, QFileInfo(path).fileName(), smallArticle());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.join(u'\n')));
        QCOMPARE(r->annotations.size(), expected);  // every one kept (orphans when not in this text)
        QCOMPARE(r->format, u"W3C Web Annotation"_s);
        for (const Annotation &a : r->annotations)
            QCOMPARE(a.status, AnchorStatus::Orphaned);
    }

    void incorrectExamplesRefused_data()
    {
        QTest::addColumn<QString>("path");
        addFileRows(dataDir(u"w3c-web-annotation/model/wd2/examples/incorrect"_s));
    }
    void incorrectExamplesRefused()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QString name = QFileInfo(path).fileName();
        auto r = parseAnnotationFile(bytes, name, smallArticle());
        QVERIFY2(!r, r ? qPrintable(u"accepted %1 annotation(s)"_s.arg(r->annotations.size())) : "");
        const QString msg = r.error().message;
        QVERIFY2(msg.startsWith(name), qPrintable(msg));
        ++m_incorrect;
        QJsonParseError err;
        const QJsonDocument jd = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            ++m_notJson;
            QVERIFY2(msg.contains(u"not valid JSON"_s), qPrintable(msg));
            return;
        }
        const QString key = expectedKey(jd.object());
        QVERIFY2(!key.isEmpty(), qPrintable(u"no expectation for the label of "_s + name));
        QVERIFY2(msg.contains(key), qPrintable(u"%1 should name %2: %3"_s.arg(name, key, msg)));
    }
    void incorrectCounts()
    {
        if (m_incorrect == 0)
            QSKIP("the shared annotation data is not here");
        QCOMPARE(m_incorrect, 40);
        QCOMPARE(m_notJson, 17);
    }

    void testSuiteIncorrectRefused_data()
    {
        QTest::addColumn<QString>("path");
        addFileRows(dataDir(u"w3c-web-annotation-tests/tools/samples/incorrect"_s));
    }
    void testSuiteIncorrectRefused()
    {
        QFETCH(QString, path);
        auto r = parseAnnotationFile(readAll(path), QFileInfo(path).fileName(), smallArticle());
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }

    void hypothesisWikipedia()
    {
        const QString dir = dataDir(u"hypothesis-client/src/annotator/anchoring/test/html-baselines/"_s);
        if (!QFile::exists(dir + u"wikipedia-regression-testing.json"_s))
            QSKIP("the shared annotation data is not here");
        auto doc = DocumentLoader().loadFile(dir + u"wikipedia-regression-testing.html"_s);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
        const QByteArray bytes = readAll(dir + u"wikipedia-regression-testing.json"_s);
        auto r = parseAnnotationFile(bytes, u"wikipedia-regression-testing.json"_s, *doc);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->problems.isEmpty());
        QCOMPARE(r->format, u"Hypothesis"_s);
        QCOMPARE(r->annotations.size(), 5);  // all kept

        // what each row quotes, from the file itself
        QHash<QString, QString> quoteOf;
        for (const QJsonValue &row : QJsonDocument::fromJson(bytes).object().value(u"rows").toArray())
            for (const QJsonValue &s : row.toObject().value(u"target").toArray().first().toObject().value(u"selector").toArray())
                if (s.toObject().value(u"type").toString() == u"TextQuoteSelector")
                    quoteOf.insert(row.toObject().value(u"text").toString(), s.toObject().value(u"exact").toString());
        QCOMPARE(quoteOf.size(), 5);

        const QString shown = Reanchorer::normalized(doc->text());
        QSet<QString> notes;
        for (const Annotation &a : r->annotations) {
            notes.insert(a.note);
            const QString quote = quoteOf.value(a.note);
            const bool body = a.note == u"Body" || a.note == u"Quote" || a.note == u"Introduction";
            const bool inText = shown.contains(Reanchorer::normalized(quote).trimmed());
            if (body)
                QVERIFY2(inText, qPrintable(u"the body passage “%1” is not in what Lede shows"_s.arg(a.note)));
            if (inText) {
                QVERIFY2(!a.isOrphan(), qPrintable(a.note));
                QCOMPARE(a.status, AnchorStatus::Anchored);
                QCOMPARE(Reanchorer::normalized(doc->text().mid(a.range.start, a.range.length())),
                         Reanchorer::normalized(quote).trimmed());
                QCOMPARE(a.anchor.exact, doc->text().mid(a.range.start, a.range.length()));
            } else {
                QCOMPARE(a.status, AnchorStatus::Orphaned);
                QCOMPARE(a.anchor.exact, quote);  // kept with its text
            }
        }
        QCOMPARE(notes, (QSet<QString>{u"Footer"_s, u"Body"_s, u"Quote"_s, u"Introduction"_s, u"Heading"_s}));
    }

    void hypothesisMinimal()
    {
        const QString dir = dataDir(u"hypothesis-client/src/annotator/anchoring/test/html-baselines/"_s);
        if (!QFile::exists(dir + u"minimal.json"_s))
            QSKIP("the shared annotation data is not here");
        auto doc = DocumentLoader().loadFile(dir + u"minimal.html"_s);
        QVERIFY(doc);
        auto r = parseAnnotationFile(readAll(dir + u"minimal.json"_s), u"minimal.json"_s, *doc);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->annotations.size(), 1);
        const Annotation &a = r->annotations.first();
        QCOMPARE(a.status, AnchorStatus::Anchored);
        QCOMPARE(doc->text().mid(a.range.start, a.range.length()), u"Two"_s);
        QCOMPARE(a.origin, u"test"_s);
        QVERIFY(a.created.isValid());  // no dates in the row: import time
    }
};

QTEST_GUILESS_MAIN(TestAnnotationConformance)
#include "tst_annotationconformance.moc"
