// Find in article: every occurrence of a needle in a text, for the find bar.
//
//   QList<TextRange> hits = findAll(doc.text(), u"burma", {});
//
// Case-insensitive by default; whole-word matching optional. Results are sorted and
// non-overlapping, capped at options.maxResults (the UI says "10,000+" beyond). Pure function.
#pragma once

#include "core/TextRange.h"

#include <QList>
#include <QStringView>

namespace lede {

struct FindOptions {
    bool caseSensitive = false;
    bool wholeWords = false;
    int maxResults = 10000;
};

QList<TextRange> findAll(QStringView text, QStringView needle, const FindOptions &options = {});

// The index in sorted ranges of the first range starting at or after pos (wrapping to 0), or -1.
int nextRangeIndex(const QList<TextRange> &ranges, int pos);
// The index of the last range starting before pos (wrapping to the last), or -1.
int previousRangeIndex(const QList<TextRange> &ranges, int pos);

} // namespace lede
