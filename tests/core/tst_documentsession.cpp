// DocumentSession: load + analysis off the calling thread, failures keep what was open,
// a newer request cancels the older one.
#include "document/DocumentLoader.h"
#include "session/DocumentSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestDocumentSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensAndAnalyses();
    void failedOpenKeepsCurrentDocument();
    void newerRequestWins();
    void cancelStopsAnalysis();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestDocumentSession::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

void TestDocumentSession::opensAndAnalyses()
{
    DocumentSession s;
    QSignalSpy opened(&s, &DocumentSession::documentOpened);
    QSignalSpy finished(&s, &DocumentSession::analysisFinished);
    QSignalSpy progress(&s, &DocumentSession::analysisProgress);
    s.openFile(write(u"a.txt"_s, "Kyaw Win flew to Geneva on Monday."));
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(s.document().text().startsWith(u"Kyaw Win"_s));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(s.analysis());
    QVERIFY(!s.analysis()->mentions.isEmpty());
    QVERIFY(progress.count() >= 1);
    QVERIFY(!s.isAnalyzing());
}

void TestDocumentSession::failedOpenKeepsCurrentDocument()
{
    DocumentSession s;
    s.openDocument(DocumentLoader::sampleDocument());
    QVERIFY(s.waitForIdle(20000));
    const QString before = s.document().text();
    QSignalSpy failed(&s, &DocumentSession::openFailed);
    QSignalSpy opened(&s, &DocumentSession::documentOpened);
    const QString missing = m_dir.filePath(u"missing.txt"_s);
    s.openFile(missing);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(missing));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(s.document().text(), before);
    QVERIFY(s.analysis() != nullptr);  // its analysis is still there
}

void TestDocumentSession::newerRequestWins()
{
    DocumentSession s;
    QSignalSpy opened(&s, &DocumentSession::documentOpened);
    QSignalSpy finished(&s, &DocumentSession::analysisFinished);
    s.openFile(write(u"first.txt"_s, "First document about Burma."));
    s.openFile(write(u"second.txt"_s, "Second document about Geneva."));
    QVERIFY(s.waitForIdle(20000));
    QCOMPARE(opened.count(), 1);
    QVERIFY(s.document().text().startsWith(u"Second"_s));
    QCOMPARE(finished.count(), 1);
}

void TestDocumentSession::cancelStopsAnalysis()
{
    // A long text: cancelling right after the start ends the analysis without a result.
    QString text;
    const QString para = DocumentLoader::sampleDocument().text();
    while (text.size() < 3'000'000)
        text += para + u"\n\n"_s;
    DocumentSession s;
    QSignalSpy cancelled(&s, &DocumentSession::analysisCancelled);
    QSignalSpy finished(&s, &DocumentSession::analysisFinished);
    s.openDocument(Document::fromPlainText(text));
    QVERIFY(s.isAnalyzing());
    s.cancelAnalysis();
    QVERIFY(s.waitForIdle(20000));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(s.analysis() == nullptr);
    QCOMPARE(s.document().text().size(), text.size());  // the text stays shown
}

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
