// QuoteGrouping: "who said what" — quotes grouped by speaker, for the Quotes panel.
//
//   const QList<SpeakerQuotes> groups = groupQuotesBySpeaker(text, analysis);
//   for (const SpeakerQuotes &g : groups) show(g.name, g.quotes.size(), …);
//
// Quotes whose speaker resolved to an entity are grouped by that entity (so "he", "Kyaw
// Win" and "the deputy chief" land together). Speakers that are no entity ("the
// government", "officials") are grouped by their text, compared case-insensitively without a
// leading determiner. Quotes with no speaker, or with a pronoun that stayed unresolved, form
// the one "unattributed" group (name empty), always last. Other groups come in order of
// quote count (most first), then of first quote. Pure function; thread-safe.
#pragma once

#include "analysis/Analysis.h"

namespace lede {

struct SpeakerQuotes {
    int entity = -1;     // index into Analysis::entities, or -1
    QString name;        // the entity's name or the speaker as written; empty = unattributed
    QList<int> quotes;   // indices into Analysis::quotes, in text order
    bool unattributed() const { return entity < 0 && name.isEmpty(); }
};

QList<SpeakerQuotes> groupQuotesBySpeaker(QStringView text, const QList<Quote> &quotes,
                                          const QList<Entity> &entities);
inline QList<SpeakerQuotes> groupQuotesBySpeaker(QStringView text, const Analysis &a)
{
    return groupQuotesBySpeaker(text, a.quotes, a.entities);
}

// The first words of a quote's content, for a list row: at most `maxChars` characters,
// cut at a word boundary, "…" appended when cut, quotation marks around it removed.
QString quoteSnippet(QStringView text, const Quote &q, int maxChars = 80);

} // namespace lede
