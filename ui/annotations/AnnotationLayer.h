// AnnotationLayer: the annotations as the article shows them — two named highlight layers for
// ArticleView::setHighlightLayer, above entities and quotes (z 20, 10): passages (z 30) and,
// under them, notes on entities / quotes (z 29). Highlights show as a
// background in their colour, underlines and strike-throughs as such (with a light tint),
// notes on an entity on every mention of it, notes on a quote on its quoted parts. It also
// answers which annotations lie under a text position (tooltips, clicks).
//
//   layer.rebuild(session->annotations(), view->analysis(), doc.text(), palette, theme.isDark());
//   view->setHighlightLayer(AnnotationLayer::kName, layer.layer());
//   view->setHighlightLayer(AnnotationLayer::kTargetName, layer.targetLayer());
//
// A value; GUI thread (QTextCharFormat).
#pragma once

#include "analysis/Analysis.h"
#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"
#include "view/ArticleHighlighter.h"

#include <QUuid>

namespace lede::ui {

class AnnotationLayer {
public:
    static constexpr int kZ = 30;
    static constexpr int kTargetZ = 29;
    static inline const QString kName = QStringLiteral("annotations");
    static inline const QString kTargetName = QStringLiteral("annotation-targets");

    void rebuild(const QList<Annotation> &list, const Analysis *analysis, QStringView text,
                 const AnnotationPalette &palette, bool darkTheme);
    const HighlightLayer &layer() const { return m_layer; }              // passages
    const HighlightLayer &targetLayer() const { return m_targetLayer; }  // entities, quotes
    // Whether the last rebuild() changed the passages' / the targets' layer (spans or formats):
    // unchanged layers need not be set again (each set re-highlights the whole article).
    bool layerChanged() const { return m_layerChanged; }
    bool targetLayerChanged() const { return m_targetChanged; }
    // Ids of the annotations covering pos, the one with the shortest span first.
    QList<QUuid> idsAt(int pos) const;

    static QTextCharFormat format(const PaletteColor &color, AnnotationStyle style, bool darkTheme);

private:
    struct Hit {
        TextRange range;
        QUuid id;
    };
    HighlightLayer m_layer;
    HighlightLayer m_targetLayer;
    QList<Hit> m_hits;  // sorted by start
    int m_maxLength = 0;
    bool m_layerChanged = true;
    bool m_targetChanged = true;
};

} // namespace lede::ui
