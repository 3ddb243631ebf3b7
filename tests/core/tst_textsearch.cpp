// Find in article: matches, options, navigation helpers.
#include "text/TextSearch.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(lede::TextRange)

class TestTextSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findAll_data();
    void findAll();
    void cap();
    void navigation();
};

void TestTextSearch::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<QList<int>>("starts");
    const QString t = u"Burma, burma and BURMA; Burmas."_s;
    QTest::newRow("insensitive") << t << u"burma"_s << false << false << QList<int>{0, 7, 17, 24};
    QTest::newRow("sensitive") << t << u"Burma"_s << true << false << QList<int>{0, 24};
    QTest::newRow("whole words") << t << u"burma"_s << false << true << QList<int>{0, 7, 17};
    QTest::newRow("empty needle") << t << QString() << false << false << QList<int>{};
    QTest::newRow("no match") << t << u"Myanmar"_s << false << false << QList<int>{};
    QTest::newRow("non-overlapping") << u"aaaa"_s << u"aa"_s << false << false << QList<int>{0, 2};
    QTest::newRow("unicode case") << u"ÉCOLE école"_s << u"école"_s << false << false << QList<int>{0, 6};
}

void TestTextSearch::findAll()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(QList<int>, starts);
    FindOptions o;
    o.caseSensitive = caseSensitive;
    o.wholeWords = wholeWords;
    const QList<TextRange> hits = lede::findAll(text, needle, o);
    QList<int> got;
    for (const TextRange &r : hits) {
        got << r.start;
        QCOMPARE(r.length(), int(needle.size()));
        QCOMPARE(text.mid(r.start, r.length()).compare(needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive), 0);
    }
    QCOMPARE(got, starts);
}

void TestTextSearch::cap()
{
    const QString text = QString(50000, u'a');
    FindOptions o;
    o.maxResults = 100;
    QCOMPARE(lede::findAll(text, u"a", o).size(), 100);
}

void TestTextSearch::navigation()
{
    const QList<TextRange> r{{5, 7}, {10, 12}, {20, 22}};
    QCOMPARE(nextRangeIndex(r, 0), 0);
    QCOMPARE(nextRangeIndex(r, 6), 1);
    QCOMPARE(nextRangeIndex(r, 21), 0);  // wraps
    QCOMPARE(previousRangeIndex(r, 20), 1);
    QCOMPARE(previousRangeIndex(r, 5), 2);  // wraps
    QCOMPARE(nextRangeIndex({}, 3), -1);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
