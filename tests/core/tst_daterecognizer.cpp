// DateRecognizer: the date expressions the issue names (weekdays, months, years, "last
// year", "this weekend", "the past two decades") and the look-alikes that are not dates.
#include "analysis/DateRecognizer.h"
#include "analysis/Tokenizer.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestDateRecognizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("weekday") << u"He confirmed Monday that he is leaving."_s << QStringList{u"Monday"_s};
        QTest::newRow("weekday part") << u"They met Tuesday night."_s << QStringList{u"Tuesday night"_s};
        QTest::newRow("last weekday") << u"It rained last Friday."_s << QStringList{u"last Friday"_s};
        QTest::newRow("month day year") << u"Signed on July 4, 2011, in Paris."_s << QStringList{u"July 4, 2011"_s};
        QTest::newRow("day month year") << u"Signed on 4 July 2012."_s << QStringList{u"4 July 2012"_s};
        QTest::newRow("abbreviated month") << u"They met Jan. 5 in Rome."_s << QStringList{u"Jan. 5"_s};
        QTest::newRow("month after preposition") << u"The vote is in March."_s << QStringList{u"March"_s};
        QTest::newRow("month year") << u"It opened in September 2001."_s << QStringList{u"September 2001"_s};
        QTest::newRow("year") << u"He arrived in Washington in 2008."_s << QStringList{u"2008"_s};
        QTest::newRow("year first") << u"In 2005, the deputy chief asked for asylum."_s << QStringList{u"2005"_s};
        QTest::newRow("decade") << u"Prices fell in the 1990s."_s << QStringList{u"the 1990s"_s};
        QTest::newRow("last year") << u"The elections last year were a sham."_s << QStringList{u"last year"_s};
        QTest::newRow("this weekend") << u"This weekend, she traveled outside Rangoon."_s << QStringList{u"This weekend"_s};
        QTest::newRow("past two decades") << u"She spent much of the past two decades under arrest."_s
                                          << QStringList{u"the past two decades"_s};
        QTest::newRow("past year") << u"Sales grew in the past year."_s << QStringList{u"the past year"_s};
        QTest::newRow("this week") << u"She announced plans to travel this week."_s << QStringList{u"this week"_s};
        QTest::newRow("earlier this week") << u"Earlier this week he spoke."_s << QStringList{u"Earlier this week"_s};
        QTest::newRow("last month") << u"Last month, she urged officials."_s << QStringList{u"Last month"_s};
        QTest::newRow("years ago") << u"Two years ago he left."_s << QStringList{u"Two years ago"_s};
        QTest::newRow("deictic") << u"Yesterday it snowed; tomorrow it thaws."_s << QStringList{u"Yesterday"_s, u"tomorrow"_s};
        QTest::newRow("numeric") << u"Filed 2011-07-04 and 7/4/2011."_s << QStringList{u"2011-07-04"_s, u"7/4/2011"_s};
        // not dates
        QTest::newRow("modal may") << u"May I ask a question?"_s << QStringList{};
        QTest::newRow("march as noun") << u"The March for Life drew crowds."_s << QStringList{};
        QTest::newRow("count not year") << u"Sales rose 2008 units."_s << QStringList{};
        QTest::newRow("big number") << u"About 1,999 people came."_s << QStringList{};
        QTest::newRow("lower weekday word") << u"The weekend was quiet."_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, dates);
        const TokenizedText tt = Tokenizer().tokenize(text);
        QStringList got;
        for (const Mention &m : DateRecognizer().recognize(text, tt)) {
            QCOMPARE(m.type, EntityType::DATE);
            QVERIFY(m.score > 0 && m.score <= 1);
            got << text.mid(m.range.start, m.range.length());
        }
        QCOMPARE(got, dates);
    }
};

QTEST_GUILESS_MAIN(TestDateRecognizer)
#include "tst_daterecognizer.moc"
