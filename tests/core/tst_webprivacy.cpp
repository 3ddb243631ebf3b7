// The privacy rule: opening a web page runs no script and fetches nothing it references —
// no image, style sheet, font, script, frame, video or tracking pixel. A local server started
// here serves every resource news-article.html points at and counts the requests; opening
// the page (as a file, through the CLI, and through Open URL) must not reach it, except for
// the one page Open URL was asked to fetch.
#include "LocalHttpServer.h"

#include "document/DocumentLoader.h"
#include "net/PageFetcher.h"
#include "net/WebDocument.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestWebPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openingAFileFetchesNothing();
    void cliExtractFetchesNothing();
    void openUrlFetchesOnlyThePage();

private:
    LocalHttpServer m_server;
    QTemporaryDir m_dir;
    QByteArray m_page;
    QString m_path;
};

void TestWebPrivacy::initTestCase()
{
    QVERIFY(m_server.isListening());
    QFile f(QStringLiteral(LEDE_TEST_DATA_DIR) + u"/web/news-article.html"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_page = f.readAll().replace("{{ORIGIN}}", m_server.origin().toUtf8());
    QVERIFY(m_page.count(m_server.origin().toUtf8()) >= 15);  // every kind of reference points at the server
    for (const char *path : {"/css/site.css", "/fonts/serif.woff2", "/js/tracker.js", "/pixel-from-script.gif",
                             "/img/bg.png", "/ads/banner.jpg", "/ads/frame.html", "/img/bridge.jpg",
                             "/img/bridge-2x.jpg", "/img/inline-photo.jpg", "/video/clip.mp4", "/video/poster.jpg",
                             "/flash/player.swf", "/noscript-pixel.gif", "/tracking-pixel.gif"})
        m_server.route(path, 200, "application/octet-stream", "resource");
    m_server.route("/article.html", 200, "text/html; charset=utf-8", m_page);
    m_path = m_dir.path() + u"/article.html"_s;
    QFile out(m_path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_page);
}

void TestWebPrivacy::openingAFileFetchesNothing()
{
    const auto doc = DocumentLoader().loadFile(m_path);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QVERIFY(doc->text().contains(u"reopened to traffic"));
    QVERIFY(!doc->text().contains(u"pixel-from-script"));  // the script did not run
    QTest::qWait(300);  // room for any late, asynchronous request
    QCOMPARE(m_server.connections(), 0);
    QCOMPARE(m_server.requests(), QStringList());
}

void TestWebPrivacy::cliExtractFetchesNothing()
{
    const QString exe = QStringLiteral(LEDE_EXECUTABLE);
    if (exe.isEmpty() || !QFile::exists(exe))
        QSKIP("the lede executable is not built");
    QProcess p;
    p.start(exe, {u"extract"_s, m_path, u"--format"_s, u"json"_s});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("reopened to traffic"));
    QCOMPARE(m_server.connections(), 0);
}

void TestWebPrivacy::openUrlFetchesOnlyThePage()
{
    const auto page = PageFetcher::fetchBlocking(m_server.url(u"/article.html"_s), std::chrono::seconds(10));
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
    const auto doc = documentFromFetchedPage(*page);
    QVERIFY(doc.ok());
    QVERIFY(doc->text().contains(u"reopened to traffic"));
    QTest::qWait(300);
    QCOMPARE(m_server.requests(), QStringList{u"/article.html"_s});
}

QTEST_GUILESS_MAIN(TestWebPrivacy)
#include "tst_webprivacy.moc"
