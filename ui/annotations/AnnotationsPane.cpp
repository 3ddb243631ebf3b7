#include "annotations/AnnotationsPane.h"

#include "annotations/AnnotationDelegate.h"
#include "annotations/AnnotationFilterModel.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationText.h"
#include "app/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lede::ui {

AnnotationsPane::AnnotationsPane(AnnotationModel *model, QWidget *parent)
    : QWidget(parent), m_model(model),
      m_proxy(new AnnotationFilterModel(AnnotationFilterModel::Section::Anchored, this)),
      m_orphanProxy(new AnnotationFilterModel(AnnotationFilterModel::Section::Orphans, this)),
      m_filter(new QLineEdit(this)), m_tagBox(new QComboBox(this)), m_colorBox(new QComboBox(this)),
      m_orderBox(new QComboBox(this)), m_orphanBox(new QWidget(this)), m_orphanLabel(new QLabel(m_orphanBox)),
      m_reattach(new QPushButton(tr("&Re-attach to Selection"), m_orphanBox)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("annotationsPane"));
    m_proxy->setSourceModel(model);
    m_orphanProxy->setSourceModel(model);
    m_orphanProxy->setOrder(AnnotationFilterModel::Order::Newest);

    m_filter->setPlaceholderText(tr("Filter annotations"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter annotations"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearchText(t);
        m_orphanProxy->setSearchText(t);
    });

    const auto setupFilter = [this](QComboBox *box, const QString &name, const QString &tip) {
        box->setAccessibleName(name);
        box->setToolTip(tip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        connect(box, &QComboBox::currentIndexChanged, this, &AnnotationsPane::applyFilters);
    };
    setupFilter(m_tagBox, tr("Filter by tag"), tr("Show only the annotations with this tag"));
    setupFilter(m_colorBox, tr("Filter by colour"), tr("Show only the annotations in this colour"));
    m_orderBox->setAccessibleName(tr("Order"));
    m_orderBox->addItem(tr("Reading order"), int(AnnotationFilterModel::Order::Position));
    m_orderBox->addItem(tr("Newest first"), int(AnnotationFilterModel::Order::Newest));
    m_orderBox->setCurrentIndex(Settings::annotationsByTime() ? 1 : 0);
    m_proxy->setOrder(AnnotationFilterModel::Order(m_orderBox->currentData().toInt()));
    connect(m_orderBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto order = AnnotationFilterModel::Order(m_orderBox->currentData().toInt());
        m_proxy->setOrder(order);
        Settings::setAnnotationsByTime(order == AnnotationFilterModel::Order::Newest);
    });
    auto *meanings = new QToolButton(this);
    meanings->setText(tr("Colour meanings…"));
    meanings->setToolTip(tr("Rename what each colour means"));
    meanings->setAccessibleName(tr("Colour meanings"));
    meanings->setAutoRaise(true);
    connect(meanings, &QToolButton::clicked, this, &AnnotationsPane::paletteEditRequested);

    m_view = makeList(m_proxy, tr("Annotations"));
    m_orphanView = makeList(m_orphanProxy, tr("Orphaned annotations"));
    m_lastView = m_view;

    m_orphanLabel->setToolTip(tr("The text these annotations were made on is no longer in this article. Select a "
                                 "passage and re-attach them, or delete them."));
    m_orphanLabel->setAccessibleName(tr("Orphaned annotations"));
    m_orphanLabel->setBuddy(m_orphanView);
    m_reattach->setAccessibleName(tr("Re-attach to selection"));
    m_reattach->setToolTip(tr("Attach the selected orphan to the passage selected in the article"));
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_orphanView->currentIndex();
        if (i.isValid())
            Q_EMIT reattachRequested(i.data(AnnotationModel::IdRole).toUuid());
    });
    m_reattachAction = new QAction(tr("Re-attach to Selection"), m_orphanView);
    m_orphanView->insertAction(m_orphanView->actions().value(0), m_reattachAction);
    connect(m_reattachAction, &QAction::triggered, m_reattach, &QPushButton::click);

    auto *orphanLayout = new QVBoxLayout(m_orphanBox);
    orphanLayout->setContentsMargins(0, 6, 0, 0);
    orphanLayout->addWidget(m_orphanLabel);
    orphanLayout->addWidget(m_orphanView, 1);
    orphanLayout->addWidget(m_reattach, 0, Qt::AlignLeft);

    m_summary->setAccessibleName(tr("Annotation count"));
    m_summary->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_tagBox, 1);
    filters->addWidget(m_colorBox, 1);
    filters->addWidget(m_orderBox, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(meanings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_orphanBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &AnnotationsPane::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &AnnotationsPane::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &AnnotationsPane::refresh);
    for (AnnotationFilterModel *p : {m_proxy, m_orphanProxy}) {
        connect(p, &QAbstractItemModel::rowsInserted, this, &AnnotationsPane::refreshSummary);
        connect(p, &QAbstractItemModel::rowsRemoved, this, &AnnotationsPane::refreshSummary);
        connect(p, &QAbstractItemModel::modelReset, this, &AnnotationsPane::refreshSummary);
        connect(p, &QAbstractItemModel::layoutChanged, this, &AnnotationsPane::refreshSummary);
    }
    setPalette(model->palette());
    refresh();
}

void AnnotationsPane::applyFilters()
{
    const QString tag = m_tagBox->currentData().toString();
    const int color = m_colorBox->currentData().isValid() ? m_colorBox->currentData().toInt() : -1;
    for (AnnotationFilterModel *p : {m_proxy, m_orphanProxy}) {
        p->setTag(tag);
        p->setColor(color);
    }
}

void AnnotationsPane::refresh()
{
    refreshTags();
    refreshSummary();
}

QListView *AnnotationsPane::makeList(AnnotationFilterModel *proxy, const QString &name)
{
    auto *view = new QListView(this);
    view->setModel(proxy);
    view->setItemDelegate(new AnnotationDelegate(view));
    view->setAccessibleName(name);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformItemSizes(false);
    view->setResizeMode(QListView::Adjust);
    view->setLayoutMode(QListView::Batched);  // thousands of rows of varying height stay responsive
    view->setBatchSize(200);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);  // the splitter's stretch decides
    view->setMinimumHeight(80);

    auto idOf = [](const QModelIndex &i) { return i.data(AnnotationModel::IdRole).toUuid(); };
    connect(view, &QListView::clicked, this, [this, view, idOf](const QModelIndex &i) {
        m_lastView = view;
        Q_EMIT annotationActivated(idOf(i));
    });
    connect(view, &QListView::activated, this, [this, view, idOf](const QModelIndex &i) {  // Enter, double-click
        m_lastView = view;
        Q_EMIT editRequested(idOf(i));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view, idOf](const QModelIndex &current) {
                if (view->hasFocus() && current.isValid()) {  // arrow keys: the article follows
                    m_lastView = view;
                    Q_EMIT annotationActivated(idOf(current));
                }
                updateButtons();
            });

    auto *edit = new QAction(tr("&Edit…"), view);
    edit->setShortcuts({QKeySequence(Qt::Key_F2)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, [this, view, idOf] {
        if (view->currentIndex().isValid())
            Q_EMIT editRequested(idOf(view->currentIndex()));
    });
    auto *remove = new QAction(tr("&Delete"), view);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this, view] {
        const QList<QUuid> ids = selectedIn(view);
        if (!ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    view->addAction(edit);
    view->addAction(remove);
    return view;
}

QList<QUuid> AnnotationsPane::selectedIn(QListView *view) const
{
    QList<QUuid> ids;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
        ids.append(i.data(AnnotationModel::IdRole).toUuid());
    if (ids.isEmpty() && view->currentIndex().isValid())
        ids.append(view->currentIndex().data(AnnotationModel::IdRole).toUuid());
    return ids;
}

void AnnotationsPane::setPalette(const AnnotationPalette &palette)
{
    const int current = m_colorBox->currentData().isValid() ? m_colorBox->currentData().toInt() : -1;
    const QSignalBlocker block(m_colorBox);
    m_colorBox->clear();
    m_colorBox->addItem(tr("All colours"), -1);
    for (int i = 0; i < palette.size(); ++i)
        m_colorBox->addItem(colorSwatch(palette.color(i).hex), colorLabel(palette, i), i);
    m_colorBox->setCurrentIndex(std::max(0, m_colorBox->findData(current)));
}

void AnnotationsPane::refreshTags()
{
    const QString current = m_tagBox->currentData().toString();
    const QStringList tags = m_model->tags();
    QStringList shown;
    for (int i = 1; i < m_tagBox->count(); ++i)
        shown << m_tagBox->itemData(i).toString();
    if (shown == tags && m_tagBox->count() > 0)
        return;
    const QSignalBlocker block(m_tagBox);
    m_tagBox->clear();
    m_tagBox->addItem(tr("All tags"), QString());
    for (const QString &t : tags)
        m_tagBox->addItem(u'#' + t, t);
    const int keep = current.isEmpty() ? 0 : m_tagBox->findData(current);
    m_tagBox->setCurrentIndex(std::max(0, keep));
    if (keep < 0)  // the tag filtered on is gone
        applyFilters();
}

void AnnotationsPane::refreshSummary()
{
    const int total = m_model->rowCount();
    int orphans = 0;
    for (int r = 0; r < total; ++r)
        orphans += m_model->index(r, 0).data(AnnotationModel::OrphanRole).toBool() ? 1 : 0;
    const int shown = m_proxy->rowCount() + m_orphanProxy->rowCount();
    if (total == 0)
        m_summary->setText(tr("No annotations yet. Select a passage and press H to highlight it, N to add a note."));
    else if (shown < total)
        m_summary->setText(tr("%1 of %n annotation(s) shown", nullptr, total).arg(shown));
    else
        m_summary->setText(tr("%n annotation(s)", nullptr, total));
    m_orphanBox->setVisible(orphans > 0);
    m_orphanLabel->setText(tr("<b>Orphaned (%1)</b> — not found in this text").arg(orphans));
    updateButtons();
}

void AnnotationsPane::updateButtons()
{
    const bool can = m_selectionAvailable && m_orphanView->currentIndex().isValid();
    m_reattach->setEnabled(can);
    m_reattachAction->setEnabled(can);
}

void AnnotationsPane::setSelectionAvailable(bool available)
{
    m_selectionAvailable = available;
    updateButtons();
}

void AnnotationsPane::selectAnnotation(const QUuid &id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return;
    const bool orphan = source.data(AnnotationModel::OrphanRole).toBool();
    QListView *view = orphan ? m_orphanView : m_view;
    AnnotationFilterModel *proxy = orphan ? m_orphanProxy : m_proxy;
    QModelIndex i = proxy->mapFromSource(source);
    if (!i.isValid()) {  // filtered out: show everything again
        m_filter->clear();
        m_tagBox->setCurrentIndex(0);
        m_colorBox->setCurrentIndex(0);
        i = proxy->mapFromSource(source);
    }
    if (!i.isValid())
        return;
    view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(i);
    m_lastView = view;
    updateButtons();
}

QListView *AnnotationsPane::activeView() const
{
    if (m_orphanView->hasFocus())
        return m_orphanView;
    if (m_view->hasFocus())
        return m_view;
    return m_lastView;
}

QUuid AnnotationsPane::currentAnnotation() const
{
    const QModelIndex i = activeView()->currentIndex();
    return i.isValid() ? i.data(AnnotationModel::IdRole).toUuid() : QUuid();
}

void AnnotationsPane::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

} // namespace lede::ui
