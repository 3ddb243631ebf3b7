// QuoteCorrections: the reader's fixes to the quotes the analysis found — "this is not a
// quote" (dismiss) and "the speaker is X" (set speaker). A correction is a small value that
// names its quote by range *and* text, so it survives re-analysis: applyQuoteCorrections()
// is run on every fresh analysis result and never changes the stored corrections, so
// re-analysing never overwrites what the reader fixed.
//
//   QList<QuoteCorrection> fixes = …;              // from the annotation store
//   AppliedQuotes r = applyQuoteCorrections(text, analysis.quotes, analysis.entities, fixes);
//   show(r.quotes);                                // r.unmatched: fixes whose quote is gone
//
//   QByteArray json = quoteCorrectionsToJson(fixes);       // for storage
//   Result<QList<QuoteCorrection>> back = quoteCorrectionsFromJson(json);
//
// Matching a correction to a quote: the quote with the same range whose text is unchanged;
// else, when the text moved, the quote that overlaps the correction's text (found again in
// the document nearest its old place) by at least half of the longer of the two.
// Offsets are UTF-16 indices into Document::text() (an internal store, not an export).
// Pure functions; thread-safe.
#pragma once

#include "analysis/Analysis.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace lede {

struct QuoteCorrection {
    enum class Kind : std::uint8_t { Dismiss, SetSpeaker };
    Kind kind = Kind::Dismiss;
    TextRange quote;                  // the quote's range when the fix was made
    QString quoteText;                // text.mid(quote) then
    // SetSpeaker: the entity chosen (by canonical name) and/or a span of the text
    QString speakerName;              // matched against Entity::name; empty = none
    std::optional<TextRange> speaker; // a span the reader picked (a mention, "the aide" …)
    QString speakerText;              // text.mid(speaker) then
    QDateTime created;

    bool operator==(const QuoteCorrection &) const = default;
};

// "This is not a quote" for q (range and text taken from `text`), created now.
QuoteCorrection dismissQuote(QStringView text, const Quote &q);
// "The speaker of q is entityName" (an Entity::name, or empty for none), optionally with the
// span of the text that names it. With both empty the quote loses its speaker.
QuoteCorrection setQuoteSpeaker(QStringView text, const Quote &q, const QString &entityName,
                                std::optional<TextRange> speakerSpan = std::nullopt);

struct AppliedQuotes {
    QList<Quote> quotes;    // the corrected list, still sorted by start
    QList<int> unmatched;   // indices of corrections whose quote was not found (orphans:
                            // keep them, the text or the analysis may bring it back)
};

AppliedQuotes applyQuoteCorrections(QStringView text, const QList<Quote> &quotes, const QList<Entity> &entities,
                                    const QList<QuoteCorrection> &corrections);

QByteArray quoteCorrectionsToJson(const QList<QuoteCorrection> &corrections);
Result<QList<QuoteCorrection>> quoteCorrectionsFromJson(const QByteArray &json);

} // namespace lede
