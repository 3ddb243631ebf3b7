#include "quotes/SpeakerTints.h"

#include <QFont>

namespace lede::ui {

namespace {

// Hues far apart and away from the ordinary quote colour (yellow).
constexpr std::array<int, kSpeakerTintCount> kHues{210, 140, 22, 275, 345, 185, 95, 315};

} // namespace

SpeakerTint speakerTint(int index, bool dark)
{
    const int hue = kHues[size_t(((index % kSpeakerTintCount) + kSpeakerTintCount) % kSpeakerTintCount)];
    if (dark)
        return {QColor::fromHsl(hue, 95, 62), QColor::fromHsl(hue, 190, 170)};
    return {QColor::fromHsl(hue, 190, 228), QColor::fromHsl(hue, 170, 92)};
}

int speakerTintIndex(const QList<SpeakerQuotes> &groups, int groupRow)
{
    if (groupRow < 0 || groupRow >= groups.size() || groups[groupRow].unattributed())
        return -1;
    return groupRow;  // the unattributed group is always last
}

HighlightLayer speakerQuoteLayer(const Analysis &a, const QList<SpeakerQuotes> &groups, bool dark)
{
    HighlightLayer layer;
    layer.z = 12;
    for (int i = 0; i < kSpeakerTintCount; ++i) {
        QTextCharFormat f;
        f.setBackground(speakerTint(i, dark).background);
        layer.formats.append(f);
    }
    for (int g = 0; g < groups.size(); ++g) {
        const int tint = speakerTintIndex(groups, g);
        if (tint < 0)
            continue;
        for (int qi : groups[g].quotes)
            for (const TextRange &p : a.quotes[qi].parts)
                layer.spans.append({p.start, p.end, tint % kSpeakerTintCount});
    }
    return layer;
}

HighlightLayer speakerMarkLayer(const Analysis &a, const QList<SpeakerQuotes> &groups, bool dark)
{
    HighlightLayer layer;
    layer.z = 25;
    for (int i = 0; i < kSpeakerTintCount; ++i) {
        QTextCharFormat mention;
        mention.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        mention.setUnderlineColor(speakerTint(i, dark).mark);
        QTextCharFormat attribution = mention;
        attribution.setFontWeight(QFont::DemiBold);
        layer.formats.append(mention);
        layer.formats.append(attribution);
    }
    for (int g = 0; g < groups.size(); ++g) {
        const int tint = speakerTintIndex(groups, g);
        if (tint < 0)
            continue;
        const int format = (tint % kSpeakerTintCount) * 2;
        QList<TextRange> attributions;
        for (int qi : groups[g].quotes)
            if (a.quotes[qi].speaker && !attributions.contains(*a.quotes[qi].speaker))
                attributions.append(*a.quotes[qi].speaker);
        if (groups[g].entity >= 0)
            for (int m : a.entities[groups[g].entity].mentions) {
                const TextRange r = a.mentions[m].range;
                if (!attributions.contains(r))
                    layer.spans.append({r.start, r.end, format});
            }
        for (const TextRange &r : attributions)
            layer.spans.append({r.start, r.end, format + 1});
    }
    return layer;
}

} // namespace lede::ui
