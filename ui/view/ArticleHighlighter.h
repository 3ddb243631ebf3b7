// ArticleHighlighter: colours the article by layers, painted in z order (higher on top):
// the built-in ones — title/heading emphasis on plain surfaces (z 0), quotes (z 10), entity
// mentions by type (z 20, per-type switchable) — and any number of named layers other parts
// of the UI add (annotations, speaker tints …) with setLayer(). Ranges are kept sorted by
// start per layer and looked up per block with a binary search, so a whole pass costs
// O(blocks + ranges).
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"

#include <QSyntaxHighlighter>

#include <array>
#include <map>

namespace lede::ui {

struct HighlightSpan {
    int start = 0;
    int end = 0;
    int format = 0;  // index into HighlightLayer::formats
};

struct HighlightLayer {
    int z = 50;                      // built-ins: structure 0, quotes 10, entities 20
    QList<QTextCharFormat> formats;  // merged over what lower layers set
    QList<HighlightSpan> spans;      // any order
};

class ArticleHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *parent);

    // Sets the built-in layers; call rehighlightAll() afterwards.
    void setContent(const Document *doc, const Analysis *analysis, bool plainSurface);
    void setTypeVisible(EntityType t, bool visible);
    bool isTypeVisible(EntityType t) const { return m_visible[size_t(t)]; }
    void setQuotesVisible(bool visible);
    // Adds or replaces a named layer (an empty one is removed); call rehighlightAll() after.
    void setLayer(const QString &name, const HighlightLayer &layer);
    bool hasLayer(const QString &name) const { return m_extra.count(name) > 0; }
    // Rebuilds the built-in formats (theme change) and re-highlights the whole document without
    // re-laying it out block by block (DESIGN.md: setLayoutEnabled around the pass).
    void rehighlightAll();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Layer {
        int z = 0;
        QList<QTextCharFormat> formats;
        QList<HighlightSpan> spans;  // sorted by start
        int maxLength = 0;
    };
    static Layer prepared(int z, QList<QTextCharFormat> formats, QList<HighlightSpan> spans);
    void applyLayer(const Layer &layer, int blockStart, int blockEnd);
    void rebuildOrder();
    void applyFilters();
    void buildFormats();

    enum BuiltIn { Structure, Quotes, Entities, BuiltInCount };
    std::array<Layer, BuiltInCount> m_builtIn;     // as shown (entities filtered by type)
    std::array<Layer, BuiltInCount> m_allBuiltIn;  // before type filtering
    std::map<QString, Layer> m_extra;
    QList<const Layer *> m_order;  // every layer, by z
    std::array<bool, kEntityTypeCount> m_visible{true, true, true, true, true};
    bool m_quotesVisible = true;
};

} // namespace lede::ui
