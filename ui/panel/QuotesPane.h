// QuotesPane: the Quotes tab — each quote with its speaker and first words; a click (or
// Enter) emits quoteActivated.
#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

#include <memory>

class QListView;
class QLabel;

namespace lede::ui {

class QuoteModel;

class QuotesPane final : public QWidget {
    Q_OBJECT
public:
    explicit QuotesPane(QWidget *parent = nullptr);
    void setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text);
    void selectQuote(int quoteIndex);
    QListView *view() const { return m_view; }
    QuoteModel *model() const { return m_model; }

Q_SIGNALS:
    void quoteActivated(int quoteIndex);

private:
    QuoteModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
};

} // namespace lede::ui
