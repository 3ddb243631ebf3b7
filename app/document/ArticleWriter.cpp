#include "document/ArticleWriter.h"

#include "document/DocumentBuilder.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

constexpr QChar kBreak = QChar(0xE000);  // a <br>, resolved when the block is flushed
constexpr char kBreakUtf8[] = "\xEE\x80\x80";  // U+E000 in UTF-8

bool isBlock(Tag t)
{
    switch (t) {
    case Tag::P: case Tag::Div: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5:
    case Tag::H6: case Tag::Li: case Tag::Ul: case Tag::Ol: case Tag::Dl: case Tag::Dt: case Tag::Dd:
    case Tag::Blockquote: case Tag::Pre: case Tag::Table: case Tag::Tr: case Tag::Caption: case Tag::Section:
    case Tag::Article: case Tag::Main: case Tag::Header: case Tag::Footer: case Tag::Aside: case Tag::Nav:
    case Tag::Figure: case Tag::Figcaption: case Tag::Address: case Tag::Hr: case Tag::Form: case Tag::Fieldset:
    case Tag::Details: case Tag::Summary: case Tag::Center: case Tag::Body: case Tag::Html: case Tag::Menu:
    case Tag::Dialog: case Tag::Legend:
        return true;
    default:
        return false;
    }
}

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

class Writer {
public:
    explicit Writer(const ArticleDom &d) : m_d(d) {}

    void write(int root)
    {
        const HtmlTree &t = m_d.tree;
        const int end = t.end(root);
        for (int i = root; i < end;) {
            closeUntil(i);
            if (m_d.removed[size_t(i)]) {
                i = t.end(i);
                continue;
            }
            const Tag tag = t.isText(i) ? Tag::Text : m_d.tag[size_t(i)];
            if (tag == Tag::Text) {
                m_utf8.append(t.text(i));
                ++i;
                continue;
            }
            if (tag == Tag::Br) {
                m_utf8.append(m_preDepth > 0 ? QByteArrayView("\n") : QByteArrayView(kBreakUtf8));
                ++i;
                continue;
            }
            open(i, tag);
            ++i;
        }
        closeUntil(end + 1);
        while (!m_stack.empty())
            close();
        flush();
    }

    QList<ArticleBlock> take() { return std::move(m_blocks); }

private:
    struct Open {
        int end;
        Tag tag;
    };

    void open(int i, Tag tag)
    {
        if (isBlock(tag))
            flush();
        if (tag == Tag::Pre)
            ++m_preDepth;
        if (tag == Tag::Ul || tag == Tag::Ol || tag == Tag::Dl)
            ++m_listDepth;
        m_stack.push_back({m_d.tree.end(i), tag});
    }

    void close()
    {
        const Open o = m_stack.back();
        if (isBlock(o.tag))
            flush();
        else if (o.tag == Tag::Td || o.tag == Tag::Th)
            m_utf8.append(' ');
        m_stack.pop_back();
        if (o.tag == Tag::Pre)
            --m_preDepth;
        if (o.tag == Tag::Ul || o.tag == Tag::Ol || o.tag == Tag::Dl)
            --m_listDepth;
    }

    void closeUntil(int i)
    {
        while (!m_stack.empty() && m_stack.back().end <= i)
            close();
    }

    // The kind of the innermost block that decides it: heading, list item, pre, quote.
    std::pair<BlockKind, int> currentKind() const
    {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (isHeading(it->tag))
                return {BlockKind::Heading, 1 + int(it->tag) - int(Tag::H1)};
            if (it->tag == Tag::Li || it->tag == Tag::Dt || it->tag == Tag::Dd)
                return {BlockKind::ListItem, std::max(1, m_listDepth)};
            if (it->tag == Tag::Pre)
                return {BlockKind::Preformatted, 0};
            if (it->tag == Tag::Blockquote)
                return {BlockKind::BlockQuote, 0};
        }
        return {BlockKind::Paragraph, 0};
    }

    void add(BlockKind kind, int level, QString text)
    {
        if (kind != BlockKind::Preformatted) {
            bool blank = true;
            for (QChar c : text)
                if (!c.isSpace()) {
                    blank = false;
                    break;
                }
            if (blank)
                return;
        } else if (text.trimmed().isEmpty()) {
            return;
        }
        m_blocks.append({kind, level, std::move(text)});
    }

    void flush()
    {
        if (m_utf8.isEmpty())
            return;
        m_text = QString::fromUtf8(m_utf8);
        m_utf8.clear();
        const auto [kind, level] = currentKind();
        if (kind == BlockKind::Preformatted || !m_text.contains(kBreak)) {
            add(kind, level, m_text);
        } else {
            static const QRegularExpression paragraphBreak(u"\uE000\\s*\uE000[\\s\uE000]*"_s);
            const QStringList parts = m_text.split(paragraphBreak);
            for (QString part : parts)
                add(kind, level, part.replace(kBreak, u' '));
        }
        m_text.clear();
    }

    const ArticleDom &m_d;
    std::vector<Open> m_stack;
    QByteArray m_utf8;  // text of the block being collected
    QString m_text;
    QList<ArticleBlock> m_blocks;
    int m_preDepth = 0;
    int m_listDepth = 0;
};

} // namespace

QList<ArticleBlock> writeArticleBlocks(const ArticleDom &dom, const std::vector<int> &nodes)
{
    Writer w(dom);
    for (int n : nodes)
        if (!dom.removed[size_t(n)])
            w.write(n);
    return w.take();
}

} // namespace lede
