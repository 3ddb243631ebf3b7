// QuoteMarks: every quotation-mark style, apostrophes, paragraph continuation, nesting.
#ifndef Q_MOC_RUN  // moc of Qt 6.4 cannot parse <compare>/<concepts> from the core headers
#include "QuoteTestText.h"

#include "analysis/QuoteMarks.h"
#endif

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

class TestQuoteMarks : public QObject {
    Q_OBJECT

private:
    // Each span as "content" (parts joined by " / "), nested ones prefixed with ">".
    static QStringList spans(const QString &text)
    {
        const test::MarkedText t = test::parseMarked(text);
        const QuoteContext cx(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
        QStringList out;
        for (const QuotedSpan &s : pairQuoteMarks(cx)) {
            QStringList parts;
            for (const TextRange &p : s.parts)
                parts.append(t.text.mid(p.start, p.length()));
            out.append((s.parent >= 0 ? u">"_s : QString()) + parts.join(u" / "_s));
        }
        return out;
    }

    static void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(spans(text), expected);
    }

private Q_SLOTS:
    void styles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("curly double") << u"“We will win,” she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("straight double") << u"\"We will win,\" she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("curly single") << u"‘We will win,’ she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("straight single") << u"'We will win,' she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("guillemets") << u"« Nous gagnerons », dit-elle."_s << QStringList{u"Nous gagnerons"_s};
        QTest::newRow("guillemets tight") << u"«Nous gagnerons», dit-elle."_s << QStringList{u"Nous gagnerons"_s};
        QTest::newRow("danish reversed") << u"»Vi vinder«, sagde hun."_s << QStringList{u"Vi vinder"_s};
        QTest::newRow("german low-high") << u"„Wir gewinnen“, sagte sie."_s << QStringList{u"Wir gewinnen"_s};
        QTest::newRow("german single") << u"‚Wir gewinnen‘, sagte sie."_s << QStringList{u"Wir gewinnen"_s};
        QTest::newRow("latex backticks") << u"``We will win,'' she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("doubled apostrophes") << u"''We will win,'' she said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("two quotes") << u"“One,” she said. “Two.”"_s << QStringList{u"One,"_s, u"Two."_s};
        QTest::newRow("no space before name") << u"\"We will win,\"Lopez said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("wrong-way closing mark") << u"“It is odd,“ said Reed."_s << QStringList{u"It is odd,"_s};
        QTest::newRow("apostrophes are no quotes")
            << u"The voters’ rights in the ’90s don’t matter, O’Brien’s aide said."_s << QStringList{};
        QTest::newRow("straight apostrophes") << u"The voters' rights in the '90s don't matter."_s << QStringList{};
        QTest::newRow("stray closing mark") << u"He said” nothing."_s << QStringList{};
        QTest::newRow("empty quote") << u"He said “” and left."_s << QStringList{};
    }
    void styles() { check(); }

    void continuation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("continues into next paragraph")
            << u"“First part of it.\n\n“Second part,” she said."_s
            << QStringList{u"First part of it. / Second part,"_s};
        QTest::newRow("three paragraphs")
            << u"\"One.\n\n\"Two.\n\n\"Three.\" End."_s << QStringList{u"One. / Two. / Three."_s};
        QTest::newRow("unclosed, no continuation")
            << u"“Never closed here.\n\nA new paragraph."_s << QStringList{u"Never closed here."_s};
        QTest::newRow("unclosed single is dropped")
            << u"‘Never closed here.\n\nA new paragraph."_s << QStringList{};
        QTest::newRow("closed paragraphs stay apart")
            << u"“One.”\n\n“Two.”"_s << QStringList{u"One."_s, u"Two."_s};
    }
    void continuation() { check(); }

    void nesting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("single inside double")
            << u"“He told them, ‘I will come.’ ” she said."_s
            << QStringList{u"He told them, ‘I will come.’"_s, u">I will come."_s};
        QTest::newRow("double inside single (British)")
            << u"‘He said “never” to it,’ she said."_s << QStringList{u"He said “never” to it,"_s, u">never"_s};
        QTest::newRow("straight nested")
            << u"\"He told them, 'I will come,' and left,\" she said."_s
            << QStringList{u"He told them, 'I will come,' and left,"_s, u">I will come,"_s};
        QTest::newRow("apostrophe inside quote")
            << u"“The voters’ mood isn’t good,” she said."_s << QStringList{u"The voters’ mood isn’t good,"_s};
    }
    void nesting() { check(); }

    void roles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("token");
        QTest::addColumn<int>("role");
        QTest::newRow("straight opening") << u"said \"Yes\""_s << 1 << int(MarkRole::Open);
        QTest::newRow("straight closing") << u"said \"Yes\""_s << 3 << int(MarkRole::Close);
        QTest::newRow("isolated straight") << u"a \" b"_s << 1 << int(MarkRole::Either);
        QTest::newRow("curly opening") << u"“Yes”"_s << 0 << int(MarkRole::Open);
        QTest::newRow("curly closing") << u"“Yes”"_s << 2 << int(MarkRole::Close);
        QTest::newRow("not a mark") << u"Yes"_s << 0 << int(MarkRole::None);
    }
    void roles()
    {
        QFETCH(QString, text);
        QFETCH(int, token);
        QFETCH(int, role);
        const test::MarkedText t = test::parseMarked(text);
        const QuoteContext cx(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
        QCOMPARE(int(markRole(cx, token)), role);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMarks)
#include "tst_quotemarks.moc"
