// ArticleHighlighter: colours the article by layers — quotes (tint), entity mentions
// (a tint and an underline in their type's colour, per-type switchable), and for plain
// surfaces the title/heading emphasis. Ranges are kept sorted by start per layer and looked
// up per block with a binary search, so a whole pass costs O(blocks + ranges).
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"

#include <QSyntaxHighlighter>

#include <array>

namespace lede::ui {

class ArticleHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *parent);

    // Sets every layer at once; call rehighlightAll() afterwards.
    void setContent(const Document *doc, const Analysis *analysis, bool plainSurface);
    void setTypeVisible(EntityType t, bool visible);
    bool isTypeVisible(EntityType t) const { return m_visible[size_t(t)]; }
    void setQuotesVisible(bool visible);
    // Rebuilds formats (theme change) and re-highlights the whole document without
    // re-laying it out block by block (DESIGN.md: setLayoutEnabled around the pass).
    void rehighlightAll();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span {
        int start;
        int end;
        int format;  // index into m_formats
    };
    struct Layer {
        QList<Span> spans;  // sorted by start
        int maxLength = 0;
    };
    void applyLayer(const Layer &layer, int blockStart, int blockEnd);
    void applyFilters();
    void buildFormats();

    enum LayerId { Structure, Quotes, Entities, LayerCount };
    std::array<Layer, LayerCount> m_layers;
    std::array<Layer, LayerCount> m_allLayers;  // before type filtering
    QList<QTextCharFormat> m_formats;
    std::array<bool, kEntityTypeCount> m_visible{true, true, true, true, true};
    bool m_quotesVisible = true;
};

} // namespace lede::ui
