#include "panel/SidePanel.h"

#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>

namespace lede::ui {

SidePanel::SidePanel(QWidget *parent)
    : QDockWidget(tr("Panel"), parent), m_tabs(new QTabWidget(this)), m_entities(new EntitiesPane(m_tabs)),
      m_quotes(new QuotesPane(m_tabs))
{
    setObjectName(QStringLiteral("sidePanel"));
    setAccessibleName(tr("Side panel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_entities, tr("&Entities"));
    m_tabs->addTab(m_quotes, tr("&Quotes"));
    m_tabs->setAccessibleName(tr("Panel tabs"));
    setWidget(m_tabs);
    const QList<QAbstractItemView *> views = {m_entities->view(), m_quotes->view()};
    for (QAbstractItemView *v : views) {
        v->installEventFilter(this);  // the Menu key
        v->viewport()->installEventFilter(this);  // the mouse
    }
}

void SidePanel::showEntities() { m_tabs->setCurrentWidget(m_entities); }
void SidePanel::showQuotes() { m_tabs->setCurrentWidget(m_quotes); }

int SidePanel::addTab(QWidget *page, const QString &label) { return m_tabs->addTab(page, label); }

bool SidePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QDockWidget::eventFilter(watched, event);
    auto *ce = static_cast<QContextMenuEvent *>(event);
    const bool fromMouse = ce->reason() == QContextMenuEvent::Mouse;
    auto *view = qobject_cast<QAbstractItemView *>(fromMouse ? watched->parent() : watched);
    if (!view)
        return QDockWidget::eventFilter(watched, event);
    const QModelIndex index = fromMouse ? view->indexAt(ce->pos()) : view->currentIndex();
    QPoint at = ce->pos();
    if (!fromMouse && index.isValid())
        at = view->visualRect(index).center();
    QMenu menu(this);
    Q_EMIT itemContextMenuAboutToShow(&menu, view, index);
    if (menu.isEmpty())
        return QDockWidget::eventFilter(watched, event);
    menu.exec(view->viewport()->mapToGlobal(at));
    return true;
}

} // namespace lede::ui
