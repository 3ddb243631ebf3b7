#include "models/QuoteTreeModel.h"

#include "analysis/QuoteCitation.h"
#include "app/Theme.h"
#include "quotes/SpeakerTints.h"

#include <QFont>

namespace lede::ui {

namespace {

constexpr int kSnippetChars = 70;

} // namespace

QuoteTreeModel::QuoteTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString QuoteTreeModel::kindLabel(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return tr("direct");
    case QuoteKind::Mixed: return tr("mixed");
    case QuoteKind::Indirect: return tr("reported");
    }
    return {};
}

void QuoteTreeModel::setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_text = text;
    m_groups = m_analysis ? groupQuotesBySpeaker(m_text, *m_analysis) : QList<SpeakerQuotes>{};
    endResetModel();
}

QModelIndex QuoteTreeModel::indexForQuote(int quoteIndex) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups[g].quotes.indexOf(quoteIndex));
        if (row >= 0)
            return createIndex(row, TextColumn, quintptr(g));
    }
    return {};
}

QModelIndex QuoteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : kGroupRow);
}

QModelIndex QuoteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId()), TextColumn, kGroupRow);
}

int QuoteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != TextColumn || parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups[parent.row()].quotes.size());
}

int QuoteTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString QuoteTreeModel::speakerLabel(const SpeakerQuotes &g) const
{
    return g.unattributed() ? tr("Unattributed") : g.name;
}

QVariant QuoteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis)
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(index.row(), index.column(), role);
    return quoteData(int(index.internalId()), index.row(), index.column(), role);
}

QVariant QuoteTreeModel::groupData(int group, int column, int role) const
{
    const SpeakerQuotes &g = m_groups[group];
    const int n = int(g.quotes.size());
    const int tint = speakerTintIndex(m_groups, group);
    switch (role) {
    case Qt::DisplayRole:
        return column == TextColumn ? QVariant(speakerLabel(g)) : QVariant(n);
    case Qt::ToolTipRole:
        return g.unattributed() ? tr("%n quote(s) whose speaker was not found", nullptr, n)
                                : tr("%n quote(s) by %1", nullptr, n).arg(g.name.toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return tr("%1, %n quote(s)", nullptr, n).arg(speakerLabel(g));
    case Qt::DecorationRole:
        if (column == TextColumn && tint >= 0)
            return colourSwatch(speakerTint(tint, Theme::current().isDark()).mark);
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setWeight(QFont::DemiBold);
        f.setItalic(g.unattributed());
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == DetailColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case QuoteIndexRole: return -1;
    case SpeakerEntityRole: return g.entity;
    case SpeakerNameRole: return g.name;
    case KindRole: return QString();
    case QuoteCountRole: return n;
    case TintRole: return tint;
    default: return {};
    }
}

QVariant QuoteTreeModel::quoteData(int group, int row, int column, int role) const
{
    const SpeakerQuotes &g = m_groups[group];
    const int qi = g.quotes[row];
    const Quote &q = m_analysis->quotes[qi];
    switch (role) {
    case Qt::DisplayRole:
        return column == TextColumn ? quoteSnippet(m_text, q, kSnippetChars) : kindLabel(q.kind);
    case Qt::ToolTipRole: {
        QString content = quoteContentText(m_text, q);
        if (content.size() > 600)
            content = content.left(599) + QChar(0x2026);
        return tr("<b>%1</b> (%2):<br>%3").arg(speakerLabel(g).toHtmlEscaped(), kindLabel(q.kind),
                                               content.toHtmlEscaped());
    }
    case Qt::AccessibleTextRole:
        return tr("%1 quote by %2: %3").arg(kindLabel(q.kind), speakerLabel(g), quoteSnippet(m_text, q, kSnippetChars));
    case Qt::TextAlignmentRole:
        return column == DetailColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == DetailColumn)
            return QColor(Theme::current().isDark() ? QColor(0x9a, 0x98, 0x93) : QColor(0x80, 0x7d, 0x76));
        return {};
    case QuoteIndexRole: return qi;
    case SpeakerEntityRole: return g.entity;
    case SpeakerNameRole: return g.name;
    case KindRole: return quoteKindCode(q.kind);
    case QuoteCountRole: return {};
    case TintRole: return speakerTintIndex(m_groups, group);
    default: return {};
    }
}

QVariant QuoteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TextColumn ? tr("Speaker / quote") : tr("Quotes / kind");
}

Qt::ItemFlags QuoteTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace lede::ui
