#include "view/ArticleHighlighter.h"

#include "app/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <algorithm>

namespace lede::ui {

namespace {
// built-in format indices: 0..4 entity types, then quote, title, heading
constexpr int kQuoteFormat = 0;
constexpr int kTitleFormat = 0;
constexpr int kHeadingFormat = 1;
} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *parent) : QSyntaxHighlighter(parent)
{
    buildFormats();
    rebuildOrder();
}

ArticleHighlighter::Layer ArticleHighlighter::prepared(int z, QList<QTextCharFormat> formats, QList<HighlightSpan> spans)
{
    Layer l;
    l.z = z;
    l.formats = std::move(formats);
    l.spans = std::move(spans);
    std::stable_sort(l.spans.begin(), l.spans.end(),
                     [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    for (const HighlightSpan &s : l.spans)
        l.maxLength = std::max(l.maxLength, s.end - s.start);
    return l;
}

void ArticleHighlighter::buildFormats()
{
    const Theme &theme = Theme::current();
    QList<QTextCharFormat> types;
    for (int t = 0; t < kEntityTypeCount; ++t) {
        QTextCharFormat f;
        f.setBackground(theme.typeBackground(EntityType(t)));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(theme.typeColor(EntityType(t)));
        types.append(f);
    }
    QTextCharFormat quote;
    quote.setBackground(theme.quoteBackground());
    QTextCharFormat title;
    title.setFontWeight(QFont::DemiBold);
    title.setFontPointSize(document() ? document()->defaultFont().pointSizeF() * 1.5 : 18);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::DemiBold);
    m_allBuiltIn[Entities].formats = types;
    m_allBuiltIn[Quotes].formats = {quote};
    m_allBuiltIn[Structure].formats = {title, heading};
    m_allBuiltIn[Structure].z = 0;
    m_allBuiltIn[Quotes].z = 10;
    m_allBuiltIn[Entities].z = 20;
    applyFilters();
}

void ArticleHighlighter::setContent(const Document *doc, const Analysis *analysis, bool plainSurface)
{
    QList<HighlightSpan> structure, quotes, entities;
    if (doc && plainSurface) {
        for (const Block &b : doc->blocks())
            if (b.kind == BlockKind::Title || b.kind == BlockKind::Heading)
                structure.append({b.range.start, b.range.end, b.kind == BlockKind::Title ? kTitleFormat : kHeadingFormat});
    }
    if (analysis) {
        for (const Quote &q : analysis->quotes)
            for (const TextRange &p : q.parts)
                quotes.append({p.start, p.end, kQuoteFormat});
        for (const Mention &m : analysis->mentions)
            entities.append({m.range.start, m.range.end, int(m.type)});
    }
    m_allBuiltIn[Structure] = prepared(0, m_allBuiltIn[Structure].formats, structure);
    m_allBuiltIn[Quotes] = prepared(10, m_allBuiltIn[Quotes].formats, quotes);
    m_allBuiltIn[Entities] = prepared(20, m_allBuiltIn[Entities].formats, entities);
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

void ArticleHighlighter::setLayer(const QString &name, const HighlightLayer &layer)
{
    if (layer.spans.isEmpty())
        m_extra.erase(name);
    else
        m_extra[name] = prepared(layer.z, layer.formats, layer.spans);
    rebuildOrder();
}

void ArticleHighlighter::applyFilters()
{
    m_builtIn[Structure] = m_allBuiltIn[Structure];
    m_builtIn[Quotes] = m_quotesVisible ? m_allBuiltIn[Quotes] : prepared(10, m_allBuiltIn[Quotes].formats, {});
    Layer filtered = m_allBuiltIn[Entities];
    filtered.spans.erase(std::remove_if(filtered.spans.begin(), filtered.spans.end(),
                                        [this](const HighlightSpan &s) { return !m_visible[size_t(s.format)]; }),
                         filtered.spans.end());
    m_builtIn[Entities] = std::move(filtered);
    rebuildOrder();
}

void ArticleHighlighter::rebuildOrder()
{
    m_order.clear();
    for (const Layer &l : m_builtIn)
        m_order.append(&l);
    for (const auto &[name, l] : m_extra)
        m_order.append(&l);
    std::stable_sort(m_order.begin(), m_order.end(), [](const Layer *a, const Layer *b) { return a->z < b->z; });
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
                               [](const HighlightSpan &s, int p) { return s.start < p; });
    for (; it != spans.cend() && it->start < blockEnd; ++it) {
        const int s = std::max(it->start, blockStart);
        const int e = std::min(it->end, blockEnd);
        if (e <= s || it->format < 0 || it->format >= layer.formats.size())
            continue;
        QTextCharFormat f = format(s - blockStart);
        f.merge(layer.formats[it->format]);
        setFormat(s - blockStart, e - s, f);
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const Layer *l : m_order)
        if (!l->spans.isEmpty())
            applyLayer(*l, blockStart, blockEnd);
}

} // namespace lede::ui
