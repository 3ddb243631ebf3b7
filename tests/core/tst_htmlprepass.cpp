// HtmlPrepass: raw-text elements and comments are cut out before parsing, JSON-LD is kept,
// quoted attributes are respected, and depth and size are bounded.
#include "document/HtmlPrepass.h"
#include "document/HtmlTree.h"

#include <QTest>

using namespace lede;

class TestHtmlPrepass : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void strips_data();
    void strips();
    void keepsJsonLd();
    void boundsDepth();
    void boundsSize();
    void treeIsFlatAndOrdered();
};

void TestHtmlPrepass::strips_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("script") << QByteArray("<p>a</p><script>if (a < b) { x = '</p>'; }</script><p>b</p>")
                            << QByteArray("<p>a</p><p>b</p>");
    QTest::newRow("script end tag case") << QByteArray("a<SCRIPT type=x>1</ScRiPt >b") << QByteArray("ab");
    QTest::newRow("style") << QByteArray("<style>p{}</style>x") << QByteArray("x");
    QTest::newRow("comment") << QByteArray("a<!-- <p>hidden</p> -->b") << QByteArray("ab");
    QTest::newRow("empty comments") << QByteArray("a<!-->b<!--->c") << QByteArray("abc");
    QTest::newRow("svg, noscript, iframe, template")
        << QByteArray("<svg><text>t</text></svg>1<noscript><img src=x></noscript>2<iframe src=y>f</iframe>3"
                      "<template><p>t</p></template>4")
        << QByteArray("1234");
    QTest::newRow("self-closing svg") << QByteArray("a<svg/>b") << QByteArray("ab");
    QTest::newRow("doctype kept") << QByteArray("<!DOCTYPE html><p>x") << QByteArray("<!DOCTYPE html><p>x");
    QTest::newRow("xml declaration dropped") << QByteArray("<?xml version=\"1.0\"?><p>x") << QByteArray("<p>x");
    QTest::newRow("script in attribute") << QByteArray("<div title=\"<script>\">x</div>")
                                         << QByteArray("<div title=\"<script>\">x</div>");
    QTest::newRow("gt in attribute") << QByteArray("<a title='a>b' href=x>y</a>") << QByteArray("<a title='a>b' href=x>y</a>");
    QTest::newRow("lone less-than") << QByteArray("1 < 2 <3") << QByteArray("1 &lt; 2 &lt;3");
    QTest::newRow("unterminated script") << QByteArray("a<script>var x") << QByteArray("a");
    QTest::newRow("tag cut at the end") << QByteArray("a<div class=\"x") << QByteArray("a");
}

void TestHtmlPrepass::strips()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(prepassHtml(in).html, out);
}

void TestHtmlPrepass::keepsJsonLd()
{
    const PrepassResult r = prepassHtml("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
                                        "<script>var a;</script><script type='Application/LD+JSON'>[1]</script>");
    QCOMPARE(r.jsonLd.size(), 2);
    QCOMPARE(r.jsonLd[0], QByteArray("{\"@type\":\"NewsArticle\"}"));
    QCOMPARE(r.jsonLd[1], QByteArray("[1]"));
    QVERIFY(r.html.isEmpty());
}

void TestHtmlPrepass::boundsDepth()
{
    const QByteArray deep = QByteArray("<div>").repeated(1000) + "text" + QByteArray("</div>").repeated(1000)
        + "<p>after</p>";
    PrepassOptions o;
    o.maxDepth = 100;
    const PrepassResult r = prepassHtml(deep, o);
    QCOMPARE(r.droppedDeepTags, 1800);
    QCOMPARE(r.html.count("<div>"), 100);
    QCOMPARE(r.html.count("</div>"), 100);
    QVERIFY(r.html.endsWith(QByteArray("text" + QByteArray("</div>").repeated(100) + "<p>after</p>")));
    // Unclosed paragraphs and list items do not count as nesting.
    const PrepassResult flat = prepassHtml(QByteArray("<p>x<li>y<br>").repeated(1000), o);
    QCOMPARE(flat.droppedDeepTags, 0);
}

void TestHtmlPrepass::boundsSize()
{
    PrepassOptions o;
    o.maxOutputBytes = 1000;
    const PrepassResult r = prepassHtml(QByteArray("<p>some text</p>").repeated(1000), o);
    QVERIFY(r.truncated);
    QVERIFY(r.html.size() <= 1000 + 16);
    QVERIFY(r.html.endsWith("</p>"));
}

void TestHtmlPrepass::treeIsFlatAndOrdered()
{
    const HtmlTree t = HtmlTree::parse(prepassHtml("<html><body><div id=a class='B c'><p>one <b>two</b></p>"
                                                   "<p>three</p></div></body></html>")
                                           .html);
    QVERIFY(t.body() > 0);
    int div = -1;
    for (int i = 0; i < t.size(); ++i) {
        QVERIFY(t.parent(i) < i);                  // pre-order: parents first
        QVERIFY(t.end(i) > i && t.end(i) <= t.size());
        if (t.parent(i) >= 0)
            QVERIFY(t.end(i) <= t.end(t.parent(i)));  // subtrees nest
        if (t.tag(i) == Tag::Div)
            div = i;
    }
    QVERIFY(div > 0);
    QCOMPARE(t.classAndId(div), QByteArray("b c a"));
    QCOMPARE(t.textContent(div), QStringLiteral("one twothree"));
    QCOMPARE(t.tag(t.firstChild(div)), Tag::P);
    QCOMPARE(t.tag(t.next(t.firstChild(div))), Tag::P);
}

QTEST_GUILESS_MAIN(TestHtmlPrepass)
#include "tst_htmlprepass.moc"
