// QuoteTreeModel: the Quotes tab's tree — "who said what". One top-level row per speaker
// (groupQuotesBySpeaker: most quotes first, the "Unattributed" group last) with its quote
// count; below it, that speaker's quotes in text order with their first words and kind.
// Two columns: text (speaker name / first words) and detail (count / kind). A read-only
// view over an Analysis; setAnalysis() resets it.
#pragma once

#include "analysis/Analysis.h"
#include "analysis/QuoteGrouping.h"

#include <QAbstractItemModel>

#include <memory>

namespace lede::ui {

class QuoteTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Roles {
        QuoteIndexRole = Qt::UserRole + 1,  // int index into Analysis::quotes; -1 on speaker rows
        SpeakerEntityRole,                  // int index into Analysis::entities, or -1
        SpeakerNameRole,                    // QString; "" for the unattributed group
        KindRole,                           // QString code: direct | mixed | indirect ("" on speaker rows)
        QuoteCountRole,                     // int, speaker rows
        TintRole,                           // int speaker tint index (SpeakerTints), -1 when none
    };
    enum Columns { TextColumn, DetailColumn, ColumnCount };

    explicit QuoteTreeModel(QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text);
    const QList<SpeakerQuotes> &groups() const { return m_groups; }
    // The row (column 0) of a quote, or invalid.
    QModelIndex indexForQuote(int quoteIndex) const;
    // Human name of a quote kind ("direct", "mixed", "reported").
    static QString kindLabel(QuoteKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr quintptr kGroupRow = ~quintptr(0);
    QVariant groupData(int group, int column, int role) const;
    QVariant quoteData(int group, int row, int column, int role) const;
    QString speakerLabel(const SpeakerQuotes &g) const;

    std::shared_ptr<const Analysis> m_analysis;
    QString m_text;
    QList<SpeakerQuotes> m_groups;
};

} // namespace lede::ui
