#include "document/HtmlText.h"

#include "document/HtmlEntities.h"

#include <QSet>
#include <QStringList>

namespace lede {

QString unescapeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out.append(QStringView(text).mid(i));
            break;
        }
        out.append(QStringView(text).mid(i, amp - i));
        const qsizetype semi = text.indexOf(u';', amp);
        if (semi < 0 || semi - amp > 32) {
            out.append(u'&');
            i = amp + 1;
            continue;
        }
        const QString entity = text.mid(amp, semi - amp + 1);
        out.append(decodeHtmlEntity(entity));
        i = semi + 1;
    }
    return out;
}

int wordCount(QStringView text)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++n;
        }
    }
    return n;
}

namespace {

QStringList tokens(const QString &s)
{
    QStringList out;
    QString cur;
    for (QChar c : s) {
        if (c.isLetterOrNumber() || c == u'_') {
            cur.append(c.toLower());
        } else if (!cur.isEmpty()) {
            out.append(cur);
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out.append(cur);
    return out;
}

} // namespace

double textSimilarity(const QString &a, const QString &b)
{
    const QStringList ta = tokens(a);
    const QStringList tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty())
        return 0.0;
    const QSet<QString> inA(ta.begin(), ta.end());
    QStringList uniqB;
    for (const QString &t : tb)
        if (!inA.contains(t))
            uniqB.append(t);
    const double distance = double(uniqB.join(u' ').size()) / double(tb.join(u' ').size());
    return 1.0 - distance;
}

} // namespace lede
