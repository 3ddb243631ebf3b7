#include "analysis/QuoteCitation.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isDoubleMark(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E) || c == QChar(0x00AB)
           || c == QChar(0x00BB);
}

bool isAnyMark(QChar c)
{
    return isDoubleMark(c) || c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
           || c == u'`';
}

QString stripMarks(QStringView s)
{
    s = s.trimmed();
    // outer marks only when they are unbalanced leftovers of the quote's own marks
    while (!s.isEmpty() && (isAnyMark(s.front()) || s.front().isSpace()))
        s = s.mid(1);
    while (!s.isEmpty() && (isDoubleMark(s.back()) || s.back() == QChar(0x2019) || s.back().isSpace()))
        s.chop(1);
    QString out = s.toString();
    out.replace(u"''"_s, u"\""_s);
    return out.simplified();
}

} // namespace

QString quoteSpeakerName(QStringView text, const Quote &q, const QList<Entity> &entities)
{
    if (q.speakerEntity >= 0 && q.speakerEntity < entities.size())
        return entities[q.speakerEntity].name;
    if (q.speaker && !q.speaker->isEmpty())
        return text.mid(q.speaker->start, q.speaker->length()).toString().simplified();
    return QObject::tr("unknown speaker");
}

QString quoteContentText(QStringView text, const Quote &q)
{
    QStringList parts;
    for (const TextRange &p : q.parts) {
        const QString s = stripMarks(text.mid(p.start, p.length()));
        if (!s.isEmpty())
            parts.append(s);
    }
    return parts.join(u" … "_s);
}

QString formatQuoteCitation(QStringView text, const Quote &q, const QString &speaker, const CitationSource &src)
{
    QString content = quoteContentText(text, q);
    while (content.endsWith(u',') || content.endsWith(u':') || content.endsWith(u';'))
        content.chop(1);  // “We will win,” he said → “We will win”
    QString quote;
    if (q.kind == QuoteKind::Direct) {
        bool open = false;  // straight inner marks alternate ‘ ’
        for (QChar &c : content) {
            if (c == QChar(0x201C)) {
                c = QChar(0x2018);
            } else if (c == QChar(0x201D)) {
                c = QChar(0x2019);
            } else if (c == u'"') {
                open = !open;
                c = open ? QChar(0x2018) : QChar(0x2019);
            }
        }
        quote = QObject::tr("“%1” — %2").arg(content, speaker);
    } else {
        quote = QObject::tr("%1 (reported): %2").arg(speaker, content);
    }
    QStringList where;
    if (!src.title.trimmed().isEmpty())
        where.append(QObject::tr("in “%1”").arg(src.title.simplified()));
    if (!src.source.trimmed().isEmpty())
        where.append(src.source.simplified());
    if (!src.date.trimmed().isEmpty())
        where.append(src.date.simplified());
    if (!src.url.trimmed().isEmpty())
        where.append(src.url.trimmed());
    if (where.isEmpty())
        return quote;
    return quote + u", "_s + where.join(u", "_s);
}

} // namespace lede
