// EntityModel (+ its filter): structure, order, roles — checked by QAbstractItemModelTester.
#include "analysis/Analyzer.h"
#include "document/DocumentLoader.h"
#include "models/EntityFilterModel.h"
#include "models/EntityModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace lede;
using namespace lede::ui;
using namespace Qt::Literals::StringLiterals;

class TestEntityModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void typesInOrderAndCounts();
    void sortedByCountThenFirstAppearance();
    void indexForEntity();
    void filter_data();
    void filter();

private:
    std::shared_ptr<const Analysis> m_analysis;
};

void TestEntityModel::initTestCase()
{
    auto analyzer = Analyzer::create();
    QVERIFY(analyzer.ok());
    auto a = (*analyzer)->analyze(DocumentLoader::sampleDocument().text());
    QVERIFY(a.ok());
    m_analysis = std::make_shared<const Analysis>(std::move(*a));
}

void TestEntityModel::modelTester()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(m_analysis);
    model.clear();
    model.setAnalysis(m_analysis);
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(u"kyaw"_s);
    proxy.setSearchText(QString());
}

void TestEntityModel::typesInOrderAndCounts()
{
    EntityModel model;
    model.setAnalysis(m_analysis);
    QList<int> types;
    int total = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex t = model.index(r, 0);
        types << t.data(EntityModel::EntityTypeRole).toInt();
        QCOMPARE(t.data(EntityModel::EntityIndexRole).toInt(), -1);
        QCOMPARE(model.index(r, EntityModel::CountColumn).data().toString(), QString::number(model.rowCount(t)));
        total += model.rowCount(t);
    }
    QVERIFY(std::is_sorted(types.begin(), types.end()));  // People, Organisations, Places, Other, Dates
    QCOMPARE(total, int(m_analysis->entities.size()));    // each entity once
}

void TestEntityModel::sortedByCountThenFirstAppearance()
{
    EntityModel model;
    model.setAnalysis(m_analysis);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex t = model.index(r, 0);
        int prevCount = INT_MAX, prevFirst = -1;
        for (int c = 0; c < model.rowCount(t); ++c) {
            const QModelIndex e = model.index(c, 0, t);
            const int ei = e.data(EntityModel::EntityIndexRole).toInt();
            const Entity &ent = m_analysis->entities[ei];
            QCOMPARE(e.data().toString(), ent.name);
            QCOMPARE(model.index(c, EntityModel::CountColumn, t).data().toInt(), int(ent.mentions.size()));
            const int count = int(ent.mentions.size());
            QVERIFY(count <= prevCount);
            if (count == prevCount)
                QVERIFY(ent.firstMention() > prevFirst);
            prevCount = count;
            prevFirst = ent.firstMention();
        }
    }
}

void TestEntityModel::indexForEntity()
{
    EntityModel model;
    model.setAnalysis(m_analysis);
    for (int i = 0; i < m_analysis->entities.size(); ++i)
        QCOMPARE(model.indexForEntity(i).data(EntityModel::EntityIndexRole).toInt(), i);
    QVERIFY(!model.indexForEntity(-1).isValid());
    QVERIFY(!model.indexForEntity(int(m_analysis->entities.size())).isValid());
}

void TestEntityModel::filter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << u"kyaw"_s << QStringList{u"Kyaw Win"_s};
    QTest::newRow("alias") << u"myan"_s << QStringList{u"Burma/Myanmar"_s};
    QTest::newRow("none") << u"zzzz"_s << QStringList{};
}

void TestEntityModel::filter()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    EntityModel model;
    model.setAnalysis(m_analysis);
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(search);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex t = proxy.index(r, 0);
        for (int c = 0; c < proxy.rowCount(t); ++c) {
            const QModelIndex e = proxy.index(c, 0, t);
            const QStringList aliases = e.data(EntityModel::AliasesRole).toStringList();
            got << (aliases.contains(u"Myanmar"_s) ? u"Burma/Myanmar"_s : e.data().toString());
        }
    }
    QCOMPARE(got, expected);
}

QTEST_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
