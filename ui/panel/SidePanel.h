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
private:
    QTabWidget *m_tabs;
    EntitiesPane *m_entities;
    QuotesPane *m_quotes;
};

} // namespace lede::ui
