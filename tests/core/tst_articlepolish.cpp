// ArticlePolish: the last pass over an article's blocks — byline and dateline lines above the
// first paragraph, repeated gallery captions, closing sign-off lines, a heading that repeats
// the headline.
#include "document/ArticlePolish.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

const QString kPara = u"The council voted on Tuesday to delay the budget until the spring, after a long debate "
                      u"in which several members spoke against the plan."_s;

QList<ArticleBlock> paragraphs(const QStringList &texts)
{
    QList<ArticleBlock> out;
    for (const QString &t : texts)
        out.append({BlockKind::Paragraph, 0, t});
    return out;
}

QStringList texts(const QList<ArticleBlock> &blocks)
{
    QStringList out;
    for (const ArticleBlock &b : blocks)
        out << b.text;
    return out;
}

} // namespace

class TestArticlePolish : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void polish_data();
    void polish();
    void headingRepeatingTitleGoes();
};

void TestArticlePolish::polish_data()
{
    QTest::addColumn<QStringList>("in");
    QTest::addColumn<QStringList>("out");
    const QString caption = u"Commuters cross the harbour bridge on Tuesday morning, the first day it was open "
                            u"to traffic again after two years."_s;
    QTest::newRow("byline and dateline above the text")
        << QStringList{u"By Jane Roe and John Doe"_s, u"Updated 5:27 am CST, Wednesday, November 20, 2019"_s, kPara}
        << QStringList{kPara};
    QTest::newRow("portuguese date line") << QStringList{u"segunda-feira, 22 de janeiro de 2018 às 0:13"_s, kPara}
                                          << QStringList{kPara};
    QTest::newRow("the byline itself") << QStringList{u"JANE ROE"_s, kPara} << QStringList{kPara};
    QTest::newRow("same lines after the first paragraph stay")
        << QStringList{kPara, u"By the end of the year, nothing had changed."_s, u"Updated 5:27 am CST"_s}
        << QStringList{kPara, u"By the end of the year, nothing had changed."_s, u"Updated 5:27 am CST"_s};
    QTest::newRow("repeated caption once") << QStringList{caption, kPara, caption, u"Caption"_s, caption}
                                           << QStringList{caption, kPara, u"Caption"_s};
    QTest::newRow("short repeated lines stay")
        << QStringList{kPara, u"Eat every 2–3 hours"_s, u"Eat every 2–3 hours"_s, u"Portion Fix: 1 Green, 1 Red"_s,
                       u"Portion Fix: 1 Green, 1 Red"_s}
        << QStringList{kPara, u"Eat every 2–3 hours"_s, u"Eat every 2–3 hours"_s, u"Portion Fix: 1 Green, 1 Red"_s,
                       u"Portion Fix: 1 Green, 1 Red"_s};
    QTest::newRow("sign-off lines at the end")
        << QStringList{kPara, u"Email Jane Roe at jroe@example.com or follow her on Twitter."_s,
                       u"Get the latest updates right in your inbox. Subscribe to our newsletters."_s}
        << QStringList{kPara};
    QTest::newRow("sign-off words inside the story stay")
        << QStringList{u"Readers can subscribe to the council's newsletter, the clerk said."_s, kPara}
        << QStringList{u"Readers can subscribe to the council's newsletter, the clerk said."_s, kPara};
    QTest::newRow("a lone byline goes (no article then)") << QStringList{u"By Jane Roe"_s} << QStringList{};
}

void TestArticlePolish::polish()
{
    QFETCH(QStringList, in);
    QFETCH(QStringList, out);
    QCOMPARE(texts(polishArticleBlocks(paragraphs(in), u"Budget delayed"_s, u"Jane Roe"_s)), out);
}

void TestArticlePolish::headingRepeatingTitleGoes()
{
    QList<ArticleBlock> in{{BlockKind::Heading, 1, u"Budget  delayed"_s}, {BlockKind::Paragraph, 0, kPara},
                           {BlockKind::Heading, 2, u"Budget delayed"_s}};
    const QList<ArticleBlock> out = polishArticleBlocks(in, u"Budget delayed"_s, {});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].kind, BlockKind::Paragraph);
    QCOMPARE(out[1].kind, BlockKind::Heading);  // only the one at the top is the headline
}

QTEST_GUILESS_MAIN(TestArticlePolish)
#include "tst_articlepolish.moc"
