// EntityCorrections: each correction kind applied to a machine analysis, rules across
// documents, re-analysis keeping corrections, quotes re-pointed, and the JSON round trip.
#include "analysis/EntityCorrections.h"
#include "analysis/EntityGrouper.h"

#include <QJsonDocument>
#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText = u"Kyaw Win met Rice in Burma on Monday. Kyaw Win said Myanmar was calm. Apple fell."_s;

TextRange at(const QString &surface, int nth = 0)
{
    qsizetype i = -1;
    for (int k = 0; k <= nth; ++k)
        i = kText.indexOf(surface, i + 1);
    return {int(i), int(i + surface.size())};
}

// What a machine might have said about kText.
Analysis machine()
{
    Analysis a;
    a.mentions = {
        {at(u"Kyaw Win"_s), EntityType::PER, 1, -1}, {at(u"Rice"_s), EntityType::ORG, 1, -1},
        {at(u"Burma"_s), EntityType::LOC, 1, -1},    {at(u"Monday"_s), EntityType::ORG, 1, -1},
        {at(u"Kyaw Win"_s, 1), EntityType::PER, 1, -1}, {at(u"Myanmar"_s), EntityType::LOC, 1, -1},
        {at(u"Apple"_s), EntityType::ORG, 1, -1},
    };
    a.entities = EntityGrouper().group(kText, a.mentions);
    Quote q;
    q.range = at(u"Myanmar was calm"_s);
    q.parts = {q.range};
    q.speaker = at(u"Kyaw Win"_s, 1);
    q.speakerEntity = a.mentions[4].entity;
    a.quotes = {q};
    return a;
}

QStringList describe(const Analysis &a)
{
    QStringList out;
    for (const Entity &e : a.entities) {
        QStringList ms;
        for (int m : e.mentions)
            ms << kText.mid(a.mentions[m].range.start, a.mentions[m].range.length());
        out << e.name + u'/' + entityTypeCode(e.type) + u'=' + ms.join(u',');
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(EntityCorrections)

class TestEntityCorrections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<EntityCorrections>("corrections");
        QTest::addColumn<QStringList>("entities");
        using C = EntityCorrection;
        const QStringList machineView = {u"Kyaw Win/PER=Kyaw Win,Kyaw Win"_s, u"Rice/ORG=Rice"_s, u"Burma/LOC=Burma,Myanmar"_s,
                                         u"Monday/ORG=Monday"_s, u"Apple/ORG=Apple"_s};
        QTest::newRow("none") << EntityCorrections{} << machineView;
        QTest::newRow("mention not an entity")
            << EntityCorrections{{C::notEntity(at(u"Monday"_s), u"Monday"_s)}, {}}
            << QStringList{machineView[0], machineView[1], machineView[2], machineView[4]};
        QTest::newRow("entity not an entity")
            << EntityCorrections{{C::notEntity(at(u"Kyaw Win"_s), u"Kyaw Win"_s, C::Scope::Entity)}, {}}
            << QStringList{machineView[1], machineView[2], machineView[3], machineView[4]};
        QTest::newRow("mention type")
            << EntityCorrections{{C::setType(at(u"Rice"_s), u"Rice"_s, EntityType::PER)}, {}}
            << QStringList{machineView[0], u"Rice/PER=Rice"_s, machineView[2], machineView[3], machineView[4]};
        QTest::newRow("entity type")
            << EntityCorrections{{C::setType(at(u"Burma"_s), u"Burma"_s, EntityType::ORG, C::Scope::Entity)}, {}}
            << QStringList{machineView[0], machineView[1], u"Burma/ORG=Burma,Myanmar"_s, machineView[3], machineView[4]};
        QTest::newRow("merge")
            << EntityCorrections{{C::merge(at(u"Kyaw Win"_s), u"Kyaw Win"_s, at(u"Rice"_s), u"Rice"_s)}, {}}
            << QStringList{u"Kyaw Win/PER=Kyaw Win,Rice,Kyaw Win"_s, machineView[2], machineView[3], machineView[4]};
        QTest::newRow("merge into an entity with fewer mentions")
            << EntityCorrections{{C::merge(at(u"Rice"_s), u"Rice"_s, at(u"Kyaw Win"_s), u"Kyaw Win"_s)}, {}}
            << QStringList{u"Kyaw Win/PER=Kyaw Win,Rice,Kyaw Win"_s, machineView[2], machineView[3], machineView[4]};
        QTest::newRow("split")
            << EntityCorrections{{C::split(at(u"Myanmar"_s), u"Myanmar"_s)}, {}}
            << QStringList{machineView[0], machineView[1], u"Burma/LOC=Burma"_s, machineView[3], u"Myanmar/LOC=Myanmar"_s,
                           machineView[4]};
        QTest::newRow("add")
            << EntityCorrections{{C::add(at(u"calm"_s), u"calm"_s, EntityType::MISC)}, {}}
            << QStringList{machineView[0], machineView[1], machineView[2], machineView[3], u"calm/MISC=calm"_s, machineView[4]};
        QTest::newRow("rule: always a date")
            << EntityCorrections{{}, {{u"Monday"_s, EntityType::DATE}}}
            << QStringList{machineView[0], machineView[1], machineView[2], u"Monday/DATE=Monday"_s, machineView[4]};
        QTest::newRow("rule: never an entity")
            << EntityCorrections{{}, {{u"Apple"_s, std::nullopt}}}
            << QStringList{machineView[0], machineView[1], machineView[2], machineView[3]};
        QTest::newRow("rule adds missed mentions")
            << EntityCorrections{{}, {{u"calm"_s, EntityType::MISC}}}
            << QStringList{machineView[0], machineView[1], machineView[2], machineView[3], u"calm/MISC=calm"_s, machineView[4]};
        QTest::newRow("later correction wins")
            << EntityCorrections{{C::setType(at(u"Rice"_s), u"Rice"_s, EntityType::PER),
                                  C::setType(at(u"Rice"_s), u"Rice"_s, EntityType::LOC)}, {}}
            << QStringList{machineView[0], machineView[1].left(5) + u"LOC=Rice"_s, machineView[2], machineView[3], machineView[4]};
    }
    void apply()
    {
        QFETCH(EntityCorrections, corrections);
        QFETCH(QStringList, entities);
        const Analysis a = applyCorrections(kText, machine(), corrections);
        QCOMPARE(describe(a), entities);
        for (int i = 1; i < a.mentions.size(); ++i)
            QVERIFY(a.mentions[i - 1].range.end <= a.mentions[i].range.start);
        for (int e = 0; e < a.entities.size(); ++e)
            for (int m : a.entities[e].mentions)
                QCOMPARE(a.mentions[m].entity, e);
    }

    // The machine runs again (here: the same analysis, rebuilt): corrections still apply.
    void reanalysisKeepsCorrections()
    {
        EntityCorrections c;
        c.corrections = {EntityCorrection::notEntity(at(u"Monday"_s), u"Monday"_s),
                         EntityCorrection::setType(at(u"Rice"_s), u"Rice"_s, EntityType::PER)};
        const Analysis first = applyCorrections(kText, machine(), c);
        const Analysis again = applyCorrections(kText, machine(), c);
        QCOMPARE(describe(first), describe(again));
        QVERIFY(!describe(again).join(u' ').contains(u"Monday"_s));
    }

    // The text moved (a sentence was inserted before): the correction finds its mention
    // by its text, nearest to where it was.
    void correctionFollowsMovedMention()
    {
        EntityCorrections c;
        c.corrections = {EntityCorrection::setType(TextRange{at(u"Rice"_s).start - 3, at(u"Rice"_s).end - 3}, u"Rice"_s,
                                                   EntityType::PER)};
        QList<int> unmatched;
        const Analysis a = applyCorrections(kText, machine(), c, &unmatched);
        QVERIFY(unmatched.isEmpty());
        QVERIFY(describe(a).contains(u"Rice/PER=Rice"_s));
        c.corrections = {EntityCorrection::notEntity(TextRange{0, 5}, u"Nobody"_s)};
        const Analysis b = applyCorrections(kText, machine(), c, &unmatched);
        QCOMPARE(unmatched, QList<int>{0});
        QCOMPARE(describe(b), describe(applyCorrections(kText, machine(), {})));
    }

    void quotesFollowTheirSpeaker()
    {
        EntityCorrections c;
        c.corrections = {EntityCorrection::notEntity(at(u"Rice"_s), u"Rice"_s)};
        const Analysis a = applyCorrections(kText, machine(), c);
        QCOMPARE(a.quotes.size(), 1);
        QVERIFY(a.quotes[0].speakerEntity >= 0);
        QCOMPARE(a.entities[a.quotes[0].speakerEntity].name, u"Kyaw Win"_s);
        c.corrections = {EntityCorrection::notEntity(at(u"Kyaw Win"_s), u"Kyaw Win"_s, EntityCorrection::Scope::Entity)};
        QCOMPARE(applyCorrections(kText, machine(), c).quotes[0].speakerEntity, -1);
    }

    void jsonRoundTrip()
    {
        using C = EntityCorrection;
        EntityCorrections c;
        c.corrections = {C::notEntity(at(u"Monday"_s), u"Monday"_s), C::setType(at(u"Rice"_s), u"Rice"_s, EntityType::PER, C::Scope::Entity),
                         C::merge(at(u"Burma"_s), u"Burma"_s, at(u"Apple"_s), u"Apple"_s), C::split(at(u"Myanmar"_s), u"Myanmar"_s),
                         C::add(at(u"calm"_s), u"calm"_s, EntityType::MISC)};
        c.rules = {{u"Monday"_s, EntityType::DATE}, {u"Apple"_s, std::nullopt}};
        const QByteArray bytes = QJsonDocument(c.toJson()).toJson();
        auto back = EntityCorrections::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, c);
    }

    void jsonDamaged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no version") << QByteArray(R"({"corrections":[]})");
        QTest::newRow("unknown action") << QByteArray(R"({"version":1,"corrections":[{"action":"explode","start":0,"end":1,"text":"a"}]})");
        QTest::newRow("no text") << QByteArray(R"({"version":1,"corrections":[{"action":"split","start":0,"end":1}]})");
        QTest::newRow("bad type") << QByteArray(R"({"version":1,"corrections":[{"action":"add","start":0,"end":1,"text":"a","type":"XYZ"}]})");
        QTest::newRow("merge without other") << QByteArray(R"({"version":1,"corrections":[{"action":"merge","start":0,"end":1,"text":"a"}]})");
        QTest::newRow("rule without text") << QByteArray(R"({"version":1,"rules":[{"type":"DATE"}]})");
    }
    void jsonDamaged()
    {
        QFETCH(QByteArray, json);
        auto r = EntityCorrections::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QVERIFY(r.error().message.contains(u"corrections"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntityCorrections)
#include "tst_entitycorrections.moc"
