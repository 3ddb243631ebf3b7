// DateRecognizer: DATE mentions from rules — weekdays, months with days and years
// ("July 4, 2011", "4 July", "Jan. 5"), years (1900–2099 in context), decades ("the 1990s"),
// relative expressions ("last year", "this weekend", "next month", "the past two decades",
// "yesterday", "earlier this week"). Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"

namespace lede {

class DateRecognizer {
public:
    QList<Mention> recognize(QStringView text, const TokenizedText &tokens) const;
};

} // namespace lede
