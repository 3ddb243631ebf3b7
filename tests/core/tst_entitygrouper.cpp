// EntityGrouper: one data row per grouping rule and per never-merge case. Mentions are
// written inline as [surface|TYPE]; `groups` gives each mention's group (numbered by first
// appearance) and `names` the canonical name of each group.
#include "analysis/EntityGrouper.h"
#include "MarkedMentions.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

namespace {

using test::Marked;
Marked parse(const QString &marked) { return test::parseMarked(marked); }

} // namespace

class TestEntityGrouper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void group_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("groups");
        QTest::addColumn<QStringList>("names");

        // rules
        QTest::newRow("exact repeat") << u"[Kyaw Win|PER] left. Later [Kyaw Win|PER] wrote."_s << u"0 0"_s
                                      << QStringList{u"Kyaw Win"_s};
        QTest::newRow("possessive") << u"[Kyaw Win|PER] left. [Kyaw Win’s|PER] move surprised."_s << u"0 0"_s
                                    << QStringList{u"Kyaw Win"_s};
        QTest::newRow("possessive ascii") << u"[Kyaw Win's|PER] move. [Kyaw Win|PER] said."_s << u"0 0"_s
                                          << QStringList{u"Kyaw Win"_s};
        QTest::newRow("shorter form") << u"[Aung San Suu Kyi|PER] traveled. [Suu Kyi|PER] spoke."_s << u"0 0"_s
                                      << QStringList{u"Aung San Suu Kyi"_s};
        QTest::newRow("surname") << u"[Condoleezza Rice|PER] wrote. [Rice|PER] said."_s << u"0 0"_s
                                 << QStringList{u"Condoleezza Rice"_s};
        QTest::newRow("short form first") << u"[Rice|PER] said that [Condoleezza Rice|PER] agreed."_s << u"0 0"_s
                                          << QStringList{u"Condoleezza Rice"_s};
        QTest::newRow("org suffix") << u"The [U.N. Human Rights Council|ORG] met. The [Human Rights Council|ORG] voted."_s
                                    << u"0 0"_s << QStringList{u"U.N. Human Rights Council"_s};
        QTest::newRow("acronym") << u"The [United Nations|ORG] agreed; the [U.N.|ORG] said so."_s << u"0 0"_s
                                 << QStringList{u"United Nations"_s};
        QTest::newRow("acronym before full") << u"The [UN|ORG] and the [United Nations|ORG]."_s << u"0 0"_s
                                             << QStringList{u"United Nations"_s};
        QTest::newRow("curated US") << u"[U.S.|LOC] officials and the [United States|LOC] and [America|LOC]."_s
                                    << u"0 0 0"_s << QStringList{u"United States"_s};
        QTest::newRow("curated UK") << u"[Britain|LOC] and the [U.K.|LOC]"_s << u"0 0"_s << QStringList{u"Britain"_s};
        QTest::newRow("curated Burma") << u"[Burma|LOC] is [Myanmar|LOC]."_s << u"0 0"_s << QStringList{u"Burma"_s};
        QTest::newRow("the form used most") << u"[Myanmar|LOC], or [Burma|LOC]: [Burma|LOC] voted."_s << u"0 0 0"_s
                                            << QStringList{u"Burma"_s};
        QTest::newRow("declared also known as") << u"[Zaire|LOC], also known as [Kongo|LOC], and [Zaire|LOC]."_s
                                                << u"0 0 0"_s << QStringList{u"Zaire"_s};
        QTest::newRow("declared formerly known as") << u"[Acme Holdings|ORG], formerly known as [Widgetco|ORG]."_s
                                                    << u"0 0"_s << QStringList{u"Acme Holdings"_s};
        QTest::newRow("declared parenthesis") << u"the [Foreign Ministry|ORG] ([MFA|ORG]) said. The [MFA|ORG] did."_s
                                              << u"0 0 0"_s << QStringList{u"Foreign Ministry"_s};
        QTest::newRow("canonical longest") << u"[Clinton|PER] met [Hillary Clinton|PER] alias [Hillary Rodham Clinton|PER]."_s
                                           << u"0 0 0"_s << QStringList{u"Hillary Rodham Clinton"_s};
        QTest::newRow("country as org and place") << u"[Burma|LOC] said. [Burma|ORG] denied."_s << u"0 0"_s
                                                  << QStringList{u"Burma"_s};

        // never merge
        QTest::newRow("two people one surname") << u"[George Bush|PER] and [Laura Bush|PER] came."_s << u"0 1"_s
                                                << QStringList{u"George Bush"_s, u"Laura Bush"_s};
        QTest::newRow("surname joins nearest") << u"[George Bush|PER] spoke. [Bush|PER] left. [Laura Bush|PER] came. [Bush|PER] smiled."_s
                                               << u"0 0 1 1"_s << QStringList{u"George Bush"_s, u"Laura Bush"_s};
        QTest::newRow("different types") << u"[Jordan|LOC] welcomed [Michael Jordan|PER]."_s << u"0 1"_s
                                         << QStringList{u"Jordan"_s, u"Michael Jordan"_s};
        QTest::newRow("person and org same word") << u"[Ford|ORG] shares rose; [Harrison Ford|PER] laughed."_s
                                                  << u"0 1"_s << QStringList{u"Ford"_s, u"Harrison Ford"_s};
        QTest::newRow("acronym without its full form") << u"The [U.N.|ORG] met [NATO|ORG]."_s << u"0 1"_s
                                                       << QStringList{u"U.N."_s, u"NATO"_s};
        QTest::newRow("no declaration with or") << u"[France|LOC] or [Spain|LOC] will host."_s << u"0 1"_s
                                                << QStringList{u"France"_s, u"Spain"_s};
        QTest::newRow("dates never group with names") << u"On [Monday|DATE], [Monday|ORG] Inc said."_s << u"0 1"_s
                                                      << QStringList{u"Monday"_s, u"Monday"_s};
    }

    void group()
    {
        QFETCH(QString, marked);
        QFETCH(QString, groups);
        QFETCH(QStringList, names);
        Marked m = parse(marked);
        const QList<Entity> entities = EntityGrouper().group(m.text, m.mentions);
        QStringList got;
        for (const Mention &men : m.mentions)
            got << QString::number(men.entity);
        QCOMPARE(got.join(u' '), groups);
        QStringList gotNames;
        for (const Entity &e : entities)
            gotNames << e.name;
        QCOMPARE(gotNames, names);
        for (int e = 0; e < entities.size(); ++e)
            for (int idx : entities[e].mentions)
                QCOMPARE(m.mentions[idx].entity, e);
    }

    void aliasesAreDistinctSurfaces()
    {
        Marked m = parse(u"[Aung San Suu Kyi|PER] and [Suu Kyi|PER] and [Suu Kyi’s|PER] travel."_s);
        const QList<Entity> e = EntityGrouper().group(m.text, m.mentions);
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].aliases, (QStringList{u"Aung San Suu Kyi"_s, u"Suu Kyi"_s}));
        QCOMPARE(e[0].mentions.size(), 3);
        QCOMPARE(e[0].type, EntityType::PER);
    }

    void empty()
    {
        QList<Mention> none;
        QVERIFY(EntityGrouper().group(u"", none).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityGrouper)
#include "tst_entitygrouper.moc"
