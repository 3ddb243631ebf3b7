// OffsetMap: converts between the core's UTF-16 indices and the code-point offsets used at
// every boundary with the outside world (CLI JSON, W3C selectors). The one place that does
// this conversion (DESIGN.md "Offsets"). O(1) per lookup; costs nothing for BMP-only text.
//
//   OffsetMap map(doc.text());
//   int cp = map.toCodePoint(utf16Index);
//   std::optional<int> u = map.toUtf16(cp);   // nullopt when out of range
#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace lede {

class OffsetMap {
public:
    explicit OffsetMap(QStringView text);

    int toCodePoint(int utf16) const;
    std::optional<int> toUtf16(int codePoint) const;
    int codePointLength() const { return m_cpLength; }
    int utf16Length() const { return m_utf16Length; }
    bool isIdentity() const { return m_surrogateStarts.isEmpty(); }

private:
    QList<int> m_surrogateStarts;  // UTF-16 index of each surrogate pair's high half, ascending
    int m_utf16Length = 0;
    int m_cpLength = 0;
};

} // namespace lede
