// QuoteTreeModel: who said what — speakers (entity, speaker as written, unattributed last)
// with their quotes below, checked by QAbstractItemModelTester through resets.
#include "app/Theme.h"
#include "models/QuoteTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace lede;
using namespace lede::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText = u"“We will prevail,” Kyaw Win said. Officials said the talks had failed. "
                      u"“It is over,” he said. Nobody knows who wrote “this long line about nothing at all.” "
                      u"The officials said that the vote was fair. Win said the embassy was closed."_s;

TextRange at(const QString &s, int nth = 0)
{
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = kText.indexOf(s, i + 1);
    return {int(i), int(i + s.size())};
}

Quote quote(const QString &content, QuoteKind kind, std::optional<TextRange> speaker, int entity)
{
    Quote q;
    q.range = at(content);
    q.parts = {q.range};
    q.kind = kind;
    q.speaker = speaker;
    q.speakerEntity = entity;
    return q;
}

// Kyaw Win (entity 0) said two things ("Kyaw Win", "Win"); "officials" twice (no entity,
// "Officials"/"The officials"); "he" (unresolved) and nobody once each.
std::shared_ptr<const Analysis> analysis()
{
    Analysis a;
    a.mentions = {{at(u"Kyaw Win"_s), EntityType::PER, 1, 0}, {at(u"Win"_s, 1), EntityType::PER, 1, 0}};
    a.entities = {Entity{u"Kyaw Win"_s, EntityType::PER, {u"Kyaw Win"_s, u"Win"_s}, {0, 1}}};
    a.quotes = {
        quote(u"We will prevail,"_s, QuoteKind::Direct, at(u"Kyaw Win"_s), 0),
        quote(u"the talks had failed"_s, QuoteKind::Indirect, at(u"Officials"_s), -1),
        quote(u"It is over,"_s, QuoteKind::Direct, at(u"he"_s, 0), -1),
        quote(u"this long line about nothing at all."_s, QuoteKind::Direct, std::nullopt, -1),
        quote(u"the vote was fair"_s, QuoteKind::Mixed, at(u"The officials"_s), -1),
        quote(u"the embassy was closed"_s, QuoteKind::Indirect, at(u"Win"_s, 1), 0),
    };
    return std::make_shared<const Analysis>(a);
}

} // namespace

class TestQuoteTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(Theme::forChoice(ThemeChoice::Light)); }
    void groups();
    void quoteRows_data();
    void quoteRows();
    void resets();
};

void TestQuoteTreeModel::groups()
{
    QuoteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analysis(), kText);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex kyaw = model.index(0, 0), officials = model.index(1, 0), none = model.index(2, 0);
    QCOMPARE(kyaw.data().toString(), u"Kyaw Win"_s);
    QCOMPARE(model.index(0, 1).data().toInt(), 2);
    QCOMPARE(kyaw.data(QuoteTreeModel::SpeakerEntityRole).toInt(), 0);
    QCOMPARE(kyaw.data(QuoteTreeModel::QuoteIndexRole).toInt(), -1);
    QCOMPARE(officials.data().toString(), u"Officials"_s);  // as first written, grouped case-insensitively
    QCOMPARE(officials.data(QuoteTreeModel::QuoteCountRole).toInt(), 2);
    QCOMPARE(officials.data(QuoteTreeModel::SpeakerEntityRole).toInt(), -1);
    QCOMPARE(none.data().toString(), u"Unattributed"_s);  // last
    QCOMPARE(none.data(QuoteTreeModel::SpeakerNameRole).toString(), QString());
    QCOMPARE(model.rowCount(none), 2);
    // tints: one per speaker, none for the unattributed
    QCOMPARE(kyaw.data(QuoteTreeModel::TintRole).toInt(), 0);
    QCOMPARE(officials.data(QuoteTreeModel::TintRole).toInt(), 1);
    QCOMPARE(none.data(QuoteTreeModel::TintRole).toInt(), -1);
    QVERIFY(kyaw.data(Qt::DecorationRole).isValid());
    QVERIFY(!none.data(Qt::DecorationRole).isValid());
    QVERIFY(kyaw.data(Qt::AccessibleTextRole).toString().contains(u"2"_s));
    QVERIFY(!model.parent(kyaw).isValid());
    QCOMPARE(model.rowCount(model.index(0, 1)), 0);  // only column 0 has children
}

void TestQuoteTreeModel::quoteRows_data()
{
    QTest::addColumn<int>("quote");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("firstWords");
    QTest::addColumn<QString>("kind");
    QTest::newRow("direct, named") << 0 << u"Kyaw Win"_s << 0 << u"We will prevail,"_s << u"direct"_s;
    QTest::newRow("reported, short name") << 5 << u"Kyaw Win"_s << 1 << u"the embassy was closed"_s << u"reported"_s;
    QTest::newRow("nominal speaker") << 1 << u"Officials"_s << 0 << u"the talks had failed"_s << u"reported"_s;
    QTest::newRow("mixed, same nominal") << 4 << u"Officials"_s << 1 << u"the vote was fair"_s << u"mixed"_s;
    QTest::newRow("unresolved pronoun") << 2 << u"Unattributed"_s << 0 << u"It is over,"_s << u"direct"_s;
    QTest::newRow("no speaker") << 3 << u"Unattributed"_s << 1 << u"this long line about nothing at all."_s
                                << u"direct"_s;
}

void TestQuoteTreeModel::quoteRows()
{
    QFETCH(int, quote);
    QFETCH(QString, speaker);
    QFETCH(int, row);
    QFETCH(QString, firstWords);
    QFETCH(QString, kind);
    QuoteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(analysis(), kText);
    const QModelIndex i = model.indexForQuote(quote);
    QVERIFY(i.isValid());
    QCOMPARE(i.row(), row);
    QCOMPARE(model.parent(i).data().toString(), speaker);
    QCOMPARE(i.data(QuoteTreeModel::QuoteIndexRole).toInt(), quote);
    QCOMPARE(i.data().toString(), firstWords);
    QCOMPARE(i.siblingAtColumn(QuoteTreeModel::DetailColumn).data().toString(), kind);
    QCOMPARE(i.data(QuoteTreeModel::KindRole).toString(), quoteKindCode(analysis()->quotes[quote].kind));
    QVERIFY(i.data(Qt::ToolTipRole).toString().contains(firstWords.left(8).toHtmlEscaped()));
    QCOMPARE(model.rowCount(i), 0);
}

void TestQuoteTreeModel::resets()
{
    QuoteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setAnalysis(analysis(), kText);
    QCOMPARE(model.rowCount(), 3);
    Analysis fewer = *analysis();
    fewer.quotes.remove(2, 2);  // the unattributed ones
    model.setAnalysis(std::make_shared<const Analysis>(fewer), kText);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexForQuote(4).isValid());
    model.setAnalysis(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForQuote(0).isValid());
}

QTEST_MAIN(TestQuoteTreeModel)
#include "tst_quotetreemodel.moc"
