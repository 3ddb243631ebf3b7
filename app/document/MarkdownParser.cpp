#include "document/MarkdownParser.h"

#include "document/DocumentBuilder.h"
#include "document/HtmlEntities.h"
#include "document/PlainTextParser.h"

#include <md4c.h>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

struct MdState {
    DocumentBuilder builder;
    QString current;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    int quoteDepth = 0;
    int listDepth = 0;
    int inCell = 0;
    bool inBlock = false;

    void flush()
    {
        if (!current.isEmpty())
            builder.addBlock(kind, current, level);
        current.clear();
        inBlock = false;
    }
    void begin(BlockKind k, int lvl)
    {
        flush();
        kind = k;
        level = lvl;
        inBlock = true;
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        s->flush();
        ++s->quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        s->flush();
        ++s->listDepth;
        break;
    case MD_BLOCK_LI:
        s->begin(BlockKind::ListItem, s->listDepth);
        break;
    case MD_BLOCK_H:
        s->begin(BlockKind::Heading, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
        break;
    case MD_BLOCK_CODE:
        s->begin(BlockKind::Preformatted, 0);
        break;
    case MD_BLOCK_P:
        if (s->kind == BlockKind::ListItem && s->inBlock)
            break;  // a list item's paragraph continues the item
        s->begin(s->quoteDepth > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph, s->quoteDepth);
        break;
    case MD_BLOCK_TR:
        s->begin(BlockKind::Paragraph, 0);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (s->inCell++ > 0 || !s->current.isEmpty())
            s->current.append(u"  ");
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        s->flush();
        --s->quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        s->flush();
        --s->listDepth;
        break;
    case MD_BLOCK_LI:
    case MD_BLOCK_H:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
        s->flush();
        s->inCell = 0;
        break;
    case MD_BLOCK_P:
        if (s->kind != BlockKind::ListItem)
            s->flush();
        else
            s->current.append(u' ');
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *) { return 0; }
int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<MdState *>(userdata);
    const QByteArrayView bytes(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_NULLCHAR:
        s->current.append(QChar(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_BR:
        s->current.append(s->kind == BlockKind::Preformatted ? u'\n' : u' ');
        break;
    case MD_TEXT_SOFTBR:
        s->current.append(u' ');
        break;
    case MD_TEXT_HTML:
        break;  // raw inline HTML is not shown
    case MD_TEXT_ENTITY:
        s->current.append(decodeHtmlEntity(QString::fromUtf8(bytes)));
        break;
    default:
        s->current.append(QString::fromUtf8(bytes));
        break;
    }
    if (!s->inBlock)
        s->begin(s->quoteDepth > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph, 0);
    return 0;
}

// Splits off a leading YAML front matter block; returns its title, if any.
QString takeFrontMatter(QString &text)
{
    if (!text.startsWith(u"---\n"))
        return {};
    const qsizetype end = text.indexOf(u"\n---", 3);
    if (end < 0)
        return {};
    qsizetype after = text.indexOf(u'\n', end + 4);
    after = after < 0 ? text.size() : after + 1;
    const QString yaml = text.mid(4, end - 4);
    text.remove(0, after);
    for (const QString &line : yaml.split(u'\n')) {
        if (line.startsWith(u"title:")) {
            QString t = line.mid(6).trimmed();
            if (t.size() >= 2 && (t.front() == u'"' || t.front() == u'\'') && t.back() == t.front())
                t = t.mid(1, t.size() - 2);
            return t;
        }
    }
    return {};
}

} // namespace

Document parseMarkdown(const QString &input, DocumentMetadata meta)
{
    QString text = normaliseLineEndings(input);
    const QString frontTitle = takeFrontMatter(text);
    const QByteArray utf8 = text.toUtf8();

    MdState state;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    state.flush();

    meta.format = SourceFormat::Markdown;
    DocumentBuilder &b = state.builder;
    if (!frontTitle.isEmpty()) {
        meta.title = frontTitle;
        DocumentBuilder withTitle;
        withTitle.addBlock(BlockKind::Title, frontTitle);
        Document body = b.build({});
        for (const Block &blk : body.blocks())
            withTitle.addBlock(blk.kind, QStringView(body.text()).mid(blk.range.start, blk.range.length()),
                               blk.level);
        return withTitle.build(meta);
    }
    Document doc = b.build({});
    QList<Block> blocks = doc.blocks();
    if (!blocks.isEmpty()) {
        Block &first = blocks.front();
        const QString firstText = doc.text().mid(first.range.start, first.range.length());
        if (first.kind == BlockKind::Heading) {
            first.kind = BlockKind::Title;
            meta.title = firstText;
        } else if (meta.title.isEmpty()) {
            meta.title = firstText.section(u'\n', 0, 0);
        }
    }
    return Document(doc.text(), blocks, meta);
}

} // namespace lede
