// PageMetadata: headline, byline, date and site from JSON-LD, Open Graph / Twitter / Dublin
// Core meta tags, <title> (site suffix removed) and <time>.
#include "document/HtmlPrepass.h"
#include "document/HtmlTree.h"
#include "document/PageMetadata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestPageMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadata_data();
    void metadata();
};

void TestPageMetadata::metadata_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("site");

    const QByteArray ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                          "\"@type\":\"NewsArticle\",\"headline\":\"LD headline &amp; more\","
                          "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"},\"datePublished\":\"2020-01-02\","
                          "\"publisher\":{\"name\":\"LD Times\"}}</script>";
    QTest::newRow("json-ld wins") << "<head><title>T | S</title><meta property=\"og:title\" content=\"OG\">" + ld
                                         + "</head><body><p>x</p>"
                                  << u"LD headline & more"_s << u"Jane Roe"_s << u"2020-01-02"_s << u"LD Times"_s;
    QTest::newRow("json-ld in @graph")
        << QByteArray("<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@graph\":["
                      "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":"
                      "\"Graph headline\",\"author\":[{\"name\":\"A\"},{\"name\":\"B\"}]}]}</script>")
        << u"Graph headline"_s << u"A, B"_s << QString() << QString();
    QTest::newRow("broken json-ld ignored")
        << QByteArray("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                      "<meta property=\"og:title\" content=\"OG title\"><meta property=\"og:site_name\" content=\"OG Site\">"
                      "<meta property=\"article:published_time\" content=\"2021-05-06T07:08:09Z\">"
                      "<meta name=\"author\" content=\"Meta Author\">")
        << u"OG title"_s << u"Meta Author"_s << u"2021-05-06T07:08:09Z"_s << u"OG Site"_s;
    QTest::newRow("twitter card") << QByteArray("<title>x</title><meta name=\"twitter:title\" content=\"Tw title\">")
                                  << u"Tw title"_s << QString() << QString() << QString();
    QTest::newRow("dublin core") << QByteArray("<meta name=\"DC.title\" content=\"DC title\"><meta name=\"dc.creator\" "
                                               "content=\"DC Creator\">")
                                 << u"DC title"_s << u"DC Creator"_s << QString() << QString();
    QTest::newRow("article:author URL is not a byline")
        << QByteArray("<meta property=\"og:title\" content=\"T\"><meta property=\"article:author\" "
                      "content=\"https://facebook.example/someone\">")
        << u"T"_s << QString() << QString() << QString();
    QTest::newRow("title with site suffix") << QByteArray("<title>Storm hits the coast overnight | Example Post</title>")
                                            << u"Storm hits the coast overnight"_s << QString() << QString()
                                            << QString();
    QTest::newRow("title with site prefix") << QByteArray("<title>Example Post - Storm hits the coast overnight</title>")
                                            << u"Storm hits the coast overnight"_s << QString()
                                            << QString() << QString();
    QTest::newRow("short title, its part in the one h1")
        << QByteArray("<title>Regression testing - Wikipedia</title><body><h1 id=\"firstHeading\">Regression\n testing</h1>")
        << u"Regression testing"_s << QString() << QString() << QString();
    QTest::newRow("short title, h1 is not a part") << QByteArray("<title>Budget | Example</title><body><h1>Budget day</h1>")
                                                   << u"Budget | Example"_s << QString() << QString() << QString();
    QTest::newRow("short title keeps separator")
        << QByteArray("<title>Budget | Example</title>") << u"Budget | Example"_s << QString() << QString() << QString();
    QTest::newRow("time element")
        << QByteArray("<title>A long enough headline for this test</title><body><time datetime=\"2019-11-20\">Nov 20</time>")
        << u"A long enough headline for this test"_s << QString() << u"2019-11-20"_s << QString();
    QTest::newRow("itemprop datePublished")
        << QByteArray("<title>Headline of a decent length here</title><meta itemprop=\"datePublished\" content=\"2018-03-04\">")
        << u"Headline of a decent length here"_s << QString() << u"2018-03-04"_s << QString();
}

void TestPageMetadata::metadata()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QString, date);
    QFETCH(QString, site);
    const PrepassResult pre = prepassHtml(html);
    const PageMetadata m = readPageMetadata(HtmlTree::parse(pre.html), pre.jsonLd);
    QCOMPARE(m.title, title);
    QCOMPARE(m.byline, byline);
    QCOMPARE(m.date, date);
    QCOMPARE(m.site, site);
}

QTEST_GUILESS_MAIN(TestPageMetadata)
#include "tst_pagemetadata.moc"
