// Small text helpers shared by the web-page extractor and its metadata reader: entity
// unescaping for strings that arrive still escaped (JSON-LD, double-escaped meta content),
// word counts and the token-overlap similarity used to compare a heading with the title.
// Pure functions; thread-safe.
#pragma once

#include <QString>
#include <QStringView>

namespace lede {

// Replaces every "&name;" / "&#NNN;" / "&#xHH;" that decodeHtmlEntity knows.
QString unescapeHtmlEntities(const QString &text);

// Number of whitespace-separated words (an empty string has 0).
int wordCount(QStringView text);

// How much of b's text is covered by the words of a, in [0, 1] (1 = b's words all occur in
// a). Words are lower-cased runs of letters and digits.
double textSimilarity(const QString &a, const QString &b);

} // namespace lede
