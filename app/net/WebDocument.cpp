#include "net/WebDocument.h"

#include "document/Gzip.h"
#include "document/TextDecoder.h"
#include "document/WebPageParser.h"

#include <QObject>

namespace lede {

Result<Document> documentFromFetchedPage(const FetchedPage &page, const QString &storedPath)
{
    const QUrl source = page.finalUrl.isValid() ? page.finalUrl : page.requestedUrl;
    const QString name = source.toDisplayString();
    QByteArray bytes = page.body;
    if (isGzip(bytes)) {
        auto inflated = gunzip(bytes, name, 200LL * 1024 * 1024);
        if (!inflated)
            return inflated.error();
        bytes = *inflated;
    }
    const QString declared = !page.charset.isEmpty() ? page.charset : declaredHtmlCharset(bytes);
    auto decoded = decodeText(bytes, name, declared);
    if (!decoded)
        return decoded.error();
    DocumentMetadata meta;
    meta.url = source.toString();
    meta.sourcePath = storedPath;
    meta.encoding = decoded->encoding;
    return parseWebPage(decoded->text, meta, name);
}

Result<Document> openStoredPage(const QUrl &url, const PageStore &store)
{
    const auto page = store.load(url);
    if (!page)
        return makeError(ErrorCode::NotFound,
                         QObject::tr("Cannot open “%1”: no copy of this page is kept on this computer.")
                             .arg(url.toDisplayString()));
    return documentFromFetchedPage(*page, store.htmlPath(url));
}

} // namespace lede
