// Anchor: where an annotation sits in a text, in the two W3C Web Annotation selectors it is
// stored and exported as.
//
//   - TextQuoteSelector: `exact` (the annotated text) with up to kContextLength UTF-16 code
//     units of `prefix` and `suffix` around it;
//   - TextPositionSelector: `start`/`end` in Unicode code points (DESIGN.md "Offsets"),
//     -1 when unknown (an imported quote without positions, an orphan).
//
// Anchors are plain values; build one from a range of the open document with fromRange()
// and find it again in a (possibly changed) text with Reanchorer.
#pragma once

#include "core/OffsetMap.h"
#include "core/TextRange.h"

#include <QString>

namespace lede {

struct Anchor {
    static constexpr int kContextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;
    int start = -1;  // code points; -1 = no position
    int end = -1;

    bool hasPosition() const { return start >= 0 && end >= start; }
    bool isEmpty() const { return exact.isEmpty(); }
    bool operator==(const Anchor &) const = default;

    // The anchor of `range` (UTF-16, clamped to the text) in `text`; `map` must be the
    // OffsetMap of that same text. Context never splits a surrogate pair.
    static Anchor fromRange(QStringView text, const OffsetMap &map, TextRange range,
                            int contextLength = kContextLength);
};

} // namespace lede
