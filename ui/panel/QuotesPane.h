// QuotesPane: the Quotes tab — who said what. A tree of speakers (with their tint and quote
// count) and their quotes (first words, kind); the "Unattributed" group comes last. A click
// or Enter on a quote emits quoteActivated; the context menu (right click or the menu key)
// is offered to other parts of the UI through contextMenuAboutToShow.
#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QTreeView;

namespace lede::ui {

class QuoteTreeModel;

class QuotesPane final : public QWidget {
    Q_OBJECT
public:
    explicit QuotesPane(QWidget *parent = nullptr);
    void setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text);
    // Selects (and scrolls to) the quote without emitting quoteActivated.
    void selectQuote(int quoteIndex);
    // The quote of the current row, or -1 (a speaker row, nothing).
    int currentQuote() const;
    QTreeView *view() const { return m_view; }
    QuoteTreeModel *model() const { return m_model; }

Q_SIGNALS:
    void quoteActivated(int quoteIndex);
    // The context menu of the quote `quoteIndex` (-1: not on a quote) is about to open.
    void contextMenuAboutToShow(QMenu *menu, int quoteIndex);

private:
    void showContextMenu(const QPoint &viewportPos);

    QuoteTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace lede::ui
