#include "annotations/AnnotationLayer.h"

#include "annotations/AnnotationTargets.h"

#include <algorithm>
#include <utility>

namespace lede::ui {

namespace {

constexpr int kStyles = 3;

bool same(const HighlightLayer &a, const HighlightLayer &b)
{
    return a.z == b.z && a.formats == b.formats
        && std::equal(a.spans.cbegin(), a.spans.cend(), b.spans.cbegin(), b.spans.cend(),
                      [](const HighlightSpan &x, const HighlightSpan &y) {
                          return x.start == y.start && x.end == y.end && x.format == y.format;
                      });
}

} // namespace

QTextCharFormat AnnotationLayer::format(const PaletteColor &color, AnnotationStyle style, bool darkTheme)
{
    const QColor c(color.hex);
    QTextCharFormat f;
    QColor tint = c;
    tint.setAlphaF(darkTheme ? 0.30f : 0.35f);
    switch (style) {
    case AnnotationStyle::Highlight:
        f.setBackground(c);
        f.setForeground(QColor(0x1a, 0x1a, 0x1a));  // the palette is readable under black text
        break;
    case AnnotationStyle::Underline:
        f.setBackground(tint);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(darkTheme ? c : c.darker(170));
        break;
    case AnnotationStyle::StrikeThrough:
        f.setBackground(tint);
        f.setFontStrikeOut(true);
        break;
    }
    return f;
}

void AnnotationLayer::rebuild(const QList<Annotation> &list, const Analysis *analysis, QStringView text,
                              const AnnotationPalette &palette, bool darkTheme)
{
    const HighlightLayer oldLayer = std::exchange(m_layer, {});
    const HighlightLayer oldTargets = std::exchange(m_targetLayer, {});
    m_layer.z = kZ;
    for (int c = 0; c < palette.size(); ++c)
        for (int s = 0; s < kStyles; ++s)
            m_layer.formats.append(format(palette.color(c), AnnotationStyle(s), darkTheme));
    m_targetLayer = m_layer;
    m_targetLayer.z = kTargetZ;
    m_hits.clear();
    m_maxLength = 0;
    for (const Annotation &a : list) {
        if (a.isOrphan())
            continue;
        const int fmt = (AnnotationPalette::isValidIndex(a.color) ? a.color : 0) * kStyles + int(a.style);
        HighlightLayer &layer = a.targetKind == TargetKind::TextSpan ? m_layer : m_targetLayer;
        for (const TextRange &r : coveredRanges(a, analysis, text)) {
            if (r.isEmpty())
                continue;
            layer.spans.append({r.start, r.end, fmt});
            m_hits.append({r, a.id});
            m_maxLength = std::max(m_maxLength, r.length());
        }
    }
    m_layerChanged = !same(oldLayer, m_layer);
    m_targetChanged = !same(oldTargets, m_targetLayer);
    std::stable_sort(m_hits.begin(), m_hits.end(), [](const Hit &x, const Hit &y) { return x.range.start < y.range.start; });
}

QList<QUuid> AnnotationLayer::idsAt(int pos) const
{
    QList<Hit> found;
    auto it = std::lower_bound(m_hits.cbegin(), m_hits.cend(), pos - m_maxLength,
                               [](const Hit &h, int p) { return h.range.start < p; });
    for (; it != m_hits.cend() && it->range.start <= pos; ++it)
        if (it->range.contains(pos))
            found.append(*it);
    std::stable_sort(found.begin(), found.end(),
                     [](const Hit &x, const Hit &y) { return x.range.length() < y.range.length(); });
    QList<QUuid> ids;
    for (const Hit &h : std::as_const(found))
        if (!ids.contains(h.id))
            ids.append(h.id);
    return ids;
}

} // namespace lede::ui
