// CSV export: one row per annotation, RFC 4180 (comma-separated, CRLF line ends, fields with
// a comma, quote or line break in double quotes, quotes doubled). Text cells that a
// spreadsheet would run as a formula — starting with "=", "+", "-", "@", a tab or a carriage
// return — get a leading apostrophe (the OWASP advice), so they show as text.
#include "core/OffsetMap.h"
#include "export/AnnotationExport.h"

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString csvText(const QString &s)
{
    QString v = s;
    if (!v.isEmpty()) {
        const QChar c = v.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
    return v;
}

} // namespace

QByteArray annotationsToCsv(const ExportInput &in)
{
    const OffsetMap map(in.document.text());
    QString out = u"id,quote,note,tags,color,meaning,style,about,about_key,status,start,end,created,modified\r\n"_s;
    for (const Annotation *a : inReadingOrder(in.annotations)) {
        const PaletteColor &c = in.palette.color(a->color);
        QString start, end;
        if (!a->isOrphan()) {
            start = QString::number(map.toCodePoint(a->range.start));
            end = QString::number(map.toCodePoint(a->range.end));
        }
        const QStringList cells{
            a->id.toString(QUuid::WithoutBraces),
            csvText(exportQuote(*a, in.document)),
            csvText(a->note),
            csvText(exportTags(*a, in.palette).join(u"; "_s)),
            c.key,
            csvText(c.meaning),
            styleName(a->style),
            targetKindName(a->targetKind),
            csvText(a->targetKey),
            anchorStatusName(a->status),
            start,
            end,
            isoTimestamp(a->created),
            isoTimestamp(a->modified),
        };
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace lede
