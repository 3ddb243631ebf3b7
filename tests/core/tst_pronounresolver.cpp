// PronounResolver: which person "he", "she", "who" or a title stands for — and the cases
// where it must refuse (no compatible antecedent: the pronoun stays unresolved).
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"

#include "analysis/PronounResolver.h"
#include "analysis/QuoteContext.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

// The text of the first “…” in t, as quoted speech for the resolver.
QList<TextRange> quotedIn(const QString &t)
{
    const int open = int(t.indexOf(u'“'));
    return open >= 0 ? QList<TextRange>{{open + 1, int(t.indexOf(u'”'))}} : QList<TextRange>{};
}

} // namespace

class TestPronounResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pronoun");   // the last occurrence of this word is resolved
        QTest::addColumn<QString>("expected");  // entity name, empty = refused
        QTest::newRow("she → the woman") << u"[[Maria Lopez]] arrived. She said no."_s << u"She"_s << u"Maria Lopez"_s;
        QTest::newRow("he skips a woman")
            << u"[[John Smith]] met [[Maria Lopez]]. He said no."_s << u"He"_s << u"John Smith"_s;
        QTest::newRow("she skips a man")
            << u"[[Maria Lopez]] met [[John Smith]]. She said no."_s << u"She"_s << u"Maria Lopez"_s;
        QTest::newRow("gender learned from the text")
            << u"[[Kyaw Win]] left his post. [[Hillary Clinton]] replied. Later he wrote a letter."_s << u"he"_s
            << u"Kyaw Win"_s;
        QTest::newRow("title gives gender")
            << u"Mrs. [[Kim Tan]] met [[Lee Park]]. She said no."_s << u"She"_s << u"Kim Tan"_s;
        QTest::newRow("across a paragraph")
            << u"[[John Smith]] spoke first.\n\nThe hall was full.\n\nHe said no."_s << u"He"_s << u"John Smith"_s;
        QTest::newRow("refuse: only men before she")
            << u"[[John Smith]] met [[Tom Reed]]. She said no."_s << u"She"_s << QString();
        QTest::newRow("refuse: no person at all")
            << u"The [[Foreign Ministry|ORG]] issued a note. He said no."_s << u"He"_s << QString();
        QTest::newRow("refuse: too far back")
            << u"[[John Smith]] spoke.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nHe said no."_s << u"He"_s << QString();
        QTest::newRow("refuse: plural")
            << u"[[John Smith]] met [[Tom Reed]]. They said no."_s << u"They"_s << QString();
        QTest::newRow("refuse: first person")
            << u"[[John Smith]] spoke. I said no."_s << u"I"_s << QString();
        QTest::newRow("refuse: it") << u"[[John Smith]] spoke. It said no."_s << u"It"_s << QString();
        QTest::newRow("a mention inside a quote ranks lower")
            << u"[[John Smith]] spoke. “[[Tom Reed]] lies,” he said."_s << u"he"_s << u"John Smith"_s;
        QTest::newRow("relative who")
            << u"[[Aung Din]], who said no, left."_s << u"who"_s << u"Aung Din"_s;
    }
    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, pronoun);
        QFETCH(QString, expected);
        const test::MarkedText t = test::parseMarked(text);
        const QuoteContext cx(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
        const PronounResolver r(cx, quotedIn(t.text));
        int tok = -1;
        for (int i = 0; i < cx.size(); ++i)
            if (cx.word(i) == pronoun)
                tok = i;
        QVERIFY(tok >= 0);
        const int e = r.resolve(tok);
        QCOMPARE(e >= 0 ? t.analysis.entities[e].name : QString(), expected);
    }

    void title_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full title")
            << u"Deputy Chief of Mission [[Kyaw Win]] left. Later the deputy chief of mission wrote."_s
            << u"the deputy chief of mission"_s << u"Kyaw Win"_s;
        QTest::newRow("part of the title")
            << u"Deputy Chief of Mission [[Kyaw Win]] left. Later the deputy chief wrote."_s << u"the deputy chief"_s
            << u"Kyaw Win"_s;
        QTest::newRow("no such title")
            << u"Deputy Chief of Mission [[Kyaw Win]] left. Later the ambassador wrote."_s << u"the ambassador"_s
            << QString();
        QTest::newRow("indefinite is no reference")
            << u"Senator [[Ann Fox]] left. Later a senator wrote."_s << u"a senator"_s << QString();
    }
    void title()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        QFETCH(QString, expected);
        const test::MarkedText t = test::parseMarked(text);
        const QuoteContext cx(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
        const PronounResolver r(cx);
        const int at = int(t.text.lastIndexOf(description));
        const int first = t.analysis.tokenized.tokenAtOrAfter(at);
        const int last = t.analysis.tokenized.tokenAtOrAfter(at + int(description.size()) - 1);
        const int e = r.resolveTitle(first, last);
        QCOMPARE(e >= 0 ? t.analysis.entities[e].name : QString(), expected);
    }

    void gender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("gender");
        QTest::newRow("given name, female") << u"[[Hillary Clinton]] spoke."_s << int(Gender::Female);
        QTest::newRow("given name, male") << u"[[Donald Trump]] spoke."_s << int(Gender::Male);
        QTest::newRow("pronouns in the text") << u"[[Kyaw Win]] left. She was angry."_s << int(Gender::Female);
        QTest::newRow("unknown") << u"[[Kyaw Win]] left."_s << int(Gender::Unknown);
        QTest::newRow("pronoun in a quote does not count")
            << u"[[Kyaw Win]] left. “He lied,” a diplomat said."_s << int(Gender::Unknown);
    }
    void gender()
    {
        QFETCH(QString, text);
        QFETCH(int, gender);
        const test::MarkedText t = test::parseMarked(text);
        const QuoteContext cx(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
        const PronounResolver r(cx, quotedIn(t.text));
        QCOMPARE(int(r.genderOf(0)), gender);
    }
};

QTEST_GUILESS_MAIN(TestPronounResolver)
#include "tst_pronounresolver.moc"
