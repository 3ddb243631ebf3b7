#include "panel/QuotesPane.h"

#include "models/QuoteTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace lede::ui {

QuotesPane::QuotesPane(QWidget *parent)
    : QWidget(parent), m_model(new QuoteTreeModel(this)), m_view(new QTreeView(this)), m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Quotes by speaker"));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QuoteTreeModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(QuoteTreeModel::DetailColumn, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &QuotesPane::showContextMenu);
    auto emitFor = [this](const QModelIndex &i) {
        const int q = i.data(QuoteTreeModel::QuoteIndexRole).toInt();
        if (i.isValid() && q >= 0)
            Q_EMIT quoteActivated(q);
    };
    connect(m_view, &QTreeView::clicked, this, emitFor);
    connect(m_view, &QTreeView::activated, this, emitFor);  // Enter (and double-click)
    m_summary->setAccessibleName(tr("Quote count"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setAnalysis(nullptr, {});
}

void QuotesPane::setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text)
{
    const int n = analysis ? int(analysis->quotes.size()) : 0;
    m_model->setAnalysis(std::move(analysis), text);
    m_view->expandAll();
    int speakers = 0;
    for (const SpeakerQuotes &g : m_model->groups())
        speakers += g.unattributed() ? 0 : 1;
    m_summary->setText(n == 0 ? tr("No quotes found")
                              : tr("%n quote(s)", nullptr, n) + QStringLiteral(" · ")
                                    + tr("%n speaker(s)", nullptr, speakers));
}

void QuotesPane::selectQuote(int quoteIndex)
{
    const QModelIndex i = m_model->indexForQuote(quoteIndex);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

int QuotesPane::currentQuote() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(QuoteTreeModel::QuoteIndexRole).toInt() : -1;
}

void QuotesPane::showContextMenu(const QPoint &viewportPos)
{
    QModelIndex i = m_view->indexAt(viewportPos);
    if (i.isValid())
        m_view->setCurrentIndex(i);
    else
        i = m_view->currentIndex();
    const int quote = i.isValid() ? i.data(QuoteTreeModel::QuoteIndexRole).toInt() : -1;
    QMenu menu(this);
    Q_EMIT contextMenuAboutToShow(&menu, quote);
    if (menu.isEmpty())
        return;
    const QPoint at = i.isValid() && !m_view->visualRect(i).contains(viewportPos) ? m_view->visualRect(i).center()
                                                                                 : viewportPos;
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace lede::ui
