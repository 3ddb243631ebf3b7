// QuoteCitation: "copy a quote as a citation" — a quote, its speaker and where it was
// published, as one line of text ready for the clipboard.
//
//   CitationSource src{doc.title(), doc.metadata().site, doc.metadata().date, doc.metadata().url};
//   QString s = formatQuoteCitation(text, quote, speakerName(text, analysis, quote), src);
//   // “The democracy movement in my country cannot be crushed.” — Kyaw Win, in “Burmese
//   //   diplomat defects”, The Washington Post, 2011-07-05
//
// Direct quotes are given verbatim between curly double quotes (a trailing comma that only
// led into "he said" dropped), their parts joined with
// " … " (the interrupting "he said" left out) and inner double quotes turned into single
// ones. Mixed and indirect quotes are the reporter's words, so they are not put between
// quotation marks: "Kyaw Win (reported): the trip would …". Empty fields are left out.
// User-visible words go through tr(). Pure functions; thread-safe.
#pragma once

#include "analysis/Analysis.h"

namespace lede {

struct CitationSource {
    QString title;   // the article's headline
    QString source;  // the publication or site ("The Washington Post")
    QString date;    // as the article gives it
    QString url;     // optional
};

// The name to show for a quote's speaker: its entity's name, else the speaker as written,
// else "unknown speaker" (translated).
QString quoteSpeakerName(QStringView text, const Quote &q, const QList<Entity> &entities);

// The quote's content as plain text: parts joined with " … ", outer quotation marks and
// surrounding spaces removed, white space collapsed.
QString quoteContentText(QStringView text, const Quote &q);

QString formatQuoteCitation(QStringView text, const Quote &q, const QString &speaker, const CitationSource &src);

} // namespace lede
