#include "document/WebPageParser.h"

#include "document/ArticleExtractor.h"
#include "document/ArticlePolish.h"
#include "document/ArticleWriter.h"
#include "document/DocumentBuilder.h"
#include "document/HtmlPrepass.h"
#include "document/HtmlText.h"
#include "document/HtmlTree.h"
#include "document/PageMetadata.h"

#include <QObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString siteFromUrl(const QString &url)
{
    const QUrl u(url);
    if (u.scheme() != u"http" && u.scheme() != u"https")
        return {};
    QString host = u.host();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    return host;
}

} // namespace

Result<Document> parseWebPageUtf8(const QByteArray &utf8, DocumentMetadata meta, const QString &name)
{
    const PrepassResult pre = prepassHtml(utf8);
    const HtmlTree tree = HtmlTree::parse(pre.html);
    const PageMetadata page = readPageMetadata(tree, pre.jsonLd);

    ArticleExtractor extractor(tree, page.title);
    const ArticleSelection selection = extractor.run();
    const QList<ArticleBlock> written = writeArticleBlocks(extractor.dom(), selection.nodes);

    QString title = collapseWhitespace(page.title);
    // Without a declared headline, an <h1> that opens the article is the headline (the
    // <title> often carries the site's name or an older wording).
    if (!page.titleDeclared && !written.isEmpty() && written.front().kind == BlockKind::Heading
        && written.front().level == 1) {
        const QString heading = collapseWhitespace(written.front().text);
        if (heading.size() < 300)
            title = heading;
    }
    const QString byline = collapseWhitespace(!page.byline.isEmpty() ? page.byline : selection.byline);
    DocumentBuilder b;
    if (!title.isEmpty())
        b.addBlock(BlockKind::Title, title);
    for (const ArticleBlock &blk : polishArticleBlocks(written, title, byline))
        b.addBlock(blk.kind, blk.text, blk.level);
    const int bodyBlocks = b.blockCount() - (title.isEmpty() ? 0 : 1);
    // Nothing but links (menus, site maps, link lists) is not an article either.
    if (bodyBlocks <= 0 || selection.linkDensity > 0.5)
        return makeError(ErrorCode::Empty,
                         QObject::tr("Cannot open “%1”: no article found — the page has no readable text besides menus and links "
                                     "(pages built by scripts stay empty, as Lede never runs them).")
                             .arg(name));

    meta.format = SourceFormat::Html;
    meta.title = title.isEmpty() ? b.firstBlockText(BlockKind::Paragraph).section(u' ', 0, 11) : title;
    meta.byline = !page.byline.isEmpty() ? page.byline : collapseWhitespace(selection.byline);
    meta.date = page.date;
    meta.site = !page.site.isEmpty() ? page.site : siteFromUrl(!meta.url.isEmpty() && !meta.url.startsWith(u"file:") ? meta.url : page.canonicalUrl);
    return b.build(meta);
}

Result<Document> parseWebPage(const QString &html, DocumentMetadata meta, const QString &name)
{
    return parseWebPageUtf8(html.toUtf8(), std::move(meta), name);
}

QString articleBodyText(const Document &doc)
{
    const QList<Block> &blocks = doc.blocks();
    if (blocks.isEmpty())
        return {};
    if (blocks.front().kind != BlockKind::Title)
        return doc.text();
    if (blocks.size() < 2)
        return {};
    return doc.text().mid(blocks[1].range.start);
}

} // namespace lede
