#include "document/HtmlTree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace lede {

namespace {

const std::unordered_map<std::string_view, Tag> &tagTable()
{
    static const std::unordered_map<std::string_view, Tag> table = {
        {"html", Tag::Html}, {"head", Tag::Head}, {"body", Tag::Body}, {"title", Tag::Title},
        {"meta", Tag::Meta}, {"link", Tag::Link}, {"base", Tag::Base}, {"p", Tag::P}, {"div", Tag::Div},
        {"span", Tag::Span}, {"a", Tag::A}, {"br", Tag::Br}, {"hr", Tag::Hr}, {"img", Tag::Img},
        {"picture", Tag::Picture}, {"figure", Tag::Figure}, {"figcaption", Tag::Figcaption},
        {"video", Tag::Video}, {"audio", Tag::Audio}, {"source", Tag::Source}, {"embed", Tag::Embed},
        {"canvas", Tag::Canvas}, {"h1", Tag::H1}, {"h2", Tag::H2}, {"h3", Tag::H3}, {"h4", Tag::H4},
        {"h5", Tag::H5}, {"h6", Tag::H6}, {"ul", Tag::Ul}, {"ol", Tag::Ol}, {"li", Tag::Li}, {"dl", Tag::Dl},
        {"dt", Tag::Dt}, {"dd", Tag::Dd}, {"blockquote", Tag::Blockquote}, {"pre", Tag::Pre},
        {"code", Tag::Code}, {"table", Tag::Table}, {"thead", Tag::Thead}, {"tbody", Tag::Tbody},
        {"tfoot", Tag::Tfoot}, {"tr", Tag::Tr}, {"td", Tag::Td}, {"th", Tag::Th}, {"caption", Tag::Caption},
        {"section", Tag::Section}, {"article", Tag::Article}, {"main", Tag::Main}, {"header", Tag::Header},
        {"footer", Tag::Footer}, {"nav", Tag::Nav}, {"aside", Tag::Aside}, {"address", Tag::Address},
        {"center", Tag::Center}, {"details", Tag::Details}, {"summary", Tag::Summary},
        {"dialog", Tag::Dialog}, {"menu", Tag::Menu}, {"form", Tag::Form}, {"fieldset", Tag::Fieldset},
        {"legend", Tag::Legend}, {"input", Tag::Input}, {"button", Tag::Button}, {"select", Tag::Select},
        {"option", Tag::Option}, {"label", Tag::Label}, {"time", Tag::Time}, {"em", Tag::Em},
        {"strong", Tag::Strong}, {"b", Tag::B}, {"i", Tag::I}, {"u", Tag::U}, {"s", Tag::S},
        {"small", Tag::Small}, {"sup", Tag::Sup}, {"sub", Tag::Sub}, {"font", Tag::Font}, {"q", Tag::Q},
        {"cite", Tag::Cite}, {"abbr", Tag::Abbr}, {"mark", Tag::Mark}, {"del", Tag::Del}, {"ins", Tag::Ins},
    };
    return table;
}

const std::unordered_map<std::string_view, Attr> &attrTable()
{
    static const std::unordered_map<std::string_view, Attr> table = {
        {"class", Attr::Class}, {"id", Attr::Id}, {"role", Attr::Role}, {"itemprop", Attr::Itemprop},
        {"itemtype", Attr::Itemtype}, {"rel", Attr::Rel}, {"property", Attr::Property}, {"name", Attr::Name},
        {"content", Attr::Content}, {"datetime", Attr::Datetime}, {"hidden", Attr::Hidden},
        {"style", Attr::Style}, {"aria-hidden", Attr::AriaHidden}, {"aria-modal", Attr::AriaModal},
        {"href", Attr::Href}, {"charset", Attr::Charset}, {"http-equiv", Attr::HttpEquiv},
        {"type", Attr::Type}, {"lang", Attr::Lang},
    };
    return table;
}

void initLibxml()
{
    static const bool done = [] {
        xmlInitParser();
        return true;
    }();
    (void)done;
}

} // namespace

struct HtmlTreeBuilder {
    HtmlTree &tree;
    std::vector<std::int32_t> stack;
    std::vector<std::int32_t> lastChild;

    HtmlTreeBuilder(HtmlTree &t, qsizetype inputBytes) : tree(t)
    {
        // About one node per 25 bytes of markup once scripts and styles are gone.
        tree.m_nodes.reserve(size_t(std::max<qsizetype>(1024, inputBytes / 25)));
        lastChild.reserve(tree.m_nodes.capacity());
        tree.m_text.reserve(inputBytes / 2);
        HtmlTree::Node root;
        root.end = 1;
        tree.m_nodes.push_back(root);
        lastChild.push_back(-1);
        stack.push_back(0);
    }

    std::int32_t addNode(Tag tag)
    {
        const auto idx = std::int32_t(tree.m_nodes.size());
        const std::int32_t parent = stack.back();
        HtmlTree::Node n;
        n.parent = parent;
        n.tag = tag;
        n.end = idx + 1;
        tree.m_nodes.push_back(n);
        lastChild.push_back(-1);
        if (const std::int32_t prev = lastChild[size_t(parent)]; prev >= 0)
            tree.m_nodes[size_t(prev)].next = idx;
        lastChild[size_t(parent)] = idx;
        return idx;
    }

    void start(const char *name, const char **atts)
    {
        const auto &tags = tagTable();
        const auto it = tags.find(std::string_view(name));
        const Tag tag = it == tags.end() ? Tag::Unknown : it->second;
        const std::int32_t idx = addNode(tag);
        HtmlTree::Node &n = tree.m_nodes[size_t(idx)];
        n.attrBegin = std::int32_t(tree.m_attrs.size());
        if (atts) {
            const auto &attrs = attrTable();
            for (int k = 0; atts[k]; k += 2) {
                const auto a = attrs.find(std::string_view(atts[k]));
                if (a == attrs.end())
                    continue;
                const char *value = atts[k + 1];
                const auto len = value ? std::int32_t(std::strlen(value)) : 0;
                tree.m_attrs.push_back({a->second, std::int32_t(tree.m_text.size()), len, true});
                if (len > 0)
                    tree.m_text.append(value, len);
                ++n.attrCount;
            }
        }
        if (tag == Tag::Body && tree.m_body < 0)
            tree.m_body = idx;
        else if (tag == Tag::Head && tree.m_head < 0)
            tree.m_head = idx;
        stack.push_back(idx);
    }

    void finishElement()
    {
        if (stack.size() <= 1)
            return;
        tree.m_nodes[size_t(stack.back())].end = std::int32_t(tree.m_nodes.size());
        stack.pop_back();
    }

    void characters(const char *s, int len)
    {
        if (len <= 0)
            return;
        const std::int32_t parent = stack.back();
        const std::int32_t last = lastChild[size_t(parent)];
        if (last >= 0 && last == std::int32_t(tree.m_nodes.size()) - 1 && tree.m_nodes[size_t(last)].tag == Tag::Text) {
            HtmlTree::Node &t = tree.m_nodes[size_t(last)];
            if (t.textBegin + t.textBytes == tree.m_text.size()) {
                tree.m_text.append(s, len);
                t.textBytes += len;
                return;
            }
        }
        const std::int32_t idx = addNode(Tag::Text);
        HtmlTree::Node &t = tree.m_nodes[size_t(idx)];
        t.textBegin = std::int32_t(tree.m_text.size());
        t.textBytes = len;
        tree.m_text.append(s, len);
    }

    void finish()
    {
        while (stack.size() > 1)
            finishElement();
        tree.m_nodes[0].end = std::int32_t(tree.m_nodes.size());
    }
};

namespace {

HtmlTreeBuilder *builderOf(void *ctx)
{
    return static_cast<HtmlTreeBuilder *>(ctx);
}

void onStart(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    builderOf(ctx)->start(reinterpret_cast<const char *>(name), reinterpret_cast<const char **>(atts));
}

void onEnd(void *ctx, const xmlChar *)
{
    builderOf(ctx)->finishElement();
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    builderOf(ctx)->characters(reinterpret_cast<const char *>(ch), len);
}

void onCdata(void *, const xmlChar *, int) {}  // script/style bodies: the prepass removed them

} // namespace

HtmlTree HtmlTree::parse(const QByteArray &utf8)
{
    initLibxml();
    HtmlTree tree;
    HtmlTreeBuilder builder(tree, utf8.size());
    if (!utf8.isEmpty()) {
        htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
        if (ctxt) {
            htmlSAXHandler handler;
            std::memset(&handler, 0, sizeof handler);
            handler.startElement = onStart;
            handler.endElement = onEnd;
            handler.characters = onCharacters;
            handler.ignorableWhitespace = onCharacters;
            handler.cdataBlock = onCdata;
            *ctxt->sax = handler;
            ctxt->userData = &builder;
            htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                         | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
            xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
            htmlParseDocument(ctxt);
            htmlFreeParserCtxt(ctxt);
        }
    }
    builder.finish();
    return tree;
}

QByteArrayView HtmlTree::text(int i) const
{
    const Node &n = node(i);
    if (n.tag != Tag::Text)
        return {};
    return QByteArrayView(m_text.constData() + n.textBegin, n.textBytes);
}

QByteArrayView HtmlTree::attr(int i, Attr a) const
{
    const Node &n = node(i);
    for (int k = 0; k < n.attrCount; ++k) {
        const AttrValue &v = m_attrs[size_t(n.attrBegin + k)];
        if (v.name == a)
            return QByteArrayView(m_text.constData() + v.begin, v.bytes);
    }
    return {};
}

bool HtmlTree::has(int i, Attr a) const
{
    const Node &n = node(i);
    for (int k = 0; k < n.attrCount; ++k)
        if (m_attrs[size_t(n.attrBegin + k)].name == a)
            return true;
    return false;
}

QByteArray HtmlTree::classAndId(int i) const
{
    QByteArray s = attr(i, Attr::Class).toByteArray();
    const QByteArrayView id = attr(i, Attr::Id);
    if (!id.isEmpty()) {
        s.append(' ');
        s.append(id);
    }
    return s.toLower();
}

QString HtmlTree::textContent(int i) const
{
    QByteArray out;
    for (int j = i; j < end(i); ++j)
        if (isText(j))
            out.append(text(j));
    return QString::fromUtf8(out);
}

} // namespace lede
