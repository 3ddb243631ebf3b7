// EntitiesPane: the Entities tab — a filter box, one toggle per entity type (show/hide its
// highlights in the text), the entity tree, and the "3 / 11" position of the mention being
// shown. Emits entityActivated on every click or Enter on an entity (so clicking again walks
// on to the next mention). Several entities can be selected (Ctrl/Shift+click); the context
// menu (right click or the menu key) is offered to other parts of the UI through
// contextMenuAboutToShow with the selected entities.
#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace lede::ui {

class EntityModel;
class EntityFilterModel;

class EntitiesPane final : public QWidget {
    Q_OBJECT
public:
    explicit EntitiesPane(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    void selectEntity(int entityIndex);  // selects (and scrolls to) it without emitting
    void setMentionPosition(int current, int total);  // current 1-based; total 0 hides
    void focusFilter();
    // The selected entities (indices into Analysis::entities), the current one first.
    QList<int> selectedEntities() const;

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *typeToggle(EntityType t) const { return m_toggles[size_t(t)]; }
    EntityModel *model() const { return m_model; }

Q_SIGNALS:
    void entityActivated(int entityIndex);
    void typeVisibilityChanged(EntityType type, bool visible);
    // The context menu for these entities (possibly none) is about to open: add actions.
    void contextMenuAboutToShow(QMenu *menu, const QList<int> &entities);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &viewportPos);

    EntityModel *m_model;
    EntityFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_position;
    std::array<QToolButton *, kEntityTypeCount> m_toggles{};
};

} // namespace lede::ui
