#include "document/HtmlParser.h"

#include "document/DocumentBuilder.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CANVAS:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

struct Walker {
    DocumentBuilder builder;
    QString current;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    int quoteDepth = 0;
    int preDepth = 0;
    QString firstH1;

    void flush()
    {
        builder.addBlock(kind, current, level);
        current.clear();
        kind = quoteDepth > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph;
        level = 0;
    }

    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            current.append(QString::fromUtf8(node->v.text.text));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT
            && node->type != GUMBO_NODE_TEMPLATE)
            return;
        const GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_HTML : node->v.element.tag;
        if (isSkipped(tag))
            return;
        if (tag == GUMBO_TAG_BR) {
            current.append(preDepth > 0 ? u'\n' : u' ');
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            flush();
        switch (tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            kind = BlockKind::Heading;
            level = 1 + int(tag - GUMBO_TAG_H1);
            break;
        case GUMBO_TAG_LI:
            kind = BlockKind::ListItem;
            level = 1;
            break;
        case GUMBO_TAG_PRE:
            kind = BlockKind::Preformatted;
            ++preDepth;
            break;
        case GUMBO_TAG_BLOCKQUOTE:
            ++quoteDepth;
            kind = BlockKind::BlockQuote;
            break;
        default:
            break;
        }
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                         : node->v.element.children;
        const BlockKind myKind = kind;
        const int myLevel = level;
        for (unsigned i = 0; i < children.length; ++i) {
            walk(static_cast<const GumboNode *>(children.data[i]));
            if (block && kind != myKind) {  // a nested block reset the kind; restore for trailing text
                kind = myKind;
                level = myLevel;
            }
        }
        if (tag == GUMBO_TAG_H1 && firstH1.isEmpty())
            firstH1 = collapseWhitespace(current);
        if (tag == GUMBO_TAG_PRE)
            --preDepth;
        if (block)
            flush();
        if (tag == GUMBO_TAG_BLOCKQUOTE) {
            --quoteDepth;
            kind = quoteDepth > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph;
        }
    }
};

const GumboNode *findTag(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return nullptr;
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                     : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode *found = findTag(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    return nullptr;
}

QString textOf(const GumboNode *node)
{
    if (!node)
        return {};
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString out;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        out += textOf(static_cast<const GumboNode *>(children.data[i]));
    return out;
}

} // namespace

Document parseSimpleHtml(const QString &html, DocumentMetadata meta)
{
    const QByteArray utf8 = html.toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> out(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

    const QString pageTitle = collapseWhitespace(textOf(findTag(out->document, GUMBO_TAG_TITLE)));
    Walker w;
    if (const GumboNode *body = findTag(out->document, GUMBO_TAG_BODY))
        w.walk(body);
    w.flush();

    meta.format = SourceFormat::Html;
    Document doc = w.builder.build({});
    QList<Block> blocks = doc.blocks();
    const QString title = !w.firstH1.isEmpty() ? w.firstH1 : pageTitle;
    if (!blocks.isEmpty() && !w.firstH1.isEmpty()) {
        for (Block &b : blocks) {
            if (b.kind == BlockKind::Heading && b.level == 1) {
                if (&b == &blocks.front())
                    b.kind = BlockKind::Title;
                break;
            }
        }
    }
    meta.title = title.isEmpty() && !blocks.isEmpty()
                     ? doc.text().mid(blocks.front().range.start, blocks.front().range.length()).section(u'\n', 0, 0)
                     : title;
    if (!blocks.isEmpty() && blocks.front().kind != BlockKind::Title && !pageTitle.isEmpty() && w.firstH1.isEmpty()) {
        // The page has a <title> but no headline in its body: show the title as the first block.
        DocumentBuilder b;
        b.addBlock(BlockKind::Title, pageTitle);
        for (const Block &blk : blocks)
            b.addBlock(blk.kind, QStringView(doc.text()).mid(blk.range.start, blk.range.length()), blk.level);
        return b.build(meta);
    }
    return Document(doc.text(), blocks, meta);
}

QString declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(
        uR"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const auto m = re.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace lede
