// QuoteFinder: quotes and who said them. Pairs quotation marks into direct quotes, joins
// "A," he said, "B." into one quote with two parts, finds reported speech after speech
// verbs, and attributes each quote to the nearest speaker (a named mention, a nominal such
// as "officials", or a pronoun resolved to the last compatible person).
// Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"
#include "core/CancelToken.h"

namespace lede {

class QuoteFinder {
public:
    QList<Quote> find(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                      const QList<Entity> &entities, const CancelToken &cancel = {}) const;
};

} // namespace lede
