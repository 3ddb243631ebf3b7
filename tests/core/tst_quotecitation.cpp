// QuoteCitation: a quote as citation text — direct verbatim, reported paraphrased, the
// source line with empty fields left out.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"

#include "analysis/QuoteCitation.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestQuoteCitation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("direct, all fields")
            << u"[[Kyaw Win]] left. “We will one day celebrate ours,” he said."_s << u"Diplomat defects"_s
            << u"The Washington Post"_s << u"2011-07-05"_s
            << u"“We will one day celebrate ours” — Kyaw Win, in “Diplomat defects”, The Washington Post, 2011-07-05"_s;
        QTest::newRow("split quote joined with an ellipsis")
            << u"“We will win,” [[Tom Reed]] said. “They know it.”"_s << u"T"_s << QString() << QString()
            << u"“We will win, … They know it.” — Tom Reed, in “T”"_s;
        QTest::newRow("inner quotes become single")
            << u"‘He told them “no” twice,’ [[Tom Reed]] said."_s << QString() << QString() << QString()
            << u"“He told them ‘no’ twice” — Tom Reed"_s;
        QTest::newRow("reported speech is not put in quotation marks")
            << u"[[Kyaw Win]] said that he had lost confidence."_s << QString() << u"The Post"_s << QString()
            << u"Kyaw Win (reported): he had lost confidence, The Post"_s;
        QTest::newRow("nominal speaker")
            << u"The government warned that the trip was risky."_s << QString() << QString() << u"Monday"_s
            << u"The government (reported): the trip was risky, Monday"_s;
    }
    void format()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, source);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        const test::MarkedText t = test::analyseMarked(text);
        QVERIFY(!t.analysis.quotes.isEmpty());
        const Quote &q = t.analysis.quotes.front();
        const QString speaker = quoteSpeakerName(t.text, q, t.analysis.entities);
        QCOMPARE(formatQuoteCitation(t.text, q, speaker, CitationSource{title, source, date, {}}), expected);
    }

    void unknownSpeaker()
    {
        Quote q;
        q.parts = {TextRange{1, 4}};
        q.range = q.parts.front();
        QCOMPARE(quoteSpeakerName(u"“Yes”", q, {}), u"unknown speaker"_s);
        QCOMPARE(formatQuoteCitation(u"“Yes”", q, u"X"_s, CitationSource{{}, {}, {}, u"https://example.org/a"_s}),
                 u"“Yes” — X, https://example.org/a"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuoteCitation)
#include "tst_quotecitation.moc"
