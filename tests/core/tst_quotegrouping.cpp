// QuoteGrouping: who said what — groups by entity, by speaker text, the unattributed group;
// and the first-words snippet of a quote.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"

#include "analysis/QuoteGrouping.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestQuoteGrouping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groups_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");  // "name:count" per group, "" = unattributed
        QTest::newRow("entity groups pronoun and name")
            << u"[[Tom Reed]] said the plan failed. “It is over,” he said. [[Ann Fox]] said the plan worked."_s
            << QStringList{u"Tom Reed:2"_s, u"Ann Fox:1"_s};
        QTest::newRow("speaker text, case and article folded")
            << u"The government warned that the trip was risky. Later the government said the trip was off."_s
            << QStringList{u"The government:2"_s};
        QTest::newRow("unresolved pronoun is unattributed, and last")
            << u"She said the plan failed. [[Tom Reed]] said the plan worked."_s
            << QStringList{u"Tom Reed:1"_s, u":1"_s};
        QTest::newRow("more quotes first")
            << u"[[Ann Fox]] said the plan worked. [[Tom Reed]] said it failed. [[Tom Reed]] said it was over."_s
            << QStringList{u"Tom Reed:2"_s, u"Ann Fox:1"_s};
        QTest::newRow("no quotes") << u"Nothing was said."_s << QStringList{};
    }
    void groups()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const test::MarkedText t = test::analyseMarked(text);
        QStringList got;
        int total = 0;
        for (const SpeakerQuotes &g : groupQuotesBySpeaker(t.text, t.analysis)) {
            got.append(g.name + u':' + QString::number(g.quotes.size()));
            QCOMPARE(g.unattributed(), g.name.isEmpty());
            QVERIFY(std::is_sorted(g.quotes.cbegin(), g.quotes.cend()));
            total += int(g.quotes.size());
        }
        QCOMPARE(got, expected);
        QCOMPARE(total, int(t.analysis.quotes.size()));  // every quote in exactly one group
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << u"“We will win.”"_s << 80 << u"We will win."_s;
        QTest::newRow("cut at a word") << u"We will win the election next year"_s << 20 << u"We will win the…"_s;
        QTest::newRow("spaces collapsed") << u"We  will\nwin"_s << 80 << u"We will win"_s;
    }
    void snippet()
    {
        QFETCH(QString, content);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        Quote q;
        q.parts = {TextRange{0, int(content.size())}};
        q.range = q.parts.front();
        QCOMPARE(quoteSnippet(content, q, maxChars), expected);
    }

    void snippetOfSplitQuote()
    {
        const QString text = u"“A,” he said. “B.”"_s;
        Quote q;
        q.parts = {TextRange{1, 3}, TextRange{15, 17}};
        q.range = {1, 17};
        QCOMPARE(quoteSnippet(text, q), u"A,…"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuoteGrouping)
#include "tst_quotegrouping.moc"
