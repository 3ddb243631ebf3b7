// QuoteModel: the Quotes tab's list — each quote with its speaker (or "unattributed"), its
// kind and its first words, in text order. A read-only view over an Analysis.
#pragma once

#include "analysis/Analysis.h"

#include <QAbstractListModel>

#include <memory>

namespace lede::ui {

class QuoteModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        QuoteIndexRole = Qt::UserRole + 1,  // int index into Analysis::quotes
        SpeakerRole,                        // QString ("" when unattributed)
        KindRole,                           // QString: direct | mixed | indirect
        FirstWordsRole,                     // QString
    };

    explicit QuoteModel(QObject *parent = nullptr);
    void setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text);
    QModelIndex indexForQuote(int quoteIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString firstWords(QStringView text, int maxChars = 90);

private:
    QString speakerOf(const Quote &q) const;
    QString quoteText(const Quote &q) const;

    std::shared_ptr<const Analysis> m_analysis;
    QString m_text;
};

} // namespace lede::ui
