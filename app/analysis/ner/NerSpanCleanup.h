// NerSpanCleanup: the decoder's spans made into names a reader would accept. A span does not
// start or end on a symbol ("^ Myers" → "Myers", a reference list's backlink; "—", "*"), and
// a separator inside it (";", ",", "|", "^", "•", square brackets, quotation marks …) splits
// it ("Kolawa, Adam; Huizinga" → three names): names are hardly ever written with them (no GUM
// training name has a comma; 14 of CoNLL's 23,499 do). Kept, as the training data has them
// inside names: "." ("U.S."), "&" ("AT&T"), "-", "'", "/", ":" and parentheses
// ("Azad (free) Kashmir"). A single lower-case letter is never a name ("^ a b c d", a
// reference's backlinks).
// Pure functions, thread-safe.
#pragma once

#include "analysis/ner/NerLabels.h"

#include <QList>
#include <QStringView>

namespace lede::ner {

// `tokenText(i)` gives the text of token i of the sentence the spans index into.
template <typename TokenText>
QList<LabelSpan> cleanSpans(const QList<LabelSpan> &spans, TokenText tokenText);

bool hasLetterOrDigit(QStringView token);
bool separatesNames(QStringView token);
// Whether a span sheds this token at its start / at its end.
bool trimmedFromStart(QStringView token);
bool trimmedFromEnd(QStringView token);
// A single lower-case letter, which no name is.
bool strayLetter(QStringView token);

template <typename TokenText>
QList<LabelSpan> cleanSpans(const QList<LabelSpan> &spans, TokenText tokenText)
{
    QList<LabelSpan> out;
    for (const LabelSpan &s : spans) {
        int start = s.first;
        for (int i = s.first; i <= s.last; ++i) {
            if (i < s.last && !separatesNames(tokenText(i)))
                continue;
            int a = start, b = i;
            while (a < b && trimmedFromStart(tokenText(a)))
                ++a;
            while (b > a && trimmedFromEnd(tokenText(b - 1)))
                --b;
            if (a < b && !(b - a == 1 && strayLetter(tokenText(a))))
                out.append(LabelSpan{a, b, s.type});
            start = i + 1;
        }
    }
    return out;
}

} // namespace lede::ner
