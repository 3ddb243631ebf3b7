#include "view/ArticleHighlighter.h"

#include "app/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <algorithm>

namespace lede::ui {

namespace {
// format indices: 0..4 entity types, 5 quote, 6 title, 7 heading
constexpr int kQuoteFormat = kEntityTypeCount;
constexpr int kTitleFormat = kEntityTypeCount + 1;
constexpr int kHeadingFormat = kEntityTypeCount + 2;
} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *parent) : QSyntaxHighlighter(parent)
{
    buildFormats();
}

void ArticleHighlighter::buildFormats()
{
    const Theme &theme = Theme::current();
    m_formats.clear();
    for (int t = 0; t < kEntityTypeCount; ++t) {
        QTextCharFormat f;
        f.setBackground(theme.typeBackground(EntityType(t)));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(theme.typeColor(EntityType(t)));
        m_formats.append(f);
    }
    QTextCharFormat quote;
    quote.setBackground(theme.quoteBackground());
    m_formats.append(quote);
    QTextCharFormat title;
    title.setFontWeight(QFont::DemiBold);
    title.setFontPointSize(document() ? document()->defaultFont().pointSizeF() * 1.5 : 18);
    m_formats.append(title);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::DemiBold);
    m_formats.append(heading);
}

void ArticleHighlighter::setContent(const Document *doc, const Analysis *analysis, bool plainSurface)
{
    for (Layer &l : m_allLayers)
        l = Layer{};
    if (doc && plainSurface) {
        for (const Block &b : doc->blocks()) {
            if (b.kind == BlockKind::Title || b.kind == BlockKind::Heading)
                m_allLayers[Structure].spans.append(
                    {b.range.start, b.range.end, b.kind == BlockKind::Title ? kTitleFormat : kHeadingFormat});
        }
    }
    if (analysis) {
        for (const Quote &q : analysis->quotes)
            for (const TextRange &p : q.parts)
                m_allLayers[Quotes].spans.append({p.start, p.end, kQuoteFormat});
        for (const Mention &m : analysis->mentions)
            m_allLayers[Entities].spans.append({m.range.start, m.range.end, int(m.type)});
    }
    for (Layer &l : m_allLayers) {
        std::stable_sort(l.spans.begin(), l.spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        for (const Span &s : l.spans)
            l.maxLength = std::max(l.maxLength, s.end - s.start);
    }
    applyFilters();
}

void ArticleHighlighter::setTypeVisible(EntityType t, bool visible)
{
    m_visible[size_t(t)] = visible;
    applyFilters();
}

void ArticleHighlighter::setQuotesVisible(bool visible)
{
    m_quotesVisible = visible;
    applyFilters();
}

void ArticleHighlighter::applyFilters()
{
    m_layers[Structure] = m_allLayers[Structure];
    Layer filtered;
    for (const Span &s : m_allLayers[Entities].spans)
        if (m_visible[size_t(s.format)])
            filtered.spans.append(s);
    filtered.maxLength = m_allLayers[Entities].maxLength;
    m_layers[Entities] = std::move(filtered);
    m_layers[Quotes] = m_quotesVisible ? m_allLayers[Quotes] : Layer{};
}

void ArticleHighlighter::rehighlightAll()
{
    buildFormats();
    QTextDocument *doc = document();
    if (!doc)
        return;
    const bool rich = doc->documentLayout() && !doc->documentLayout()->inherits("QPlainTextDocumentLayout");
    if (rich)
        doc->setLayoutEnabled(false);
    rehighlight();
    if (rich)
        doc->setLayoutEnabled(true);
}

void ArticleHighlighter::applyLayer(const Layer &layer, int blockStart, int blockEnd)
{
    const auto &spans = layer.spans;
    auto it = std::lower_bound(spans.cbegin(), spans.cend(), blockStart - layer.maxLength,
                               [](const Span &s, int p) { return s.start < p; });
    for (; it != spans.cend() && it->start < blockEnd; ++it) {
        const int s = std::max(it->start, blockStart);
        const int e = std::min(it->end, blockEnd);
        if (e <= s)
            continue;
        QTextCharFormat f = format(s - blockStart);
        f.merge(m_formats[it->format]);
        setFormat(s - blockStart, e - s, f);
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const Layer &l : m_layers)
        if (!l.spans.isEmpty())
            applyLayer(l, blockStart, blockEnd);
}

} // namespace lede::ui
