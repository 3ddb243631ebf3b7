// TextRange: a half-open [start, end) range of UTF-16 indices into Document::text().
// See DESIGN.md "Offsets": inside the core every range is a QString index range;
// conversion to code points happens only at the boundary (export/OffsetMap).
#pragma once

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse <compare>/<concepts>; it needs no declaration from here
#include <compare>
#endif

namespace lede {

struct TextRange {
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(int pos) const { return pos >= start && pos < end; }
    bool contains(TextRange o) const { return o.start >= start && o.end <= end; }
    bool overlaps(TextRange o) const { return start < o.end && o.start < end; }
    auto operator<=>(const TextRange &) const = default;
};

} // namespace lede
