// QuoteCorrections: dismiss and set-speaker fixes applied to fresh analyses (also after the
// text moved), orphans reported, JSON round trip and malformed input.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"

#include "analysis/QuoteCorrections.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QString kText = u"[[Tom Reed]] spoke. “We will win,” he said. [[Ann Fox]] said the plan failed. "
                      u"The ministry warned that prices would rise."_s;

QString quoteText(const test::MarkedText &t, const Quote &q) { return t.text.mid(q.range.start, q.range.length()); }

} // namespace

class TestQuoteCorrections : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("prefix");    // text inserted before the article on re-analysis
        QTest::addColumn<int>("quote");         // which quote the fix is made on
        QTest::addColumn<QString>("action");    // dismiss | entity:NAME | none
        QTest::addColumn<int>("count");         // quotes after applying
        QTest::addColumn<QString>("speaker");   // entity name of the fixed quote after applying
        QTest::newRow("dismiss") << QString() << 1 << u"dismiss"_s << 2 << QString();
        QTest::newRow("dismiss after the text moved") << u"Update: new lead.\n\n"_s << 1 << u"dismiss"_s << 2 << QString();
        QTest::newRow("set speaker to another entity") << QString() << 0 << u"entity:Ann Fox"_s << 3 << u"Ann Fox"_s;
        QTest::newRow("set speaker, text moved") << u"Update.\n\n"_s << 2 << u"entity:Tom Reed"_s << 3 << u"Tom Reed"_s;
        QTest::newRow("clear the speaker") << QString() << 0 << u"none"_s << 3 << QString();
    }
    void apply()
    {
        QFETCH(QString, prefix);
        QFETCH(int, quote);
        QFETCH(QString, action);
        QFETCH(int, count);
        QFETCH(QString, speaker);
        const test::MarkedText before = test::analyseMarked(kText);
        QCOMPARE(before.analysis.quotes.size(), 3);
        const Quote &q = before.analysis.quotes[quote];
        QuoteCorrection c = action == u"dismiss" ? dismissQuote(before.text, q)
                            : action == u"none"  ? setQuoteSpeaker(before.text, q, QString())
                                                 : setQuoteSpeaker(before.text, q, action.mid(7));
        // a fresh analysis of the (possibly changed) text; the stored fix is reapplied
        const test::MarkedText after = test::analyseMarked(prefix + kText);
        const AppliedQuotes r = applyQuoteCorrections(after.text, after.analysis.quotes, after.analysis.entities, {c});
        QVERIFY(r.unmatched.isEmpty());
        QCOMPARE(r.quotes.size(), count);
        const QString fixedText = c.quoteText;
        bool found = false;
        for (const Quote &x : r.quotes) {
            if (quoteText(after, x) != fixedText)
                continue;
            found = true;
            QCOMPARE(x.speakerEntity >= 0 ? after.analysis.entities[x.speakerEntity].name : QString(), speaker);
            if (action == u"none")
                QVERIFY(!x.speaker);
        }
        QCOMPARE(found, action != u"dismiss");
        // applying never changes the analysis it is given
        QCOMPARE(after.analysis.quotes.size(), 3);
    }

    void orphanIsReported()
    {
        const test::MarkedText t = test::analyseMarked(kText);
        QuoteCorrection c = dismissQuote(t.text, t.analysis.quotes[0]);
        c.quoteText = u"words that are nowhere"_s;
        const AppliedQuotes r = applyQuoteCorrections(t.text, t.analysis.quotes, t.analysis.entities, {c});
        QCOMPARE(r.unmatched, QList<int>{0});
        QCOMPARE(r.quotes.size(), 3);
    }

    void speakerSpanFollowsText()
    {
        const test::MarkedText t = test::analyseMarked(kText);
        const int at = int(t.text.indexOf(u"The ministry"));
        const QuoteCorrection c =
            setQuoteSpeaker(t.text, t.analysis.quotes[0], QString(), TextRange{at, at + 12});
        const test::MarkedText moved = test::analyseMarked(u"Intro.\n\n"_s + kText);
        const AppliedQuotes r = applyQuoteCorrections(moved.text, moved.analysis.quotes, moved.analysis.entities, {c});
        QVERIFY(r.quotes[0].speaker);
        QCOMPARE(moved.text.mid(r.quotes[0].speaker->start, r.quotes[0].speaker->length()), u"The ministry"_s);
        QCOMPARE(r.quotes[0].speakerEntity, -1);
    }

    void jsonRoundTrip()
    {
        const test::MarkedText t = test::analyseMarked(kText);
        QList<QuoteCorrection> list{dismissQuote(t.text, t.analysis.quotes[1]),
                                    setQuoteSpeaker(t.text, t.analysis.quotes[0], u"Ann Fox"_s, TextRange{0, 8})};
        const auto back = quoteCorrectionsFromJson(quoteCorrectionsToJson(list));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0), list[0]);
        QCOMPARE(back->at(1), list[1]);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no list") << QByteArray(R"({"version":1})");
        QTest::newRow("unknown kind") << QByteArray(R"({"quote_corrections":[{"kind":"x","quote":{"start":0,"end":1}}]})");
        QTest::newRow("bad range") << QByteArray(R"({"quote_corrections":[{"kind":"dismiss","quote":{"start":5,"end":1}}]})");
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        const auto r = quoteCorrectionsFromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QVERIFY(r.error().message.startsWith(u"Quote corrections:"_s));
    }
};

QTEST_GUILESS_MAIN(TestQuoteCorrections)
#include "tst_quotecorrections.moc"
