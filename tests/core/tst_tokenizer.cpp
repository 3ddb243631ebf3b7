// Tokenizer: exact offsets, Unicode corner cases, English conventions, sentences.
#include "analysis/Tokenizer.h"

#include <QTest>

using namespace lede;
using namespace Qt::Literals::StringLiterals;

class TestTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void offsetsAreExact_data();
    void offsetsAreExact();
    void sentences_data();
    void sentences();
    void flags();
    void quoteMarksAreFlagged_data();
    void quoteMarksAreFlagged();
};

static QStringList surfaces(const QString &text, const TokenizedText &tt)
{
    QStringList out;
    for (const Token &t : tt.tokens)
        out << text.mid(t.start, t.length());
    return out;
}

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << u"  \n\t \u00A0 "_s << QStringList();
    QTest::newRow("simple") << u"Kyaw Win said."_s << QStringList{u"Kyaw"_s, u"Win"_s, u"said"_s, u"."_s};
    QTest::newRow("possessive curly") << u"Burma’s top diplomats"_s
                                      << QStringList{u"Burma"_s, u"’s"_s, u"top"_s, u"diplomats"_s};
    QTest::newRow("possessive straight") << u"Win's move"_s << QStringList{u"Win"_s, u"'s"_s, u"move"_s};
    QTest::newRow("plural possessive") << u"officials’ views"_s << QStringList{u"officials"_s, u"’"_s, u"views"_s};
    QTest::newRow("n't") << u"couldn’t be"_s << QStringList{u"could"_s, u"n’t"_s, u"be"_s};
    QTest::newRow("don't") << u"I don't know"_s << QStringList{u"I"_s, u"do"_s, u"n't"_s, u"know"_s};
    QTest::newRow("inner apostrophe") << u"O’Brien left"_s << QStringList{u"O’Brien"_s, u"left"_s};
    QTest::newRow("hyphenated") << u"the then-ruling generals"_s
                                << QStringList{u"the"_s, u"then-ruling"_s, u"generals"_s};
    QTest::newRow("number hyphen") << u"his 31-year career"_s << QStringList{u"his"_s, u"31-year"_s, u"career"_s};
    QTest::newRow("acronym") << u"the U.S. and the U.N."_s
                             << QStringList{u"the"_s, u"U.S."_s, u"and"_s, u"the"_s, u"U.N."_s};
    QTest::newRow("abbreviation") << u"Mr. Smith and Gen. Lee"_s
                                  << QStringList{u"Mr."_s, u"Smith"_s, u"and"_s, u"Gen."_s, u"Lee"_s};
    QTest::newRow("initial") << u"John F. Kennedy"_s << QStringList{u"John"_s, u"F."_s, u"Kennedy"_s};
    QTest::newRow("numbers") << u"1,000 people paid $3.50 at 10:30"_s
                             << QStringList{u"1,000"_s, u"people"_s, u"paid"_s, u"$"_s, u"3.50"_s, u"at"_s, u"10:30"_s};
    QTest::newRow("curly quotes") << u"“Yes,” he said."_s
                                  << QStringList{u"“"_s, u"Yes"_s, u","_s, u"”"_s, u"he"_s, u"said"_s, u"."_s};
    QTest::newRow("em dash") << u"war—and peace"_s << QStringList{u"war"_s, u"—"_s, u"and"_s, u"peace"_s};
    QTest::newRow("ellipsis run") << u"Wait... no"_s << QStringList{u"Wait"_s, u"..."_s, u"no"_s};
    QTest::newRow("nbsp separates") << u"Aung\u00A0San"_s << QStringList{u"Aung"_s, u"San"_s};
    QTest::newRow("thin space and zwsp") << u"a\u2009b\u200Bc"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("combining mark stays") << u"Zurbara\u0301n paints"_s
                                          << QStringList{u"Zurbara\u0301n"_s, u"paints"_s};
    QTest::newRow("accented") << u"São Paulo"_s << QStringList{u"São"_s, u"Paulo"_s};
    QTest::newRow("cjk one per char") << u"東京都に"_s << QStringList{u"東"_s, u"京"_s, u"都"_s, u"に"_s};
    QTest::newRow("cjk mixed") << u"Tokyo（東京）"_s
                               << QStringList{u"Tokyo"_s, u"（"_s, u"東"_s, u"京"_s, u"）"_s};
    QTest::newRow("astral emoji") << u"hi 😀 there"_s << QStringList{u"hi"_s, u"😀"_s, u"there"_s};
    QTest::newRow("astral letters") << u"𝐀𝐁 x"_s << QStringList{u"𝐀𝐁"_s, u"x"_s};
    QTest::newRow("ampersand name") << u"AT&T and S&P"_s << QStringList{u"AT&T"_s, u"and"_s, u"S&P"_s};
    QTest::newRow("doubled quotes") << u"``Hello,'' she said"_s
                                    << QStringList{u"``"_s, u"Hello"_s, u","_s, u"''"_s, u"she"_s, u"said"_s};
    QTest::newRow("lone surrogate") << QString(u"a"_s + QChar(0xD800) + u" b"_s)
                                    << QStringList{u"a"_s, QString(QChar(0xD800)), u"b"_s};
}

void TestTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TokenizedText tt = Tokenizer().tokenize(text);
    QCOMPARE(surfaces(text, tt), expected);
}

void TestTokenizer::offsetsAreExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sample-like") << u"The second-ranking diplomat at the Burmese Embassy in Washington has decided to defect.\n\nDeputy Chief of Mission Kyaw Win, 59, confirmed Monday that he is leaving."_s;
    QTest::newRow("mixed scripts") << u"Москва и 北京 — “quotes” ‘single’ «guillemets» „low“ 😀\u00A0x"_s;
    QTest::newRow("crlf-free punctuation") << u"(a) [b] {c} <d> e/f g\\h #i @j %k ^l ~m |n"_s;
}

void TestTokenizer::offsetsAreExact()
{
    QFETCH(QString, text);
    const TokenizedText tt = Tokenizer().tokenize(text);
    int last = 0;
    for (const Token &t : tt.tokens) {
        QVERIFY(t.start >= last);
        QVERIFY(t.end > t.start);
        QVERIFY(t.end <= text.size());
        // nothing but white space between tokens
        for (int i = last; i < t.start; ++i)
            QVERIFY2(text[i].isSpace() || text[i] == QChar(0x200B), qPrintable(u"gap char at %1"_s.arg(i)));
        // a surrogate pair is never split
        QVERIFY(!text[t.start].isLowSurrogate());
        QVERIFY(!text[t.end - 1].isHighSurrogate());
        last = t.end;
    }
    // sentences cover the tokens in order, without gaps
    int expectTok = 0;
    for (const Sentence &s : tt.sentences) {
        QCOMPARE(s.firstToken, expectTok);
        QVERIFY(s.endToken > s.firstToken);
        QCOMPARE(s.start, tt.tokens[s.firstToken].start);
        QCOMPARE(s.end, tt.tokens[s.endToken - 1].end);
        expectTok = s.endToken;
    }
    QCOMPARE(expectTok, int(tt.tokens.size()));
}

void TestTokenizer::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two") << u"He left. She stayed."_s << QStringList{u"He left."_s, u"She stayed."_s};
    QTest::newRow("abbreviation") << u"Mr. Smith left. Dr. Jones stayed."_s
                                  << QStringList{u"Mr. Smith left."_s, u"Dr. Jones stayed."_s};
    QTest::newRow("acronym mid") << u"The U.S. Campaign for Burma met."_s
                                 << QStringList{u"The U.S. Campaign for Burma met."_s};
    QTest::newRow("acronym end") << u"He flew to the U.S. The trip was long."_s
                                 << QStringList{u"He flew to the U.S."_s, u"The trip was long."_s};
    QTest::newRow("closing quote") << u"“It is alive.” He paused."_s
                                   << QStringList{u"“It is alive.”"_s, u"He paused."_s};
    QTest::newRow("question") << u"Why? Because."_s << QStringList{u"Why?"_s, u"Because."_s};
    QTest::newRow("lower after period") << u"It cost 3.5 million. e.g. this."_s
                                        << QStringList{u"It cost 3.5 million. e.g. this."_s};
    QTest::newRow("paragraphs") << u"No period here\n\nNext paragraph"_s
                                << QStringList{u"No period here"_s, u"Next paragraph"_s};
    QTest::newRow("wrapped line") << u"a sentence that is\nwrapped here."_s
                                  << QStringList{u"a sentence that is\nwrapped here."_s};
    QTest::newRow("headline line") << u"SOCCER - JAPAN WIN\nTokyo hosted."_s
                                   << QStringList{u"SOCCER - JAPAN WIN"_s, u"Tokyo hosted."_s};
    QTest::newRow("cjk") << u"東京です。大阪です。"_s << QStringList{u"東京です。"_s, u"大阪です。"_s};
    QTest::newRow("initial") << u"John F. Kennedy spoke."_s << QStringList{u"John F. Kennedy spoke."_s};
}

void TestTokenizer::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TokenizedText tt = Tokenizer().tokenize(text);
    QStringList got;
    for (const Sentence &s : tt.sentences)
        got << text.mid(s.start, s.end - s.start);
    QCOMPARE(got, expected);
}

void TestTokenizer::flags()
{
    const QString text = u"UN chief Ban\n\nNext line"_s;
    const TokenizedText tt = Tokenizer().tokenize(text);
    QCOMPARE(tt.tokens.size(), 5);
    QVERIFY(tt.tokens[0].has(TokenFlag::AllCaps));
    QVERIFY(tt.tokens[0].has(TokenFlag::Capitalized));
    QVERIFY(tt.tokens[0].has(TokenFlag::SentenceStart));
    QVERIFY(tt.tokens[0].has(TokenFlag::ParagraphStart));
    QVERIFY(!tt.tokens[1].has(TokenFlag::Capitalized));
    QVERIFY(tt.tokens[2].has(TokenFlag::Capitalized));
    QVERIFY(!tt.tokens[2].has(TokenFlag::AllCaps));
    QVERIFY(tt.tokens[3].has(TokenFlag::ParagraphStart));
    QVERIFY(tt.tokens[3].has(TokenFlag::LineStart));
    QCOMPARE(tt.tokens[0].kind, TokenKind::Word);
    const TokenizedText nums = Tokenizer().tokenize(u"2008 , x"_s);
    QCOMPARE(nums.tokens[0].kind, TokenKind::Number);
    QCOMPARE(nums.tokens[1].kind, TokenKind::Punct);
}

void TestTokenizer::quoteMarksAreFlagged_data()
{
    QTest::addColumn<QString>("mark");
    for (const char16_t *m : {u"\"", u"“", u"”", u"‘", u"«", u"»", u"„", u"「", u"』"})
        QTest::newRow(QString::fromUtf16(m).toUtf8().constData()) << QString::fromUtf16(m);
}

void TestTokenizer::quoteMarksAreFlagged()
{
    QFETCH(QString, mark);
    const QString text = u"a "_s + mark + u"b"_s;
    const TokenizedText tt = Tokenizer().tokenize(text);
    QCOMPARE(tt.tokens.size(), 3);
    QVERIFY(tt.tokens[1].has(TokenFlag::QuoteMark));
    QVERIFY(!tt.tokens[0].has(TokenFlag::QuoteMark));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
