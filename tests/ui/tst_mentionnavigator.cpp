// MentionNavigator: activation, stepping, wrapping, clicked mentions.
#include "view/MentionNavigator.h"

#include <QTest>

using namespace lede;
using namespace lede::ui;

class TestMentionNavigator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void walk();
};

void TestMentionNavigator::walk()
{
    auto a = std::make_shared<Analysis>();
    a->mentions = {{{0, 1}, EntityType::PER, 1, 0}, {{2, 3}, EntityType::LOC, 1, 1},
                   {{4, 5}, EntityType::PER, 1, 0}, {{6, 7}, EntityType::PER, 1, 0}};
    a->entities = {Entity{QStringLiteral("A"), EntityType::PER, {}, {0, 2, 3}},
                   Entity{QStringLiteral("B"), EntityType::LOC, {}, {1}}};
    MentionNavigator nav;
    QCOMPARE(nav.activate(0), -1);  // no analysis yet
    nav.setAnalysis(a);
    QCOMPARE(nav.activate(0), 0);
    QCOMPARE(nav.position(), 1);
    QCOMPARE(nav.count(), 3);
    QCOMPARE(nav.activate(0), 2);  // again: the next one
    QCOMPARE(nav.next(), 3);
    QCOMPARE(nav.next(), 0);  // wraps
    QCOMPARE(nav.previous(), 3);
    QCOMPARE(nav.position(), 3);
    QCOMPARE(nav.activate(1), 1);  // another entity starts at its first mention
    QCOMPARE(nav.count(), 1);
    nav.setCurrentMention(2);
    QCOMPARE(nav.entity(), 0);
    QCOMPARE(nav.position(), 2);
    QCOMPARE(nav.next(), 3);
    QCOMPARE(nav.activate(5), -1);
}

QTEST_GUILESS_MAIN(TestMentionNavigator)
#include "tst_mentionnavigator.moc"
