// QuoteModel: one row per quote in text order, speaker or "unattributed", first words.
#include "analysis/Analyzer.h"
#include "document/DocumentLoader.h"
#include "models/QuoteModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace lede;
using namespace lede::ui;
using namespace Qt::Literals::StringLiterals;

class TestQuoteModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows();
    void firstWords_data();
    void firstWords();
};

void TestQuoteModel::rows()
{
    const QString text = u"“We will prevail,” Kyaw Win said. Someone wrote: “Nobody knows who wrote this long line.”"_s;
    Analysis a;
    Entity kyaw{u"Kyaw Win"_s, EntityType::PER, {u"Kyaw Win"_s}, {0}};
    a.entities = {kyaw};
    Quote q1;
    q1.parts = {{1, 17}};
    q1.range = {1, 17};
    q1.speaker = TextRange{19, 27};
    q1.speakerEntity = 0;
    Quote q2;
    q2.parts = {{50, 88}};
    q2.range = {50, 88};
    a.quotes = {q1, q2};
    auto shared = std::make_shared<const Analysis>(a);

    QuoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(shared, text);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(QuoteModel::SpeakerRole).toString(), u"Kyaw Win"_s);
    QCOMPARE(model.index(0).data(QuoteModel::KindRole).toString(), u"direct"_s);
    QCOMPARE(model.index(0).data(QuoteModel::FirstWordsRole).toString(), u"We will prevail,"_s);
    QVERIFY(model.index(0).data().toString().contains(u"Kyaw Win"_s));
    QCOMPARE(model.index(1).data(QuoteModel::SpeakerRole).toString(), QString());
    QVERIFY(model.index(1).data().toString().startsWith(u"unattributed"_s));
    QCOMPARE(model.index(1).data(QuoteModel::QuoteIndexRole).toInt(), 1);
    QCOMPARE(model.indexForQuote(1).row(), 1);
    QVERIFY(!model.indexForQuote(2).isValid());
    model.setAnalysis(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestQuoteModel::firstWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << u"Short one."_s << 90 << u"Short one."_s;
    QTest::newRow("cut at word") << u"The democracy movement in my country cannot be crushed."_s << 30
                                 << u"The democracy movement in my…"_s;
    QTest::newRow("whitespace collapsed") << u"A\n\n  B"_s << 90 << u"A B"_s;
}

void TestQuoteModel::firstWords()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(QuoteModel::firstWords(text, max), expected);
}

QTEST_MAIN(TestQuoteModel)
#include "tst_quotemodel.moc"
