#include "annotations/AnnotationTargets.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace lede {

QString entityKey(const Entity &e) { return entityTypeCode(e.type) + u'|' + e.name; }

QString quoteText(const Quote &q, QStringView text)
{
    QStringList parts;
    for (const TextRange &p : q.parts)
        parts << text.mid(p.start, p.length()).toString();
    if (parts.isEmpty())
        parts << text.mid(q.range.start, q.range.length()).toString();
    return parts.join(u" … "_s);
}

QString quoteKey(const Quote &q, QStringView text)
{
    const QByteArray hash = QCryptographicHash::hash(quoteText(q, text).toUtf8(), QCryptographicHash::Sha1);
    return u"quote:"_s + QString::fromLatin1(hash.toHex().left(16));
}

int findEntity(const Analysis &analysis, QStringView key)
{
    for (int i = 0; i < analysis.entities.size(); ++i)
        if (entityKey(analysis.entities[i]) == key)
            return i;
    return -1;
}

int findQuote(const Analysis &analysis, QStringView text, QStringView key)
{
    for (int i = 0; i < analysis.quotes.size(); ++i)
        if (quoteKey(analysis.quotes[i], text) == key)
            return i;
    return -1;
}

QList<TextRange> coveredRanges(const Annotation &a, const Analysis *analysis, QStringView text)
{
    if (a.isOrphan())
        return {};
    if (analysis && a.targetKind == TargetKind::Entity) {
        const int e = findEntity(*analysis, a.targetKey);
        if (e >= 0) {
            QList<TextRange> out;
            for (int m : analysis->entities[e].mentions)
                out.append(analysis->mentions[m].range);
            return out;
        }
    } else if (analysis && a.targetKind == TargetKind::Quote) {
        const int q = findQuote(*analysis, text, a.targetKey);
        if (q >= 0)
            return analysis->quotes[q].parts.isEmpty() ? QList<TextRange>{analysis->quotes[q].range}
                                                       : analysis->quotes[q].parts;
    }
    return {a.range};
}

QString entityNameOfKey(QStringView key)
{
    const qsizetype bar = key.indexOf(u'|');
    return bar < 0 ? QString() : key.mid(bar + 1).toString();
}

} // namespace lede
