// ChooseSpeakerDialog: "who said this?" — the people and organisations of the article
// (speakerCandidates: most mentioned first) and "No speaker", with a filter box. Type to
// filter, arrows to move, Enter to choose; double-click chooses too.
#pragma once

#include "analysis/Analysis.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace lede::ui {

class ChooseSpeakerDialog final : public QDialog {
    Q_OBJECT
public:
    // current: the quote's speaker entity now (-1: none), preselected.
    ChooseSpeakerDialog(const Analysis &analysis, int current, const QString &quoteSnippet, QWidget *parent = nullptr);
    // The entity chosen (index into Analysis::entities), -1 for "no speaker"; nullopt if none.
    std::optional<int> chosenEntity() const;
    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace lede::ui
