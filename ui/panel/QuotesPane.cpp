#include "panel/QuotesPane.h"

#include "models/QuoteModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace lede::ui {

QuotesPane::QuotesPane(QWidget *parent)
    : QWidget(parent), m_model(new QuoteModel(this)), m_view(new QListView(this)), m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Quotes"));
    m_view->setWordWrap(true);
    m_view->setSpacing(3);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    auto emitFor = [this](const QModelIndex &i) {
        if (i.isValid())
            Q_EMIT quoteActivated(i.data(QuoteModel::QuoteIndexRole).toInt());
    };
    connect(m_view, &QListView::clicked, this, emitFor);
    connect(m_view, &QListView::activated, this, emitFor);  // Enter (and double-click)
    m_summary->setAccessibleName(tr("Quote count"));
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
    m_summary->setText(n > 0 ? tr("%n quote(s)", nullptr, n) : tr("No quotes found"));
}

void QuotesPane::selectQuote(int quoteIndex)
{
    const QModelIndex i = m_model->indexForQuote(quoteIndex);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

} // namespace lede::ui
