// ArticleView: the reading view. Shows a Document in a calm, centred column (rich layout
// for articles, a plain fast layout for long documents), colours its analysis (entity types,
// quotes), emphasises the selected entity's mentions and find matches, marks them on the
// scroll bar, shows what is under the mouse in a tooltip, and reports clicks on mentions.
// It computes nothing about the text: ranges come from the core.
#pragma once

#include "analysis/Analysis.h"
#include "core/TextRange.h"
#include "document/Document.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractScrollArea;
class QMenu;
class QTextDocument;

namespace lede::ui {

class ArticleHighlighter;
struct HighlightLayer;
class MarkerScrollBar;
class ReadingSurface;

class ArticleView final : public QWidget {
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setDocument(const Document &doc);
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    const Analysis *analysis() const { return m_analysis.get(); }

    void setTypeVisible(EntityType t, bool visible);
    // A named highlight layer of another part of the UI (annotations, speaker tints …), kept
    // until the next setDocument(); an empty layer removes it.
    void setHighlightLayer(const QString &name, const HighlightLayer &layer);
    void setFocusedEntity(int entityIndex);  // -1: none
    int focusedEntity() const { return m_focusedEntity; }
    void setFindMatches(const QList<TextRange> &matches);

    // Selects [start, end) and scrolls it into the upper third of the view.
    void selectRange(TextRange r);
    TextRange selectedRange() const;
    QString selectedText() const;  // exactly Document::text().mid(selection)
    // Where the reader is: the position at the top-left of the visible text.
    int firstVisiblePosition() const;

    void setZoomSteps(int steps);
    int zoomSteps() const { return m_zoomSteps; }
    void applyTheme();

    bool isRichLayout() const { return m_rich; }
    QAbstractScrollArea *editor() const;  // for tests and accessibility
    MarkerScrollBar *markerBar() const { return m_markerBar; }
    // Viewport rectangle of the text at pos (tests click there).
    QRect rectForPosition(int pos) const;

Q_SIGNALS:
    void mentionClicked(int mentionIndex);
    void quoteClicked(int quoteIndex);
    void selectionChanged();
    // The article's context menu is about to open at text position `position` (-1: not over
    // text); add actions to `menu` (it already holds Copy and Select All).
    void contextMenuAboutToShow(QMenu *menu, int position);
    // The tooltip for text position `position` is being built: add HTML lines to `lines`
    // (they are joined with <br>; nothing is shown when it stays empty).
    void toolTipAboutToShow(int position, QStringList *lines);
    // A click (not a drag) on the text at `position`, after mentionClicked/quoteClicked.
    void textClicked(int position);
    void themeChanged();  // colours changed: layers with colours should be set again

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createSurface(bool rich);
    void applyStyle();
    void updateExtraSelections();
    void updateMarkers();
    void rehighlightKeepingPosition();
    void showContextMenu(QPoint viewportPos);
    QStringList toolTipAt(int pos) const;
    QFont readingFont() const;

    ReadingSurface *m_surface = nullptr;
    QPointer<QWidget> m_surfaceWidget;
    MarkerScrollBar *m_markerBar = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    QTextDocument *m_textDocument = nullptr;
    Document m_document;
    std::shared_ptr<const Analysis> m_analysis;
    QList<TextRange> m_findMatches;
    int m_focusedEntity = -1;
    int m_zoomSteps = 0;
    bool m_rich = true;
    QPoint m_pressPos;
};

} // namespace lede::ui
