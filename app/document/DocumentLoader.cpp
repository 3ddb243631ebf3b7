#include "document/DocumentLoader.h"

#include "core/Resources.h"
#include "document/Gzip.h"
#include "document/MarkdownParser.h"
#include "document/PlainTextParser.h"
#include "document/TextDecoder.h"
#include "document/WebPageParser.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 0, QLocale::DataSizeSIQuantifiers);
}

bool looksLikeHtml(const QString &text)
{
    QStringView head = QStringView(text).left(1024).trimmed();
    if (head.startsWith(u"<!--")) {
        const qsizetype end = head.indexOf(u"-->");
        head = end < 0 ? QStringView() : head.mid(end + 3).trimmed();
    }
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive) || head.startsWith(u"<html", Qt::CaseInsensitive)
        || head.startsWith(u"<?xml", Qt::CaseInsensitive);
}

bool isBlank(const QString &text)
{
    for (QChar c : text)
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    return true;
}

} // namespace

std::optional<SourceFormat> DocumentLoader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"gz" || suffix == u"gzip")
        return formatForPath(path.left(path.size() - suffix.size() - 1));
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return SourceFormat::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return SourceFormat::Html;
    return std::nullopt;  // .txt and anything else: sniffed (an HTML page saved as .txt is HTML)
}

Result<Document> DocumentLoader::loadFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString shown = path;
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QObject::tr("Cannot open “%1”: the file does not exist.").arg(shown));
    if (info.isDir())
        return makeError(ErrorCode::Unreadable, QObject::tr("Cannot open “%1”: it is a folder, not a file.").arg(shown));
    if (info.size() >= m_maxBytes)
        return makeError(ErrorCode::TooLarge,
                         QObject::tr("Cannot open “%1”: the file is too large (%2; Lede opens files under %3).")
                             .arg(shown, sizeText(info.size()), sizeText(m_maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable,
                         QObject::tr("Cannot open “%1”: %2.").arg(shown, file.errorString().toLower()));
    // Read at most maxBytes: a file that grows or lies about its size (a FIFO) is still bounded.
    QByteArray bytes = file.read(m_maxBytes);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Unreadable,
                         QObject::tr("Cannot read “%1”: %2.").arg(shown, file.errorString().toLower()));
    if (!file.atEnd() && bytes.size() >= m_maxBytes)
        return makeError(ErrorCode::TooLarge,
                         QObject::tr("Cannot open “%1”: the file is too large (Lede opens files under %2).")
                             .arg(shown, sizeText(m_maxBytes)));
    auto doc = loadBytes(bytes, shown, formatForPath(path));
    if (!doc)
        return doc;
    DocumentMetadata meta = doc->metadata();
    meta.sourcePath = info.absoluteFilePath();
    meta.url = QUrl::fromLocalFile(info.absoluteFilePath()).toString();
    return Document(doc->text(), doc->blocks(), meta);
}

Result<Document> DocumentLoader::loadBytes(const QByteArray &bytes, const QString &name,
                                           std::optional<SourceFormat> format) const
{
    if (bytes.size() >= m_maxBytes)
        return makeError(ErrorCode::TooLarge,
                         QObject::tr("Cannot open “%1”: the input is too large (%2; Lede opens files under %3).")
                             .arg(name, sizeText(bytes.size()), sizeText(m_maxBytes)));
    if (isGzip(bytes)) {  // a compressed page (".html.gz")
        auto inflated = gunzip(bytes, name, m_maxBytes);
        if (!inflated)
            return inflated.error();
        return loadBytes(*inflated, name, format);
    }
    if (bytes.isEmpty())
        return makeError(ErrorCode::Empty, QObject::tr("Cannot open “%1”: the file is empty.").arg(name));

    // A web page in valid UTF-8 (the common case) goes to the extractor as it is: no detour
    // through UTF-16 and back.
    if (format == SourceFormat::Html && !bytes.startsWith("\xEF\xBB\xBF")
        && checkUtf8(bytes.constData(), bytes.size()).invalid == 0 && describeBinary(bytes).isEmpty()) {
        DocumentMetadata meta;
        meta.encoding = u"UTF-8"_s;
        return parseWebPageUtf8(bytes, meta, name);
    }
    const bool maybeHtml = format == SourceFormat::Html || !format;
    const QString declared = maybeHtml ? declaredHtmlCharset(bytes) : QString();
    auto decoded = decodeText(bytes, name, declared);
    if (!decoded)
        return decoded.error();
    if (isBlank(decoded->text))
        return makeError(ErrorCode::Empty,
                         QObject::tr("Cannot open “%1”: it contains no text, only white space.").arg(name));

    DocumentMetadata meta;
    meta.encoding = decoded->encoding;
    SourceFormat fmt = format.value_or(looksLikeHtml(decoded->text) ? SourceFormat::Html : SourceFormat::PlainText);
    Document doc;
    switch (fmt) {
    case SourceFormat::Markdown:
        doc = parseMarkdown(decoded->text, meta);
        break;
    case SourceFormat::Html: {
        auto page = parseWebPage(decoded->text, meta, name);
        if (!page)
            return page.error();
        doc = *page;
        break;
    }
    case SourceFormat::PlainText:
        doc = parsePlainText(decoded->text, meta);
        break;
    }
    if (doc.isEmpty() || isBlank(doc.text()))
        return makeError(ErrorCode::Empty, QObject::tr("Cannot open “%1”: it contains no readable text.").arg(name));
    return doc;
}

Document DocumentLoader::sampleDocument()
{
    initResources();
    QFile f(u":/samples/burma-diplomat-defects.txt"_s);
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    DocumentMetadata meta;
    meta.encoding = u"UTF-8"_s;
    meta.url = u"qrc:/samples/burma-diplomat-defects.txt"_s;
    return parsePlainText(QString::fromUtf8(f.readAll()), meta);
}

} // namespace lede
