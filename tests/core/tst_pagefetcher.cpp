// Open URL core: PageFetcher against a local HTTP server started by the test (success,
// redirect, 404, timeout, redirect loop, non-HTML, cancel, bad address), PageStore (pages
// kept for offline rereading) and the Document a fetched page becomes (its URL recorded as
// the source); `lede extract URL`.
#include "LocalHttpServer.h"

#include "net/PageFetcher.h"
#include "net/PageStore.h"
#include "net/WebDocument.h"
#include "document/WebPageParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QByteArray kPage = "<!DOCTYPE html><html><head><title>Fetched story | Site</title>"
                         "<meta property=\"og:title\" content=\"Fetched story\"></head><body><article>"
                         "<p>This paragraph was fetched from a local server by the test, and it is long enough, "
                         "with its commas and clauses, to be the text of an article.</p>"
                         "<p>A second paragraph makes sure that the extractor has something to choose.</p>"
                         "</article></body></html>";

struct Outcome {
    std::optional<FetchedPage> page;
    std::optional<Error> error;
    QList<qint64> progress;
};

Outcome fetchAndWait(PageFetcher &f, const QUrl &url)
{
    Outcome o;
    QObject ctx;
    QObject::connect(&f, &PageFetcher::finished, &ctx, [&](const FetchedPage &p) { o.page = p; });
    QObject::connect(&f, &PageFetcher::failed, &ctx, [&](const Error &e) { o.error = e; });
    QObject::connect(&f, &PageFetcher::progress, &ctx, [&](qint64 got, qint64) { o.progress << got; });
    f.fetch(url);
    (void)QTest::qWaitFor([&] { return o.page || o.error; }, 20000);
    return o;
}

} // namespace

class TestPageFetcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void success();
    void redirectIsFollowed();
    void errors_data();
    void errors();
    void cancel();
    void onlyOneSignalPerFetch();
    void storeKeepsPageForOfflineReading();
    void cliExtractsUrl();

private:
    LocalHttpServer m_server;
};

void TestPageFetcher::initTestCase()
{
    QVERIFY(m_server.isListening());
    m_server.route("/story", 200, "text/html; charset=utf-8", kPage);
    m_server.redirect("/old-story", "/story");
    m_server.route("/gone", 404, "text/html", "<p>Not here</p>", "Not Found");
    m_server.route("/broken", 500, "text/html", "<p>oops</p>", "Internal Server Error");
    m_server.hang("/slow");
    m_server.redirect("/loop-a", "/loop-b");
    m_server.redirect("/loop-b", "/loop-a");
    m_server.route("/photo.png", 200, "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x'));
    m_server.route("/doc.pdf", 200, "application/pdf", "%PDF-1.4 ...");
    m_server.route("/empty", 200, "text/html", "");
}

void TestPageFetcher::success()
{
    PageFetcher f;
    const Outcome o = fetchAndWait(f, m_server.url(u"/story"_s));
    QVERIFY2(o.page, o.error ? qPrintable(o.error->message) : "no answer");
    QCOMPARE(o.page->body, kPage);
    QCOMPARE(o.page->charset, u"utf-8"_s);
    QCOMPARE(o.page->finalUrl, m_server.url(u"/story"_s));
    QVERIFY(o.page->fetchedAt.isValid());
    QVERIFY(!o.progress.isEmpty());
    QCOMPARE(o.progress.last(), qint64(kPage.size()));
    QVERIFY(!f.isBusy());

    const auto doc = documentFromFetchedPage(*o.page);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->title(), u"Fetched story"_s);
    QCOMPARE(doc->metadata().url, m_server.url(u"/story"_s).toString());
    QCOMPARE(doc->metadata().site, u"127.0.0.1"_s);
    QVERIFY(articleBodyText(*doc).startsWith(u"This paragraph was fetched"));
}

void TestPageFetcher::redirectIsFollowed()
{
    PageFetcher f;
    const Outcome o = fetchAndWait(f, m_server.url(u"/old-story"_s));
    QVERIFY(o.page);
    QCOMPARE(o.page->requestedUrl, m_server.url(u"/old-story"_s));
    QCOMPARE(o.page->finalUrl, m_server.url(u"/story"_s));
    const auto doc = documentFromFetchedPage(*o.page);
    QVERIFY(doc.ok());
    QCOMPARE(doc->metadata().url, m_server.url(u"/story"_s).toString());  // the source is where it was found
}

void TestPageFetcher::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << u"/gone"_s << int(ErrorCode::Network) << u"404 Not Found"_s;
    QTest::newRow("500") << u"/broken"_s << int(ErrorCode::Network) << u"500"_s;
    QTest::newRow("timeout") << u"/slow"_s << int(ErrorCode::Network) << u"did not answer within 0.4 s"_s;
    QTest::newRow("redirect loop") << u"/loop-a"_s << int(ErrorCode::Network) << u"redirect loop"_s;
    QTest::newRow("image") << u"/photo.png"_s << int(ErrorCode::Unsupported) << u"not a web page but “image/png”"_s;
    QTest::newRow("pdf") << u"/doc.pdf"_s << int(ErrorCode::Unsupported) << u"application/pdf"_s;
    QTest::newRow("empty page") << u"/empty"_s << int(ErrorCode::Empty) << u"empty page"_s;
}

void TestPageFetcher::errors()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, reason);
    PageFetcher f;
    f.setTimeout(std::chrono::milliseconds(400));
    f.setMaxRedirects(5);
    const Outcome o = fetchAndWait(f, m_server.url(path));
    QVERIFY(!o.page);
    QVERIFY(o.error);
    QCOMPARE(int(o.error->code), code);
    QVERIFY2(o.error->message.contains(reason), qPrintable(o.error->message));
    QVERIFY2(o.error->message.contains(m_server.url(path).toDisplayString()), qPrintable(o.error->message));
}

void TestPageFetcher::cancel()
{
    PageFetcher f;
    Outcome o;
    connect(&f, &PageFetcher::failed, this, [&](const Error &e) { o.error = e; });
    connect(&f, &PageFetcher::finished, this, [&](const FetchedPage &p) { o.page = p; });
    f.fetch(m_server.url(u"/slow"_s));
    QTRY_VERIFY(m_server.requests().contains(u"/slow"_s));
    QVERIFY(f.isBusy());
    f.cancel();
    QTRY_VERIFY(o.error.has_value());
    QCOMPARE(o.error->code, ErrorCode::Cancelled);
    QVERIFY(!o.page);
    QVERIFY(!f.isBusy());

    // Not a web address: refused without any request, still asynchronously.
    o = {};
    const int before = int(m_server.requests().size());
    f.fetch(QUrl(u"ftp://example.org/file"_s));
    QVERIFY(!o.error);  // never inside fetch()
    QTRY_VERIFY(o.error.has_value());
    QCOMPARE(o.error->code, ErrorCode::Usage);
    QCOMPARE(int(m_server.requests().size()), before);
}

void TestPageFetcher::onlyOneSignalPerFetch()
{
    PageFetcher f;
    QSignalSpy ok(&f, &PageFetcher::finished);
    QSignalSpy bad(&f, &PageFetcher::failed);
    f.fetch(m_server.url(u"/story"_s));
    QTRY_COMPARE(ok.size() + bad.size(), 1);
    QTest::qWait(100);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(bad.size(), 0);
}

void TestPageFetcher::storeKeepsPageForOfflineReading()
{
    QTemporaryDir dir;
    PageStore store(dir.path() + u"/pages"_s);
    PageFetcher f;
    const Outcome o = fetchAndWait(f, m_server.url(u"/old-story"_s));
    QVERIFY(o.page);
    const auto path = store.save(*o.page);
    QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().message));
    QVERIFY(path->startsWith(dir.path() + u"/pages/"_s));
    QVERIFY(store.contains(m_server.url(u"/old-story"_s)));
    QVERIFY(store.contains(m_server.url(u"/story#section"_s)));  // final URL too; fragment ignored
    QFile html(*path);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(html.readAll(), kPage);
    QFile info(QString(*path).replace(u".html"_s, u".json"_s));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(info.readAll()).object();
    QCOMPARE(json.value(u"url").toString(), m_server.url(u"/old-story"_s).toString());
    QCOMPARE(json.value(u"final_url").toString(), m_server.url(u"/story"_s).toString());

    // Offline: no request reaches the server.
    const int before = int(m_server.requests().size());
    const auto doc = openStoredPage(m_server.url(u"/old-story"_s), store);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QCOMPARE(doc->title(), u"Fetched story"_s);
    QCOMPARE(doc->metadata().url, m_server.url(u"/story"_s).toString());
    QCOMPARE(doc->metadata().sourcePath, store.htmlPath(m_server.url(u"/old-story"_s)));
    QCOMPARE(int(m_server.requests().size()), before);

    const auto missing = openStoredPage(m_server.url(u"/never-fetched"_s), store);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(PageStore::defaultDirectory().endsWith(u"/pages"));
}

void TestPageFetcher::cliExtractsUrl()
{
    const QString exe = QStringLiteral(LEDE_EXECUTABLE);
    if (exe.isEmpty() || !QFile::exists(exe))
        QSKIP("the lede executable is not built");
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(exe, args);
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000);  // the server answers meanwhile
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()));
    };
    auto [code, out, err] = run({u"extract"_s, m_server.url(u"/story"_s).toString(), u"--format"_s, u"json"_s});
    QCOMPARE(code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(u"title").toString(), u"Fetched story"_s);
    QCOMPARE(json.value(u"url").toString(), m_server.url(u"/story"_s).toString());
    QVERIFY(json.value(u"text").toString().startsWith(u"This paragraph was fetched"));

    std::tie(code, out, err) = run({u"extract"_s, m_server.url(u"/gone"_s).toString()});
    QCOMPARE(code, 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(u"/gone") && err.contains(u"404"), qPrintable(err));

    std::tie(code, out, err) = run({u"extract"_s, m_server.url(u"/slow"_s).toString(), u"--timeout"_s, u"0.5"_s});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"did not answer"), qPrintable(err));

    std::tie(code, out, err) = run({u"extract"_s});
    QCOMPARE(code, 1);
    std::tie(code, out, err) = run({u"extract"_s, u"/nonexistent/page.html"_s});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"/nonexistent/page.html"), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
