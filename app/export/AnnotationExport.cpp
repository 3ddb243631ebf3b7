#include "export/AnnotationExport.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name == u"md" || name == u"markdown")
        return ExportFormat::Markdown;
    if (name == u"jsonld" || name == u"json-ld" || name == u"json")
        return ExportFormat::JsonLd;
    if (name == u"csv")
        return ExportFormat::Csv;
    if (name == u"html" || name == u"htm")
        return ExportFormat::Html;
    return std::nullopt;
}

QString exportFormatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Markdown: return QObject::tr("Markdown");
    case ExportFormat::JsonLd: return QObject::tr("W3C Web Annotation (JSON-LD)");
    case ExportFormat::Csv: return QObject::tr("CSV");
    case ExportFormat::Html: return QObject::tr("HTML page");
    }
    return {};
}

QString exportFileSuffix(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Markdown: return u"md"_s;
    case ExportFormat::JsonLd: return u"jsonld"_s;
    case ExportFormat::Csv: return u"csv"_s;
    case ExportFormat::Html: return u"html"_s;
    }
    return {};
}

QByteArray exportAnnotations(ExportFormat format, const ExportInput &in)
{
    switch (format) {
    case ExportFormat::Markdown: return annotationsToMarkdown(in);
    case ExportFormat::JsonLd: return annotationsToJsonLd(in);
    case ExportFormat::Csv: return annotationsToCsv(in);
    case ExportFormat::Html: return annotationsToHtml(in);
    }
    return {};
}

Result<void> writeExportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QObject::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, QObject::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

QString documentUri(const Document &doc)
{
    if (!doc.metadata().url.isEmpty())
        return doc.metadata().url;
    return u"urn:sha256:"_s + doc.contentHash();
}

QList<const Annotation *> inReadingOrder(const QList<Annotation> &list)
{
    QList<const Annotation *> out;
    out.reserve(list.size());
    for (const Annotation &a : list)
        out.append(&a);
    std::stable_sort(out.begin(), out.end(), [](const Annotation *x, const Annotation *y) {
        if (x->isOrphan() != y->isOrphan())
            return !x->isOrphan();
        if (!x->isOrphan() && x->range.start != y->range.start)
            return x->range.start < y->range.start;
        return x->created < y->created;
    });
    return out;
}

QStringList exportTags(const Annotation &a, const AnnotationPalette &palette)
{
    QStringList tags = a.tags;
    const QString colourTag = palette.tagFor(a.color);
    if (!colourTag.isEmpty())
        tags.append(colourTag);
    return normalizedTags(tags);
}

QString exportQuote(const Annotation &a, const Document &doc)
{
    if (a.isOrphan())
        return a.anchor.exact;
    return doc.text().mid(a.range.start, a.range.length());
}

} // namespace lede
