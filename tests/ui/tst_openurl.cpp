// Open URL (Ctrl+L) in the reader, against a local HTTP server started by the test: success
// shows the article with its source line; 404, a non-HTML response and a timeout show a
// message in the dialog and keep the current document; a kept page reopens offline.
#include "../core/LocalHttpServer.h"
#include "net/UrlOpener.h"
#include "session/DocumentSession.h"
#include "view/ArticleHeader.h"
#include "web/OpenUrlDialog.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace lede;
using namespace lede::ui;
using namespace Qt::Literals::StringLiterals;

class TestOpenUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensArticle();
    void errorsKeepDocument_data();
    void errorsKeepDocument();
    void keptPageReopensOffline();

private:
    OpenUrlDialog *openDialog();
    std::unique_ptr<MainWindow> m_window;
    LocalHttpServer m_server;
};

static const QByteArray kPage =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Diplomat defects | Example News</title>"
    "<meta property=\"og:site_name\" content=\"Example News\">"
    "<meta name=\"author\" content=\"Jane Reporter\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
    "<article><h1>Diplomat defects</h1>"
    "<p>The second-ranking diplomat at the Burmese Embassy in Washington has decided to defect and is "
    "seeking asylum in the United States, officials said on Monday.</p>"
    "<p>“The truth is that senior military officials are consolidating their grip on power,” Kyaw Win wrote "
    "in a letter to the State Department, which confirmed that it had received it.</p>"
    "<p>Kyaw Win previously served as a Burmese diplomat in Geneva, New Delhi and Brasilia before arriving "
    "in Washington in 2008.</p></article>"
    "<footer>© Example News. Share this story.</footer></body></html>";

void TestOpenUrl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.isListening());
    m_server.route("/story", 200, "text/html; charset=utf-8", kPage);
    m_server.route("/image", 200, "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8));
    m_server.hang("/slow");
}

void TestOpenUrl::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openSample();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 20000);
}

void TestOpenUrl::cleanup() { m_window.reset(); }

OpenUrlDialog *TestOpenUrl::openDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    OpenUrlDialog *d = nullptr;
    [&] { QTRY_VERIFY((d = m_window->findChild<OpenUrlDialog *>()) != nullptr); }();
    return d;
}

void TestOpenUrl::opensArticle()
{
    OpenUrlDialog *d = openDialog();
    QVERIFY(d);
    d->field()->setText(m_server.url(u"/story"_s).toString());
    QTest::keyClick(d->field(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->document().title().startsWith(u"Diplomat defects"_s), 10000);
    const Document &doc = m_window->session()->document();
    QVERIFY(doc.text().startsWith(u"Diplomat defects"_s));
    QVERIFY(doc.text().contains(u"Kyaw Win previously served"_s));
    QVERIFY(!doc.text().contains(u"Share this story"_s));
    QCOMPARE(doc.metadata().url, m_server.url(u"/story"_s).toString());
    QTRY_VERIFY(m_window->findChild<OpenUrlDialog *>() == nullptr);  // closed on success
    QVERIFY(m_window->articleHeader()->isVisible());
    QVERIFY(m_window->articleHeader()->text().contains(u"Jane Reporter"_s));
    QVERIFY(m_window->articleHeader()->text().contains(u"127.0.0.1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 20000);
    QCOMPARE(m_server.requests().count(u"/story"_s), 1);
}

void TestOpenUrl::errorsKeepDocument_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("404") << u"/missing"_s << u"404"_s << 0;
    QTest::newRow("not html") << u"/image"_s << u"image/png"_s << 0;
    QTest::newRow("timeout") << u"/slow"_s << u"did not answer"_s << 1500;
}

void TestOpenUrl::errorsKeepDocument()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, timeoutMs);
    const QString before = m_window->session()->document().text();
    OpenUrlDialog *d = openDialog();
    QVERIFY(d);
    if (timeoutMs > 0)
        d->opener()->fetcher().setTimeout(std::chrono::milliseconds(timeoutMs));
    d->field()->setText(m_server.url(path).toString());
    QTest::keyClick(d->field(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(d->status()->text().contains(message, Qt::CaseInsensitive), 10000);
    QVERIFY2(d->status()->text().contains(m_server.url(path).toString()), qPrintable(d->status()->text()));
    QVERIFY(d->isVisible());  // stays open to try again
    QCOMPARE(m_window->session()->document().text(), before);
    d->close();
}

void TestOpenUrl::keptPageReopensOffline()
{
    const QUrl url = m_server.url(u"/story"_s);
    const int before = m_server.requests().count(u"/story"_s);
    m_window->openUrl(url);  // kept by opensArticle(): no request, no dialog
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->document().title().startsWith(u"Diplomat defects"_s), 10000);
    QCOMPARE(m_server.requests().count(u"/story"_s), before);
    QVERIFY(m_window->findChild<OpenUrlDialog *>() == nullptr);
}

QTEST_MAIN(TestOpenUrl)
#include "tst_openurl.moc"
