#include "panel/EntitiesPane.h"

#include "app/Settings.h"
#include "app/Theme.h"
#include "models/EntityFilterModel.h"
#include "models/EntityModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lede::ui {

EntitiesPane::EntitiesPane(QWidget *parent)
    : QWidget(parent), m_model(new EntityModel(this)), m_proxy(new EntityFilterModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_position(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearchText(t);
        m_view->expandAll();
    });

    auto *toggles = new QHBoxLayout;
    toggles->setSpacing(2);
    for (int i = 0; i < kEntityTypeCount; ++i) {
        const auto t = EntityType(i);
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(Settings::isTypeVisible(t));
        b->setIcon(QIcon(colourSwatch(Theme::current().typeColor(t))));
        b->setText(entityTypePlural(t));
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show or hide the highlights of %1 in the text").arg(entityTypePlural(t).toLower()));
        b->setAccessibleName(tr("Highlight %1").arg(entityTypePlural(t)));
        connect(b, &QToolButton::toggled, this, [this, t](bool on) {
            Settings::setTypeVisible(t, on);
            Q_EMIT typeVisibilityChanged(t, on);
        });
        m_toggles[size_t(i)] = b;
        toggles->addWidget(b);
    }
    toggles->addStretch(1);
    m_position->setAccessibleName(tr("Mention position"));
    toggles->addWidget(m_position);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Entities"));
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EntitiesPane::showContextMenu);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        if (!(QApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            activate(i);  // Ctrl/Shift+click only changes the selection
    });
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addLayout(toggles);
    layout->addWidget(m_view, 1);
    setMentionPosition(0, 0);
    setTabOrder(m_filter, m_view);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter: go to the first match
        for (QModelIndex i = m_proxy->index(0, 0); i.isValid(); i = m_proxy->index(0, 0, i)) {
            if (i.data(EntityModel::EntityIndexRole).toInt() >= 0) {
                m_view->setCurrentIndex(i);
                activate(i);
                break;
            }
            if (m_proxy->rowCount(i) == 0)
                break;
        }
    });
}

bool EntitiesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *ke = static_cast<QKeyEvent *>(event);
        if ((ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            const QModelIndex i = m_view->currentIndex();
            if (i.data(EntityModel::EntityIndexRole).toInt() >= 0)
                activate(i);
            else
                m_view->setExpanded(i.siblingAtColumn(0), !m_view->isExpanded(i.siblingAtColumn(0)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntitiesPane::activate(const QModelIndex &proxyIndex)
{
    const int e = proxyIndex.data(EntityModel::EntityIndexRole).toInt();
    if (e >= 0)
        Q_EMIT entityActivated(e);
}

QList<int> EntitiesPane::selectedEntities() const
{
    QList<int> out;
    const int current = m_view->currentIndex().data(EntityModel::EntityIndexRole).toInt();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(EntityModel::NameColumn);
    for (const QModelIndex &i : rows) {
        const int e = i.data(EntityModel::EntityIndexRole).toInt();
        if (e >= 0 && !out.contains(e))
            out.append(e);
    }
    if (out.contains(current))
        out.move(out.indexOf(current), 0);
    return out;
}

void EntitiesPane::showContextMenu(const QPoint &viewportPos)
{
    const QModelIndex at = m_view->indexAt(viewportPos);
    if (at.isValid() && !m_view->selectionModel()->isRowSelected(at.row(), at.parent()))
        m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    Q_EMIT contextMenuAboutToShow(&menu, selectedEntities());
    if (menu.isEmpty())
        return;
    const QRect current = m_view->visualRect(m_view->currentIndex());
    const QPoint pos = at.isValid() || !current.isValid() ? viewportPos : current.center();
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void EntitiesPane::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_model->setAnalysis(std::move(analysis));
    m_view->expandAll();
    setMentionPosition(0, 0);
}

void EntitiesPane::selectEntity(int entityIndex)
{
    const QModelIndex src = m_model->indexForEntity(entityIndex);
    QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid() && src.isValid()) {
        m_filter->clear();  // the entity was filtered out: show everything again
        idx = m_proxy->mapFromSource(src);
    }
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

void EntitiesPane::setMentionPosition(int current, int total)
{
    m_position->setText(total > 0 ? tr("%1 / %2").arg(current).arg(total) : QString());
    m_position->setToolTip(total > 0 ? tr("Mention %1 of %2 (F8: next, Shift+F8: previous)").arg(current).arg(total)
                                     : QString());
}

void EntitiesPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace lede::ui
