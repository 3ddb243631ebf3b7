// The decoder's spans made into names: symbols trimmed from the edges, separators split.
#include "analysis/ner/NerSpanCleanup.h"

#include <QTest>

using namespace lede;
using namespace lede::ner;
using namespace Qt::Literals::StringLiterals;

class TestNerSpanCleanup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clean_data()
    {
        // tokens separated by spaces; spans as "first-last" token ranges [first, last)
        QTest::addColumn<QString>("tokens");
        QTest::addColumn<QString>("spans");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain name") << u"Kyaw Win said"_s << u"0-2"_s << u"0-2"_s;
        QTest::newRow("backlink caret") << u"^ Myers , Glenford"_s << u"0-2"_s << u"1-2"_s;
        QTest::newRow("semicolon splits") << u"Adam ; Huizinga"_s << u"0-3"_s << u"0-1 2-3"_s;
        QTest::newRow("comma splits") << u"Kolawa , Adam"_s << u"0-3"_s << u"0-1 2-3"_s;
        QTest::newRow("bullet and pipe") << u"• Reuters | Home"_s << u"0-4"_s << u"1-2 3-4"_s;
        QTest::newRow("quotes split") << u"“ Tom ” Reed"_s << u"0-4"_s << u"1-2 3-4"_s;
        QTest::newRow("trailing dash") << u"Acme Corp —"_s << u"0-3"_s << u"0-2"_s;
        QTest::newRow("only symbols") << u"^ *"_s << u"0-2"_s << QString();
        QTest::newRow("ampersand kept") << u"Procter & Gamble"_s << u"0-3"_s << u"0-3"_s;
        QTest::newRow("abbreviation period kept") << u"Rep ."_s << u"0-2"_s << u"0-2"_s;
        QTest::newRow("parentheses kept") << u"Azad ( free ) Kashmir"_s << u"0-5"_s << u"0-5"_s;
        QTest::newRow("closing parenthesis at the end kept") << u"Mladost ( L )"_s << u"0-4"_s << u"0-4"_s;
        QTest::newRow("opening parenthesis at the start trimmed") << u"( Reuters"_s << u"0-2"_s << u"1-2"_s;
        QTest::newRow("period and apostrophe at the start trimmed") << u". ' Reuters"_s << u"0-3"_s << u"2-3"_s;
        QTest::newRow("possessive apostrophe kept") << u"Cup Winners '"_s << u"0-3"_s << u"0-3"_s;
        QTest::newRow("a lower-case letter is no name") << u"^ a b c d"_s << u"4-5"_s << QString();
        QTest::newRow("a capital initial stays") << u"Smith , J"_s << u"2-3"_s << u"2-3"_s;
        QTest::newRow("two spans") << u"^ Bush ; Rice and Powell"_s << u"0-4 5-6"_s << u"1-2 3-4 5-6"_s;
    }
    void clean()
    {
        QFETCH(QString, tokens);
        QFETCH(QString, spans);
        QFETCH(QString, expected);
        const QStringList toks = tokens.split(u' ');
        QList<LabelSpan> in;
        for (const QString &s : spans.split(u' ', Qt::SkipEmptyParts))
            in.append(LabelSpan{s.section(u'-', 0, 0).toInt(), s.section(u'-', 1, 1).toInt(), 1});
        const QList<LabelSpan> out = cleanSpans(in, [&](int i) { return QStringView(toks[i]); });
        QStringList got;
        for (const LabelSpan &s : out) {
            QCOMPARE(s.type, 1);
            got << u"%1-%2"_s.arg(s.first).arg(s.last);
        }
        QCOMPARE(got.join(u' '), expected);
    }
};

QTEST_APPLESS_MAIN(TestNerSpanCleanup)
#include "tst_nerspancleanup.moc"
