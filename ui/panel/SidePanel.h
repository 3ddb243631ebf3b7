// SidePanel: the dockable side panel with its tabs (Entities, Quotes; Annotations later).
#pragma once

#include <QDockWidget>
#include <QModelIndex>

class QAbstractItemView;
class QMenu;
class QTabWidget;

namespace lede::ui {

class EntitiesPane;
class QuotesPane;

class SidePanel final : public QDockWidget {
    Q_OBJECT
public:
    explicit SidePanel(QWidget *parent = nullptr);
    EntitiesPane *entities() const { return m_entities; }
    QuotesPane *quotes() const { return m_quotes; }
    QTabWidget *tabs() const { return m_tabs; }
    void showEntities();
    void showQuotes();
    // Adds a tab (e.g. Annotations) after the built-in ones; returns its index.
    int addTab(QWidget *page, const QString &label);

Q_SIGNALS:
    // A context menu (right click or the Menu key) was asked for on the Entities or Quotes
    // list; `index` is the item under the mouse (the current one from the keyboard), maybe
    // invalid. Add actions to `menu`; it is shown when it is not empty.
    void itemContextMenuAboutToShow(QMenu *menu, QAbstractItemView *view, const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTabWidget *m_tabs;
    EntitiesPane *m_entities;
    QuotesPane *m_quotes;
};

} // namespace lede::ui
