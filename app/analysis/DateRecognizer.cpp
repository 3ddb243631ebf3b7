#include "analysis/DateRecognizer.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

enum class W { None, Month, Weekday, Relative, Unit, Units, Past, NumberWord, Deictic, Part, Ago, The, Of, Early };

const QHash<QString, W> &lexicon()
{
    static const QHash<QString, W> h = [] {
        QHash<QString, W> m;
        for (const char16_t *s : {u"january", u"february", u"march", u"april", u"may", u"june", u"july",
                                  u"august", u"september", u"october", u"november", u"december", u"jan.",
                                  u"feb.", u"mar.", u"apr.", u"jun.", u"jul.", u"aug.", u"sep.", u"sept.",
                                  u"oct.", u"nov.", u"dec."})
            m.insert(QString::fromUtf16(s), W::Month);
        for (const char16_t *s : {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday",
                                  u"sunday", u"weekend"})
            m.insert(QString::fromUtf16(s), W::Weekday);
        for (const char16_t *s : {u"last", u"next", u"this", u"coming", u"previous", u"following"})
            m.insert(QString::fromUtf16(s), W::Relative);
        for (const char16_t *s : {u"past", u"recent"})
            m.insert(QString::fromUtf16(s), W::Past);
        for (const char16_t *s : {u"week", u"month", u"year", u"decade", u"century", u"spring", u"summer",
                                  u"autumn", u"fall", u"winter", u"quarter", u"season", u"morning",
                                  u"afternoon", u"evening", u"night", u"day"})
            m.insert(QString::fromUtf16(s), W::Unit);
        for (const char16_t *s : {u"weeks", u"months", u"years", u"decades", u"centuries", u"days"})
            m.insert(QString::fromUtf16(s), W::Units);
        for (const char16_t *s : {u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine",
                                  u"ten", u"several", u"few", u"eleven", u"twelve", u"fifteen", u"twenty"})
            m.insert(QString::fromUtf16(s), W::NumberWord);
        for (const char16_t *s : {u"today", u"yesterday", u"tomorrow", u"tonight"})
            m.insert(QString::fromUtf16(s), W::Deictic);
        m.insert(u"ago"_s, W::Ago);
        m.insert(u"the"_s, W::The);
        m.insert(u"of"_s, W::Of);
        for (const char16_t *s : {u"early", u"late", u"mid", u"earlier", u"later"})
            m.insert(QString::fromUtf16(s), W::Early);
        return m;
    }();
    return h;
}

bool isYear(QStringView w)
{
    if (w.size() == 5 && w.endsWith(u's'))  // "1990s"
        w.chop(1);
    if (w.size() != 4)
        return false;
    bool ok = false;
    const int y = w.toInt(&ok);
    return ok && y >= 1800 && y <= 2099;
}

bool isDayNumber(QStringView w)
{
    for (const char16_t *suffix : {u"st", u"nd", u"rd", u"th"})
        if (w.endsWith(QStringView(suffix)))
            w.chop(2);
    bool ok = false;
    const int d = w.toInt(&ok);
    return ok && d >= 1 && d <= 31 && w.size() <= 2;
}

bool isNumericDate(QStringView w)
{
    // 2011-07-04, 7/4/2011, 04.07.2011
    int digits = 0, seps = 0;
    for (QChar c : w) {
        if (c.isDigit())
            ++digits;
        else if (c == u'-' || c == u'/' || c == u'.')
            ++seps;
        else
            return false;
    }
    return seps == 2 && digits >= 6 && digits <= 8;
}

} // namespace

QList<Mention> DateRecognizer::recognize(QStringView text, const TokenizedText &tt) const
{
    QList<Mention> out;
    const auto &toks = tt.tokens;
    const int n = int(toks.size());
    auto word = [&](int i) { return text.mid(toks[i].start, toks[i].length()); };
    auto kind = [&](int i) -> W {
        if (i < 0 || i >= n || toks[i].kind != TokenKind::Word)
            return W::None;
        return lexicon().value(word(i).toString().toLower(), W::None);
    };
    auto emit = [&](int first, int last, float score) {
        out.append(Mention{{toks[first].start, toks[last - 1].end}, EntityType::DATE, score, -1});
    };

    int i = 0;
    while (i < n) {
        const W k = kind(i);
        const Token &t = toks[i];
        // Month [day][,] [year] | Month year
        if (k == W::Month && (t.has(TokenFlag::Capitalized))) {
            const bool mayVerb = word(i) == u"May" || word(i) == u"March";
            int j = i + 1;
            if (j < n && toks[j].kind == TokenKind::Number && isDayNumber(word(j)))
                ++j;
            if (j + 1 < n && word(j) == u"," && isYear(word(j + 1)))
                j += 2;
            else if (j < n && toks[j].kind == TokenKind::Number && isYear(word(j)))
                ++j;
            int first = i;
            if (i >= 1 && toks[i - 1].kind == TokenKind::Number && isDayNumber(word(i - 1)))
                first = i - 1;  // "4 July"
            if (i >= 1 && (kind(i - 1) == W::Early || kind(i - 1) == W::Relative) && first == i)
                first = i - 1;  // "early March", "last May"
            // "in March", "since May": a bare "May"/"March" is a month after a preposition
            static const QSet<QString> before = {u"in"_s, u"since"_s, u"by"_s, u"until"_s, u"till"_s, u"before"_s,
                                                 u"after"_s, u"during"_s, u"from"_s, u"through"_s, u"of"_s};
            const bool afterPreposition = i >= 1 && before.contains(word(i - 1).toString().toLower());
            if (!mayVerb || j > i + 1 || first < i || afterPreposition) {
                emit(first, j, 0.9f);
                i = j;
                continue;
            }
        }
        // Weekday [morning|night]; "this weekend"; "last Monday"
        if (k == W::Weekday && (t.has(TokenFlag::Capitalized) || word(i) == u"weekend")) {
            int first = i;
            if (i >= 1 && kind(i - 1) == W::Relative)
                first = i - 1;
            int j = i + 1;
            if (j < n && kind(j) == W::Unit && word(j) != u"day")
                ++j;
            if (word(i) != u"weekend" || first < i) {
                emit(first, j, 0.9f);
                i = j;
                continue;
            }
        }
        // last/next/this + unit: "last year", "this week", "next month"
        if (k == W::Relative && i + 1 < n && kind(i + 1) == W::Unit && word(i + 1) != u"day") {
            emit(i, i + 2, 0.85f);
            i += 2;
            continue;
        }
        // "earlier this week", "later this month"
        if (k == W::Early && i + 2 < n && kind(i + 1) == W::Relative && kind(i + 2) == W::Unit) {
            emit(i, i + 3, 0.85f);
            i += 3;
            continue;
        }
        // [the] past/last/next [two|several] decades
        if ((k == W::The && i + 1 < n && (kind(i + 1) == W::Past || kind(i + 1) == W::Relative))
            || k == W::Past) {
            const int p = k == W::The ? i + 1 : i;
            int j = p + 1;
            if (j < n && (kind(j) == W::NumberWord || toks[j].kind == TokenKind::Number))
                ++j;
            if (j < n && (kind(j) == W::Units || kind(j) == W::Unit) && j > p + (kind(j) == W::Units ? 1 : 0)) {
                emit(i, j + 1, 0.8f);
                i = j + 1;
                continue;
            }
        }
        // two years ago
        if ((kind(i) == W::NumberWord || t.kind == TokenKind::Number) && i + 2 < n
            && (kind(i + 1) == W::Units || kind(i + 1) == W::Unit) && kind(i + 2) == W::Ago) {
            emit(i, i + 3, 0.85f);
            i += 3;
            continue;
        }
        if (k == W::Deictic) {
            emit(i, i + 1, 0.9f);
            ++i;
            continue;
        }
        if (t.kind == TokenKind::Number && (isYear(word(i)) || isNumericDate(word(i)))) {
            // Not a year: "1,999 people", "2008 votes" — years are followed by non-counting context
            const bool counted = i + 1 < n && toks[i + 1].kind == TokenKind::Word
                                 && !toks[i + 1].has(TokenFlag::Capitalized) && word(i).size() == 4
                                 && (i == 0 || (word(i - 1) != u"in" && word(i - 1) != u"since"
                                                && word(i - 1) != u"of" && word(i - 1) != u"by"));
            int first = i;
            if (i >= 1 && kind(i - 1) == W::The && word(i).endsWith(u's'))
                first = i - 1;  // "the 1990s"
            if (!counted) {
                emit(first, i + 1, 0.8f);
                ++i;
                continue;
            }
        }
        ++i;
    }
    return out;
}

} // namespace lede
