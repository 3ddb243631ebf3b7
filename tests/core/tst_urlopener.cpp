// UrlOpener: Open URL end to end against a local server — the page is fetched, kept in the
// store and extracted off the UI thread; errors, "no article found" and cancel are reported
// once each.
#include "LocalHttpServer.h"

#include "document/WebPageParser.h"
#include "net/UrlOpener.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

struct Outcome {
    QList<Document> opened;
    QList<Error> failed;
    int progress = 0;
    int total() const { return int(opened.size() + failed.size()); }
};

void track(UrlOpener &o, Outcome &out, QObject *ctx)
{
    QObject::connect(&o, &UrlOpener::opened, ctx, [&out](const Document &d) { out.opened << d; });
    QObject::connect(&o, &UrlOpener::failed, ctx, [&out](const Error &e) { out.failed << e; });
    QObject::connect(&o, &UrlOpener::progress, ctx, [&out](qint64, qint64) { ++out.progress; });
}

} // namespace

class TestUrlOpener : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensAndKeeps();
    void reportsErrors_data();
    void reportsErrors();
    void cancelAndSupersede();

private:
    LocalHttpServer m_server;
    QTemporaryDir m_dir;
};

void TestUrlOpener::initTestCase()
{
    QVERIFY(m_server.isListening());
    QFile f(QStringLiteral(LEDE_TEST_DATA_DIR) + u"/web/news-article.html"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_server.route("/news", 200, "text/html; charset=utf-8", f.readAll().replace("{{ORIGIN}}", m_server.origin().toUtf8()));
    m_server.route("/menu", 200, "text/html", "<nav><a href=/a>A</a> <a href=/b>B</a> <a href=/c>C</a></nav>");
    m_server.route("/gone", 404, "text/html", "gone", "Not Found");
    m_server.hang("/slow");
}

void TestUrlOpener::opensAndKeeps()
{
    UrlOpener opener;
    PageStore store(m_dir.path() + u"/pages"_s);
    opener.setStore(store);
    Outcome out;
    track(opener, out, this);
    opener.open(m_server.url(u"/news"_s));
    QVERIFY(opener.isBusy());
    QTRY_COMPARE(out.total(), 1);
    QVERIFY(!opener.isBusy());
    QCOMPARE(out.opened.size(), 1);
    const Document &doc = out.opened.front();
    QCOMPARE(doc.title(), u"Harbour bridge reopens after two years of repairs"_s);
    QCOMPARE(doc.metadata().url, m_server.url(u"/news"_s).toString());
    QCOMPARE(doc.metadata().sourcePath, store.htmlPath(m_server.url(u"/news"_s)));
    QVERIFY(QFile::exists(doc.metadata().sourcePath));
    QVERIFY(articleBodyText(doc).startsWith(u"The harbour bridge reopened"));
    QVERIFY(out.progress > 0);
    QCOMPARE(m_server.requests().count(u"/news"_s), 1);  // and nothing the page refers to

    // Not kept when asked so.
    UrlOpener transient;
    transient.setStore(PageStore(m_dir.path() + u"/other"_s));
    transient.setKeepPages(false);
    Outcome out2;
    track(transient, out2, this);
    transient.open(m_server.url(u"/news"_s));
    QTRY_COMPARE(out2.total(), 1);
    QCOMPARE(out2.opened.size(), 1);
    QVERIFY(out2.opened.front().metadata().sourcePath.isEmpty());
    QVERIFY(!QFile::exists(m_dir.path() + u"/other"_s));
}

void TestUrlOpener::reportsErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << u"/gone"_s << int(ErrorCode::Network) << u"404"_s;
    QTest::newRow("no article") << u"/menu"_s << int(ErrorCode::Empty) << u"no article found"_s;
    QTest::newRow("timeout") << u"/slow"_s << int(ErrorCode::Network) << u"did not answer"_s;
}

void TestUrlOpener::reportsErrors()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, reason);
    UrlOpener opener;
    opener.setStore(PageStore(m_dir.path() + u"/errors"_s));
    opener.fetcher().setTimeout(std::chrono::milliseconds(400));
    Outcome out;
    track(opener, out, this);
    opener.open(m_server.url(path));
    QTRY_COMPARE(out.total(), 1);
    QCOMPARE(out.failed.size(), 1);
    QCOMPARE(int(out.failed.front().code), code);
    QVERIFY2(out.failed.front().message.contains(reason), qPrintable(out.failed.front().message));
    QVERIFY2(out.failed.front().message.contains(path), qPrintable(out.failed.front().message));
    QTest::qWait(50);
    QCOMPARE(out.total(), 1);
}

void TestUrlOpener::cancelAndSupersede()
{
    UrlOpener opener;
    opener.setKeepPages(false);
    Outcome out;
    track(opener, out, this);
    opener.open(m_server.url(u"/slow"_s));
    QTRY_VERIFY(m_server.requests().contains(u"/slow"_s));
    opener.cancel();
    QTRY_COMPARE(out.total(), 1);
    QCOMPARE(out.failed.front().code, ErrorCode::Cancelled);
    QVERIFY(!opener.isBusy());

    // A second open() while the first is running: the first is cancelled, the second opens.
    out = {};
    opener.open(m_server.url(u"/slow"_s));
    opener.open(m_server.url(u"/news"_s));
    QTRY_COMPARE(out.total(), 2);
    QCOMPARE(out.failed.size(), 1);
    QCOMPARE(out.failed.front().code, ErrorCode::Cancelled);
    QCOMPARE(out.opened.size(), 1);
    QCOMPARE(out.opened.front().metadata().url, m_server.url(u"/news"_s).toString());
}

QTEST_GUILESS_MAIN(TestUrlOpener)
#include "tst_urlopener.moc"
