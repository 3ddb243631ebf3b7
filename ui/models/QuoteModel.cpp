#include "models/QuoteModel.h"

namespace lede::ui {

QuoteModel::QuoteModel(QObject *parent) : QAbstractListModel(parent) {}

void QuoteModel::setAnalysis(std::shared_ptr<const Analysis> analysis, const QString &text)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_text = text;
    endResetModel();
}

QModelIndex QuoteModel::indexForQuote(int quoteIndex) const
{
    if (!m_analysis || quoteIndex < 0 || quoteIndex >= m_analysis->quotes.size())
        return {};
    return index(quoteIndex, 0);
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_analysis)
        return 0;
    return int(m_analysis->quotes.size());
}

QString QuoteModel::firstWords(QStringView text, int maxChars)
{
    QString s = text.toString().simplified();
    if (s.size() <= maxChars)
        return s;
    int cut = int(s.lastIndexOf(u' ', maxChars));
    if (cut < maxChars / 2)
        cut = maxChars;
    return s.left(cut) + QChar(0x2026);
}

QString QuoteModel::speakerOf(const Quote &q) const
{
    if (q.speakerEntity >= 0 && q.speakerEntity < m_analysis->entities.size())
        return m_analysis->entities[q.speakerEntity].name;
    if (q.speaker)
        return m_text.mid(q.speaker->start, q.speaker->length());
    return {};
}

QString QuoteModel::quoteText(const Quote &q) const
{
    QStringList parts;
    for (const TextRange &p : q.parts)
        parts << m_text.mid(p.start, p.length());
    return parts.join(QStringLiteral(" … "));
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || index.row() >= m_analysis->quotes.size())
        return {};
    const Quote &q = m_analysis->quotes[index.row()];
    const QString speaker = speakerOf(q);
    const QString shownSpeaker = speaker.isEmpty() ? tr("unattributed") : speaker;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)\n“%3”").arg(shownSpeaker, quoteKindCode(q.kind), firstWords(quoteText(q)));
    case Qt::ToolTipRole:
        return tr("<b>%1</b> (%2):<br>%3")
            .arg(shownSpeaker.toHtmlEscaped(), quoteKindCode(q.kind), firstWords(quoteText(q), 600).toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return tr("%1, %2 quote: %3").arg(shownSpeaker, quoteKindCode(q.kind), firstWords(quoteText(q)));
    case QuoteIndexRole:
        return index.row();
    case SpeakerRole:
        return speaker;
    case KindRole:
        return quoteKindCode(q.kind);
    case FirstWordsRole:
        return firstWords(quoteText(q));
    default:
        return {};
    }
}

} // namespace lede::ui
