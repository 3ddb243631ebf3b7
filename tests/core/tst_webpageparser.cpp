// Main-content extraction of web pages (WebPageParser and the steps behind it): synthetic
// pages in tests/data/web/ (layout tables, comment sections, several articles, no article,
// all script, tag soup, truncated, XHTML, gzip), a few real pages of the shared corpus (read from
// LEDE_SHARED_DIR, skipped when absent), and hostile input generated here (50 MB of nested
// divs, deep inline nesting, thousands of unclosed tags).
#include "document/DocumentLoader.h"
#include "document/WebPageParser.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LEDE_TEST_DATA_DIR) + u"/web/"_s + name;
}

// Word-bag F1 of two texts (lower-cased runs of letters/digits), as the shared scorer computes it.
double bagF1(const QString &gold, const QString &pred)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}_]+"_s);
    const auto bag = [](const QString &s) {
        QHash<QString, int> b;
        auto it = word.globalMatch(s.toCaseFolded());
        while (it.hasNext())
            ++b[it.next().captured(0)];
        return b;
    };
    const auto g = bag(gold);
    const auto p = bag(pred);
    int tp = 0, ng = 0, np = 0;
    for (auto it = g.cbegin(); it != g.cend(); ++it) {
        ng += it.value();
        tp += std::min(it.value(), p.value(it.key()));
    }
    for (int n : p)
        np += n;
    if (ng == 0 || np == 0 || tp == 0)
        return 0.0;
    const double prec = double(tp) / np, rec = double(tp) / ng;
    return 2 * prec * rec / (prec + rec);
}

} // namespace

class TestWebPageParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void blockKinds();
    void gzipPageEqualsPlainPage();
    void truncatedGzipIsBestEffort();
    void corpusPages_data();
    void corpusPages();
    void hostileInput_data();
    void hostileInput();
    void fiftyMegabytesOfNestedDivs();
};

void TestWebPageParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("news article") << u"news-article.html"_s << true
                                  << u"Harbour bridge reopens after two years of repairs"_s
                                  << QStringList{u"reopened to traffic on Tuesday morning"_s, u"A long detour ends"_s,
                                                 u"We waited a long time for this"_s,
                                                 u"Cyclists get a separate, protected lane"_s,
                                                 u"Night closures: announced a week ahead"_s,
                                                 u"First bus over the bridge this morning"_s,  // an embedded post
                                                 u"before it becomes dangerous."_s}
                                  << QStringList{u"Home"_s, u"Related stories"_s, u"Tunnel works delayed"_s,
                                                 u"142 comments"_s, u"outrageous amount"_s, u"All rights reserved"_s,
                                                 u"Share on Facebook"_s, u"Advertisement"_s, u"document.write"_s};
    QTest::newRow("layout tables") << u"layout-tables.html"_s << true << u"Old Town Gazette - Mill fire"_s
                                   << QStringList{u"destroyed the old paper mill"_s, u"Nobody was hurt"_s,
                                                  u"Police are investigating"_s}
                                   << QStringList{u"Front page"_s, u"Weather"_s, u"Advertise with us"_s,
                                                  u"Subscribe"_s};
    QTest::newRow("comment section") << u"comments.html"_s << true << u"Open thread: September | The Example Blog"_s
                                     << QStringList{u"quarterly open threads"_s}
                                     << QStringList{u"Milan"_s, u"slower buses"_s, u"giving now"_s};
    QTest::newRow("several articles") << u"several-articles.html"_s << true << u"Rivers run low as drought deepens"_s
                                      << QStringList{u"lowest point in half a century"_s,
                                                     u"dredge the shallowest stretches"_s}
                                      << QStringList{u"Election date"_s, u"stolen masks"_s, u"More stories"_s,
                                                     u"Heat record"_s, u"Climate"_s, u"Advertise"_s};
    QTest::newRow("tag soup") << u"tag-soup.html"_s << true << u"Tag soup"_s
                              << QStringList{u"Ferry strike called off"_s, u"so all crossings will run as normal"_s,
                                             u"a bonus for working on public holidays"_s,
                                             u"A stray paragraph inside a table"_s,
                                             u"end of the month & keep their seat reservations"_s}
                              << QStringList{u"<b>"_s, u"&amp;"_s};
    QTest::newRow("truncated") << u"truncated.html"_s << true << u"Cut short"_s
                               << QStringList{u"end of the file is missing"_s, u"The second paragraph arrived"_s}
                               << QStringList{u"not a paragraph"_s};
    QTest::newRow("xhtml, ISO-8859-1") << u"article.xhtml"_s << true << u"Neue Brücke über den Fluss"_s
                                       << QStringList{u"zwölf Millionen Euro. Der Bürgermeister"_s,
                                                      u"die alte Fähre stellt ihren Betrieb"_s}
                                       << QStringList{u"Startseite"_s, u"Lokales"_s};
    QTest::newRow("no article") << u"no-article.html"_s << false << QString() << QStringList{} << QStringList{};
    QTest::newRow("all script") << u"all-script.html"_s << false << QString() << QStringList{} << QStringList{};
}

void TestWebPageParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(QString, title);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const auto doc = DocumentLoader().loadFile(dataPath(file));
    QCOMPARE(doc.ok(), ok);
    if (!ok) {
        QCOMPARE(doc.error().code, ErrorCode::Empty);
        QVERIFY2(doc.error().message.contains(file), qPrintable(doc.error().message));
        QVERIFY2(doc.error().message.contains(u"no article found"), qPrintable(doc.error().message));
        return;
    }
    QCOMPARE(doc->metadata().format, SourceFormat::Html);
    QCOMPARE(doc->title(), title);
    QCOMPARE(doc->blocks().front().kind, BlockKind::Title);
    const QString body = articleBodyText(*doc);
    QVERIFY(!body.startsWith(title));
    for (const QString &s : present)
        QVERIFY2(body.contains(s), qPrintable(u"missing: "_s + s + u"\n---\n"_s + body));
    for (const QString &s : absent)
        QVERIFY2(!body.contains(s), qPrintable(u"should not be there: "_s + s + u"\n---\n"_s + body));
}

void TestWebPageParser::blockKinds()
{
    const auto doc = DocumentLoader().loadFile(dataPath(u"news-article.html"_s));
    QVERIFY(doc.ok());
    const DocumentMetadata &m = doc->metadata();
    QCOMPARE(m.byline, u"Ana Lima, Tom Reyes"_s);
    QCOMPARE(m.date, u"2024-03-05T08:30:00Z"_s);
    QCOMPARE(m.site, u"The Daily Example"_s);
    QCOMPARE(m.encoding, u"UTF-8"_s);
    QVERIFY(m.url.startsWith(u"file:"));
    QHash<BlockKind, int> count;
    for (const Block &b : doc->blocks()) {
        ++count[b.kind];
        const QString text = doc->text().mid(b.range.start, b.range.length());
        if (b.kind == BlockKind::Heading) {
            QCOMPARE(text, u"A long detour ends"_s);
            QCOMPARE(b.level, 2);
        } else if (b.kind == BlockKind::BlockQuote) {  // the embedded post (2 blocks), the quote
            QVERIFY(text.startsWith(u"First bus") || text.startsWith(u"— Night Bus Fan") || text.startsWith(u"We waited"));
        } else if (b.kind == BlockKind::ListItem) {
            QCOMPARE(b.level, 1);
        } else if (b.kind == BlockKind::Preformatted) {
            QCOMPARE(text, u"Opening hours: 05:00–01:00\nNight closures: announced a week ahead"_s);
        }
    }
    QCOMPARE(count.value(BlockKind::Title), 1);
    QCOMPARE(doc->blocks().front().kind, BlockKind::Title);
    QCOMPARE(count.value(BlockKind::Heading), 1);
    QCOMPARE(count.value(BlockKind::BlockQuote), 3);
    QCOMPARE(count.value(BlockKind::ListItem), 3);
    QCOMPARE(count.value(BlockKind::Preformatted), 1);
    QVERIFY(count.value(BlockKind::Paragraph) >= 5);
}

void TestWebPageParser::gzipPageEqualsPlainPage()
{
    const auto plain = DocumentLoader().loadFile(dataPath(u"news-article.html"_s));
    const auto gz = DocumentLoader().loadFile(dataPath(u"news-article.html.gz"_s));
    QVERIFY2(gz.ok(), gz.ok() ? "" : qPrintable(gz.error().message));
    QCOMPARE(gz->text(), plain->text());
    QCOMPARE(DocumentLoader::formatForPath(u"a/b.html.gz"_s), std::optional<SourceFormat>(SourceFormat::Html));
}

void TestWebPageParser::truncatedGzipIsBestEffort()
{
    QFile f(dataPath(u"news-article.html.gz"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    for (qsizetype cut : {qsizetype(2), qsizetype(10), all.size() / 3, all.size() * 2 / 3, all.size() - 9}) {
        const auto doc = DocumentLoader().loadBytes(all.left(cut), u"cut.html.gz"_s);
        if (doc.ok())
            QVERIFY(!doc->text().isEmpty());
        else
            QVERIFY2(doc.error().message.contains(u"cut.html.gz"), qPrintable(doc.error().message));
    }
    // Corrupt data after a good start is not a crash either.
    QByteArray damaged = all;
    for (qsizetype i = all.size() / 2; i < all.size(); i += 7)
        damaged[i] = char(damaged[i] ^ 0x5A);
    const auto doc = DocumentLoader().loadBytes(damaged, u"damaged.html.gz"_s);
    QVERIFY(doc.ok() || doc.error().message.contains(u"damaged.html.gz"));
}

void TestWebPageParser::corpusPages_data()
{
    QTest::addColumn<QString>("dir");
    const QString root = QStringLiteral(LEDE_SHARED_DIR) + u"/data/webpages/"_s;
    for (const char *page : {"readability/aclu", "readability/ars-1", "readability/cnet", "readability/buzzfeed-1",
                             "scrapinghub/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
                             "scrapinghub/04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
                             "scrapinghub/098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2"})
        QTest::newRow(page) << root + QString::fromLatin1(page);
}

void TestWebPageParser::corpusPages()
{
    QFETCH(QString, dir);
    QString source = dir + u"/source.html"_s;
    if (!QFile::exists(source))
        source += u".gz"_s;
    if (!QFile::exists(source))
        QSKIP("the shared web-page corpus is not here");
    const auto doc = DocumentLoader().loadFile(source);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QFile gold(dir + u"/expected.txt"_s);
    QVERIFY(gold.open(QIODevice::ReadOnly));
    const double f1 = bagF1(QString::fromUtf8(gold.readAll()), articleBodyText(*doc));
    QVERIFY2(f1 >= 0.95, qPrintable(u"F1 %1"_s.arg(f1)));
    QFile meta(dir + u"/expected-metadata.json"_s);
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QString goldTitle = QJsonDocument::fromJson(meta.readAll()).object().value(u"title").toString();
    if (!goldTitle.isEmpty())
        QCOMPARE(doc->title(), goldTitle.simplified());
}

void TestWebPageParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("marker");  // text that must survive; empty: any outcome but a crash
    const QByteArray para = "<p>The marker paragraph is long enough to count as the text of an article, "
                            "with commas, clauses, and a full stop at the end.</p>";
    QTest::newRow("deep inline nesting") << QByteArray("<html><body>") + QByteArray("<b>").repeated(300000) + para
                                         << u"marker paragraph"_s;
    QTest::newRow("deep tables") << QByteArray("<body>") + QByteArray("<table><tr><td>").repeated(20000) + para
                                 << u"marker paragraph"_s;
    QTest::newRow("unclosed paragraphs") << QByteArray("<body>") + QByteArray("<p>Lorem ipsum, dolor sit amet. ").repeated(100000)
                                         << u"Lorem ipsum"_s;
    QTest::newRow("unterminated comment") << QByteArray("<body>") + para + QByteArray("<!-- ") + QByteArray("x").repeated(100000)
                                          << u"marker paragraph"_s;
    QTest::newRow("unterminated attribute") << QByteArray("<body>") + para + "<div class=\"" + QByteArray("y").repeated(100000)
                                            << u"marker paragraph"_s;
    QTest::newRow("script inside attribute") << QByteArray("<body><div title=\"<script>\">") + para + "</div>"
                                             << u"marker paragraph"_s;
    QTest::newRow("megabytes of script") << QByteArray("<body><script>") + QByteArray("var a = '<p>';").repeated(200000)
                                                + "</script>" + para
                                         << u"marker paragraph"_s;
    QTest::newRow("control bytes and nulls") << QByteArray("<body>") + para + QByteArray("\x01\x02<p>\x7f</p>", 12)
                                             << u"marker paragraph"_s;
    QTest::newRow("only markup") << QByteArray("<div><span></span></div>").repeated(50000) << QString();
}

void TestWebPageParser::hostileInput()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, marker);
    const auto doc = parseWebPageUtf8(html, {}, u"hostile.html"_s);
    if (marker.isEmpty()) {
        QVERIFY(!doc.ok());
        QVERIFY(doc.error().message.contains(u"hostile.html"));
        return;
    }
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QVERIFY(doc->text().contains(marker));
}

void TestWebPageParser::fiftyMegabytesOfNestedDivs()
{
    const qsizetype levels = 50LL * 1000 * 1000 / 11;
    QByteArray html;
    html.reserve(levels * 11 + 1024);
    html.append("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
    html.append(QByteArray("<div>").repeated(levels));
    html.append("<p>At the bottom of fifty megabytes of nested divs there is still one paragraph, "
                "and the reader shows it.</p>");
    html.append(QByteArray("</div>").repeated(levels));
    html.append("</body></html>");
    QVERIFY(html.size() > 50 * 1000 * 1000);
    const auto doc = DocumentLoader().loadBytes(html, u"deep.html"_s, SourceFormat::Html);
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    QVERIFY(doc->text().contains(u"there is still one paragraph"));
}

QTEST_GUILESS_MAIN(TestWebPageParser)
#include "tst_webpageparser.moc"
