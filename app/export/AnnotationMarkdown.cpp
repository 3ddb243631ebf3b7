// Markdown export in the conventions Obsidian users expect: YAML front matter (title, source,
// date), then per annotation the passage as a "> " block quote, the note below it and the
// tags as #tags (spaces become "-", characters Obsidian does not allow in tags are dropped).
#include "export/AnnotationExport.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString yamlString(const QString &s)
{
    QString v = s;
    v.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s).replace(u"\r"_s, u"\\r"_s)
        .replace(u"\t"_s, u"\\t"_s);
    return u'"' + v + u'"';
}

QString obsidianTag(const QString &tag)
{
    QString t;
    for (QChar c : tag.simplified()) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/')
            t.append(c);
        else if (c.isSpace())
            t.append(u'-');
    }
    return t.isEmpty() ? QString() : u'#' + t;
}

QString blockQuote(const QString &text)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        out += (line.trimmed().isEmpty() ? u">"_s : u"> "_s + line.trimmed()) + u'\n';
    return out;
}

} // namespace

QByteArray annotationsToMarkdown(const ExportInput &in)
{
    const DocumentMetadata &meta = in.document.metadata();
    QString date = meta.date;
    if (date.isEmpty())
        date = nowUtc().date().toString(Qt::ISODate);
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlString(in.document.title()) + u'\n';
    out += u"source: "_s + yamlString(documentUri(in.document)) + u'\n';
    out += u"date: "_s + yamlString(date) + u'\n';
    out += u"---\n\n"_s;
    out += u"# "_s + (in.document.title().isEmpty() ? QObject::tr("Annotations") : in.document.title().simplified())
        + u"\n"_s;
    for (const Annotation *a : inReadingOrder(in.annotations)) {
        out += u'\n';
        if (a->targetKind != TargetKind::TextSpan)
            out += u"**"_s + (a->targetKind == TargetKind::Entity ? QObject::tr("Entity") : QObject::tr("Quote"))
                + u":** "_s + a->targetKey.simplified() + u"\n\n"_s;
        out += blockQuote(exportQuote(*a, in.document));
        if (a->isOrphan())
            out += u"\n*"_s + QObject::tr("Orphaned: this passage is no longer in the text.") + u"*\n"_s;
        else if (a->status == AnchorStatus::TextChanged)
            out += u"\n*"_s + QObject::tr("The text of this passage has changed since it was annotated.") + u"*\n"_s;
        if (!a->note.trimmed().isEmpty())
            out += u'\n' + a->note.trimmed() + u'\n';
        QStringList tags;
        for (const QString &t : exportTags(*a, in.palette))
            if (const QString o = obsidianTag(t); !o.isEmpty())
                tags.append(o);
        if (!tags.isEmpty())
            out += u'\n' + tags.join(u' ') + u'\n';
    }
    return out.toUtf8();
}

} // namespace lede
