// SpeakerTints: one tint per speaker, so that a speaker's quotes share a colour in the text
// and in the Quotes tab. A small palette of hues, cycled; each has a background for the
// quotes and a stronger colour for marking the speaker's mentions, in a light and a dark
// variant chosen to keep the text readable (light: pale backgrounds under dark ink; dark:
// deep backgrounds under light ink).
//
//   const SpeakerTint t = speakerTint(groupRow, Theme::current().isDark());
//   view->setHighlightLayer(kSpeakerQuotesLayer, speakerQuoteLayer(*analysis, groups, dark));
//
// Pure functions over an analysis and its groupQuotesBySpeaker() groups; the unattributed
// group has no tint (its quotes keep the ordinary quote colour).
#pragma once

#include "analysis/QuoteGrouping.h"
#include "view/ArticleHighlighter.h"

#include <QColor>

namespace lede::ui {

inline constexpr int kSpeakerTintCount = 8;
inline const QString kSpeakerQuotesLayer = QStringLiteral("speaker-quotes");   // z 12: over quotes
inline const QString kSpeakerMarksLayer = QStringLiteral("speaker-mentions");  // z 25: over entities

struct SpeakerTint {
    QColor background;  // behind the speaker's quotes
    QColor mark;        // underline of the speaker's mentions, swatch in the panel
};

SpeakerTint speakerTint(int index, bool dark);

// The tint index of each group (by position in `groups`), -1 for the unattributed one.
int speakerTintIndex(const QList<SpeakerQuotes> &groups, int groupRow);

// The quotes' parts, tinted by speaker.
HighlightLayer speakerQuoteLayer(const Analysis &a, const QList<SpeakerQuotes> &groups, bool dark);
// The speakers' mentions (every mention of a speaking entity, and each quote's speaker as
// written, e.g. "he"), underlined in their tint; the attributions themselves also bold.
HighlightLayer speakerMarkLayer(const Analysis &a, const QList<SpeakerQuotes> &groups, bool dark);

} // namespace lede::ui
