#include "analysis/Tokenizer.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <string_view>

namespace lede {

namespace {

struct CodePoint {
    char32_t c;
    int len;
};

inline CodePoint codePointAt(QStringView s, int i)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode()))
        return {QChar::surrogateToUcs4(u, s[i + 1].unicode()), 2};
    return {u, 1};
}

inline bool isSpaceLike(char32_t c)
{
    if (c < 0x80)
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    return QChar::isSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x2060 || c == 0x180E;
}

inline bool isIdeograph(char32_t c)
{
    if (c < 0x2E80)
        return false;
    const QChar::Script s = QChar::script(c);
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

// Letters, marks, digits, and the invisible joiners that occur inside words.
inline bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == 0x00AD || c == 0x200C || c == 0x200D)
        return true;
    if (isIdeograph(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other: case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining: case QChar::Mark_Enclosing: case QChar::Number_DecimalDigit:
    case QChar::Number_Letter: case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

inline bool isLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return QChar::isLetter(c) && !isIdeograph(c);
}
inline bool isDigit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : QChar::isDigit(c); }
inline bool isUpper(char32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return QChar::isUpper(c) || QChar::isTitleCase(c);
}
inline bool isLower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : QChar::isLower(c); }
inline bool isApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
inline bool isHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool isTerminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x203C; }
bool isClosingBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }
bool isOpeningBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }

// Words whose following period belongs to them (they are followed by more of the sentence).
bool isAbbreviation(QStringView w)
{
    static constexpr std::array<std::u16string_view, 74> list = {
        u"Mr", u"Mrs", u"Ms", u"Dr", u"Prof", u"Sen", u"Rep", u"Gov", u"Gen", u"Lt", u"Col", u"Capt",
        u"Sgt", u"Cpl", u"Maj", u"Adm", u"Cmdr", u"Rev", u"Hon", u"Pres", u"Supt", u"Det", u"Insp",
        u"St", u"Jr", u"Sr", u"Mt", u"Ft", u"Messrs", u"Mme", u"Mlle", u"No", u"Nos", u"Vol", u"vol",
        u"pp", u"p", u"vs", u"etc", u"al", u"approx", u"Ave", u"Blvd", u"Rd", u"Inc", u"Corp", u"Ltd",
        u"Co", u"Bros", u"Dept", u"Univ", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug",
        u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"Mon", u"Tue", u"Tues", u"Wed", u"Thu", u"Thurs",
        u"Fri", u"Sat", u"Sun", u"cf", u"Fig",
    };
    const std::u16string_view v(reinterpret_cast<const char16_t *>(w.data()), size_t(w.size()));
    return std::find(list.begin(), list.end(), v) != list.end();
}

// Abbreviations after which a capitalised word does not start a new sentence.
bool isTitleAbbreviation(QStringView w)
{
    static constexpr std::array<std::u16string_view, 30> list = {
        u"Mr.", u"Mrs.", u"Ms.", u"Dr.", u"Prof.", u"Sen.", u"Rep.", u"Gov.", u"Gen.", u"Lt.",
        u"Col.", u"Capt.", u"Sgt.", u"Cpl.", u"Maj.", u"Adm.", u"Cmdr.", u"Rev.", u"Hon.", u"Pres.",
        u"St.", u"Mt.", u"Ft.", u"Messrs.", u"Mme.", u"No.", u"Nos.", u"vs.", u"cf.", u"Supt.",
    };
    const std::u16string_view v(reinterpret_cast<const char16_t *>(w.data()), size_t(w.size()));
    return std::find(list.begin(), list.end(), v) != list.end();
}

// Frequent sentence openers: after an acronym like "U.S." they signal a new sentence.
bool isSentenceOpener(QStringView w)
{
    static constexpr std::array<std::u16string_view, 40> list = {
        u"The", u"A", u"An", u"He", u"She", u"It", u"They", u"We", u"I", u"You", u"But", u"And",
        u"In", u"On", u"This", u"That", u"These", u"Those", u"There", u"His", u"Her", u"Their",
        u"Its", u"As", u"At", u"After", u"When", u"While", u"If", u"Some", u"Many", u"Most",
        u"For", u"Since", u"Still", u"However", u"Yet", u"So", u"Officials", u"Now",
    };
    const std::u16string_view v(reinterpret_cast<const char16_t *>(w.data()), size_t(w.size()));
    return std::find(list.begin(), list.end(), v) != list.end();
}

// Length of a letter-period acronym at i ("U.S.", "U.N.", "e.g.", "Ph.D."), or 0.
int acronymLength(QStringView s, int i)
{
    const int n = int(s.size());
    int j = i;
    int parts = 0;
    while (j < n) {
        int k = j;
        int letters = 0;
        while (k < n && letters < 3) {
            const CodePoint cp = codePointAt(s, k);
            if (!isLetter(cp.c))
                break;
            k += cp.len;
            ++letters;
        }
        if (letters == 0 || letters > 2 || k >= n || s[k] != u'.')
            break;
        j = k + 1;
        ++parts;
    }
    if (parts < 2)
        return 0;
    // must not be followed by a letter or digit ("U.S.A" without final period is fine too)
    if (j < n && isWordChar(codePointAt(s, j).c))
        return 0;
    return j - i;
}

std::uint8_t caseFlags(QStringView s)
{
    int letters = 0;
    bool anyLower = false;
    bool firstUpper = false;
    for (int i = 0; i < s.size();) {
        const CodePoint cp = codePointAt(s, i);
        if (isLetter(cp.c)) {
            if (letters == 0)
                firstUpper = isUpper(cp.c);
            ++letters;
            if (isLower(cp.c))
                anyLower = true;
        }
        i += cp.len;
    }
    std::uint8_t f = 0;
    if (firstUpper)
        f |= TokenFlag::Capitalized;
    if (letters >= 2 && !anyLower)
        f |= TokenFlag::AllCaps;
    return f;
}

} // namespace

bool isQuotationMark(char32_t c)
{
    switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x00AB: case 0x00BB:
    case 0x201E: case 0x201A: case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E:
    case 0x300F: case 0x201F: case 0x201B: case 0xFF02: case '`':
        return true;
    default:
        return false;
    }
}

int TokenizedText::tokenAtOrAfter(int pos) const
{
    auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), pos, [](const Token &t, int p) { return t.end <= p; });
    return int(it - tokens.cbegin());
}

int TokenizedText::sentenceOfToken(int t) const
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), t,
                               [](int tok, const Sentence &s) { return tok < s.firstToken; });
    return std::max(0, int(it - sentences.cbegin()) - 1);
}

TokenizedText Tokenizer::tokenize(QStringView s) const
{
    TokenizedText out;
    const int n = int(s.size());
    out.tokens.reserve(n / 5 + 16);
    int newlines = 2;  // the text start counts as a paragraph start

    int i = 0;
    while (i < n) {
        const CodePoint cp = codePointAt(s, i);
        if (isSpaceLike(cp.c)) {
            if (cp.c == '\n' || cp.c == 0x2029 || cp.c == 0x2028)
                ++newlines;
            i += cp.len;
            continue;
        }
        Token tok;
        tok.start = i;
        if (isIdeograph(cp.c)) {
            tok.kind = TokenKind::Ideograph;
            i += cp.len;
        } else if (isWordChar(cp.c)) {
            const bool startsWithDigit = isDigit(cp.c);
            int j = i;
            if (int acr = startsWithDigit ? 0 : acronymLength(s, i)) {
                j = i + acr;
                tok.flags |= TokenFlag::HasPeriod;
            } else if ((cp.c == 'n' || cp.c == 'N') && j + 3 <= n && isApostrophe(s[j + 1].unicode())
                       && (s[j + 2] == u't' || s[j + 2] == u'T')
                       && (j + 3 == n || !isWordChar(codePointAt(s, j + 3).c))) {
                j += 3;  // "n't"
            } else {
                for (;;) {
                    while (j < n) {
                        const CodePoint w = codePointAt(s, j);
                        if (!isWordChar(w.c))
                            break;
                        j += w.len;
                    }
                    if (j + 1 >= n)
                        break;
                    const char32_t c = s[j].unicode();
                    const CodePoint next = codePointAt(s, j + 1);
                    if (!isWordChar(next.c))
                        break;
                    if (isHyphen(c) || c == '_') {
                        j += 1;
                        continue;
                    }
                    if (isApostrophe(c)) {
                        // possessive 's and contraction n't are split off
                        const bool sEnd = (next.c == 's' || next.c == 'S')
                                          && (j + 2 >= n || !isWordChar(codePointAt(s, j + 2).c));
                        if (sEnd)
                            break;
                        const bool ntEnd = (next.c == 't' || next.c == 'T') && j - 1 > i
                                           && (s[j - 1] == u'n' || s[j - 1] == u'N')
                                           && (j + 2 >= n || !isWordChar(codePointAt(s, j + 2).c));
                        if (ntEnd) {
                            j -= 1;  // "does" + "n't"
                            break;
                        }
                        j += 1;
                        continue;
                    }
                    if (startsWithDigit && isDigit(next.c) && (c == '.' || c == ',' || c == ':' || c == '/')) {
                        j += 1;
                        continue;
                    }
                    if (c == '&' && isUpper(s[j - 1].unicode()) && isUpper(next.c)) {
                        j += 1;
                        continue;
                    }
                    if (c == '.' && isLetter(next.c) && j + 1 < n) {
                        // "Ph.D", "Yahoo.com"-like inner periods followed by letters
                        const int k = j + 1 + next.len;
                        if (k < n && s[k] == u'.' && j - i <= 2) {
                            j += 1;
                            continue;
                        }
                    }
                    break;
                }
                // trailing period of an abbreviation or an initial ("Mr.", "J.")
                if (j < n && s[j] == u'.' && !startsWithDigit) {
                    const QStringView w = s.mid(i, j - i);
                    const bool initial = j - i == 1 && isUpper(cp.c);
                    if (initial || isAbbreviation(w)) {
                        ++j;
                        tok.flags |= TokenFlag::HasPeriod;
                    }
                }
            }
            tok.kind = startsWithDigit ? TokenKind::Number : TokenKind::Word;
            tok.flags |= caseFlags(s.mid(i, j - i));
            i = j;
        } else {
            const char32_t c = cp.c;
            // possessive "’s" after a word
            if (isApostrophe(c) && i + 1 < n && (s[i + 1] == u's' || s[i + 1] == u'S')
                && (i + 2 >= n || !isWordChar(codePointAt(s, i + 2).c)) && !out.tokens.isEmpty()
                && out.tokens.back().end == i && out.tokens.back().kind != TokenKind::Punct) {
                tok.kind = TokenKind::Word;
                i += 2;
            } else if ((c == '`' || c == '\'') && i + 1 < n && s[i + 1].unicode() == c) {
                tok.kind = TokenKind::Punct;  // `` and '' quotation marks
                tok.flags |= TokenFlag::QuoteMark;
                i += 2;
            } else if (c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_') {
                int j = i + 1;
                while (j < n && s[j].unicode() == c)
                    ++j;
                tok.kind = TokenKind::Punct;
                i = j;
            } else {
                const QChar::Category cat = QChar::category(c);
                const bool punct = cat >= QChar::Punctuation_Connector && cat <= QChar::Punctuation_Other;
                tok.kind = punct ? TokenKind::Punct : TokenKind::Symbol;
                if (isQuotationMark(c))
                    tok.flags |= TokenFlag::QuoteMark;
                i += cp.len;
            }
        }
        tok.end = i;
        if (newlines >= 1)
            tok.flags |= TokenFlag::LineStart;
        if (newlines >= 2)
            tok.flags |= TokenFlag::ParagraphStart;
        newlines = 0;
        out.tokens.append(tok);
    }

    // Sentences.
    const int nt = int(out.tokens.size());
    if (nt == 0)
        return out;
    QList<Token> &toks = out.tokens;
    auto firstChar = [&](const Token &t) { return codePointAt(s, t.start).c; };
    auto lastChar = [&](const Token &t) { return char32_t(s[t.end - 1].unicode()); };

    std::vector<bool> startsSentence(size_t(nt), false);
    startsSentence[0] = true;
    for (int t = 1; t < nt; ++t) {
        const Token &tok = toks[t];
        if (tok.has(TokenFlag::ParagraphStart)) {
            startsSentence[size_t(t)] = true;
        } else if (tok.has(TokenFlag::LineStart)) {
            const Token &prev = toks[t - 1];
            const bool prevTerminal = isTerminal(lastChar(prev)) || prev.has(TokenFlag::QuoteMark);
            if (!isLower(firstChar(tok)) || prevTerminal)
                startsSentence[size_t(t)] = true;
        }
    }
    for (int t = 0; t < nt; ++t) {
        const Token &tok = toks[t];
        const char32_t last = lastChar(tok);
        if (!isTerminal(last))
            continue;
        const QStringView text = s.mid(tok.start, tok.length());
        bool acronym = false;
        if (tok.kind == TokenKind::Word) {
            if (!tok.has(TokenFlag::HasPeriod))
                continue;
            if (isTitleAbbreviation(text) || tok.length() == 2)  // "Mr.", initials "J."
                continue;
            acronym = true;
        }
        if (tok.kind == TokenKind::Number)
            continue;
        int k = t + 1;
        while (k < nt && toks[k].start == toks[k - 1].end) {
            const char32_t c = firstChar(toks[k]);
            if (!(toks[k].has(TokenFlag::QuoteMark) || isClosingBracket(c)))
                break;
            ++k;
        }
        if (k >= nt)
            break;
        const Token &next = toks[k];
        const bool cjkStop = last == 0x3002 || last == 0xFF01 || last == 0xFF1F;
        if (next.start == toks[k - 1].end && !cjkStop)
            continue;  // no space: "3.5", "e.g.x"
        const char32_t c = firstChar(next);
        bool starts = isUpper(c) || isDigit(c) || next.has(TokenFlag::QuoteMark) || isOpeningBracket(c)
                      || next.kind == TokenKind::Ideograph || cjkStop;
        if (acronym)
            starts = starts && (next.has(TokenFlag::LineStart) || isSentenceOpener(s.mid(next.start, next.length())));
        if (starts)
            startsSentence[size_t(k)] = true;
    }
    int first = 0;
    for (int t = 1; t <= nt; ++t) {
        if (t == nt || startsSentence[size_t(t)]) {
            Sentence sent;
            sent.firstToken = first;
            sent.endToken = t;
            sent.start = toks[first].start;
            sent.end = toks[t - 1].end;
            out.sentences.append(sent);
            toks[first].flags |= TokenFlag::SentenceStart;
            first = t;
        }
    }
    return out;
}

} // namespace lede
