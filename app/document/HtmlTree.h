// HtmlTree: a compact, immutable DOM of an HTML page, built from libxml2's HTML parser
// through its SAX interface (no libxml2 tree is built).
//
// Nodes live in one array in document order (pre-order), so the subtree of node i is the
// index range [i, end(i)) and every descendant of i has a larger index. That makes every walk
// a loop — no recursion, whatever the nesting depth — and bottom-up sums a reverse loop.
// Text is stored as UTF-8; only the attributes an extractor needs are kept (see Attr).
//
// Parser choice (measured, see docs/benchmarks.md "Web pages"): libxml2's HTML parser is
// 4–5× faster than gumbo on the same pages (gumbo ≈ 110 ms per MB of markup here, libxml2
// ≈ 25 ms), and it is the parser behind lxml, which trafilatura and readability-lxml use.
// HtmlPrepass runs first and removes scripts, styles and comments, which leaves the parser
// a fifth of a typical page. Nothing is fetched: libxml2 runs with HTML_PARSE_NONET and no
// entity or DTD loading; no resource URL is ever opened.
//
//   HtmlTree t = HtmlTree::parse(prepassHtml(bytes).html);
//   for (int i = t.body(); i < t.end(t.body()); ++i) if (t.tag(i) == Tag::P) …
//
// Thread-safety: parse() is reentrant (libxml2 is initialised once, thread-safely); a tree
// is immutable and can be read from any thread.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace lede {

enum class Tag : std::uint8_t {
    Text,  // a text node
    Unknown,
    Html, Head, Body, Title, Meta, Link, Base,
    P, Div, Span, A, Br, Hr, Img, Picture, Figure, Figcaption, Video, Audio, Source, Embed, Canvas,
    H1, H2, H3, H4, H5, H6,
    Ul, Ol, Li, Dl, Dt, Dd, Blockquote, Pre, Code,
    Table, Thead, Tbody, Tfoot, Tr, Td, Th, Caption,
    Section, Article, Main, Header, Footer, Nav, Aside, Address, Center, Details, Summary, Dialog, Menu,
    Form, Fieldset, Legend, Input, Button, Select, Option, Label,
    Time, Em, Strong, B, I, U, S, Small, Sup, Sub, Font, Q, Cite, Abbr, Mark, Del, Ins,
};

enum class Attr : std::uint8_t {
    Class, Id, Role, Itemprop, Itemtype, Rel, Property, Name, Content, Datetime, Hidden, Style,
    AriaHidden, AriaModal, Href, Charset, HttpEquiv, Type, Lang,
};

class HtmlTree {
public:
    struct Node {
        std::int32_t parent = -1;
        std::int32_t next = -1;        // next sibling
        std::int32_t end = 0;          // one past the last descendant
        std::int32_t textBegin = 0;    // text nodes: byte range in the text buffer
        std::int32_t textBytes = 0;
        std::int32_t attrBegin = 0;
        std::uint16_t attrCount = 0;
        Tag tag = Tag::Unknown;
    };

    // Parses UTF-8 HTML (best effort: malformed markup never fails).
    static HtmlTree parse(const QByteArray &utf8);

    int size() const { return int(m_nodes.size()); }
    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    Tag tag(int i) const { return m_nodes[size_t(i)].tag; }
    bool isText(int i) const { return tag(i) == Tag::Text; }
    int parent(int i) const { return m_nodes[size_t(i)].parent; }
    int end(int i) const { return m_nodes[size_t(i)].end; }
    int next(int i) const { return m_nodes[size_t(i)].next; }
    int firstChild(int i) const { return end(i) > i + 1 ? i + 1 : -1; }
    // Root is node 0 (a document node of tag Unknown); body()/head() are -1 if absent.
    int body() const { return m_body; }
    int head() const { return m_head; }

    // The UTF-8 text of a text node.
    QByteArrayView text(int i) const;
    // An attribute's value (entities decoded), or an empty view; has() tells absent from empty.
    QByteArrayView attr(int i, Attr a) const;
    bool has(int i, Attr a) const;
    // class + " " + id, lower-cased (for hint matching).
    QByteArray classAndId(int i) const;
    // All text in the subtree of i, concatenated (like DOM textContent), whitespace as is.
    QString textContent(int i) const;

private:
    struct AttrValue {
        Attr name;
        std::int32_t begin;
        std::int32_t bytes;
        bool present;
    };
    friend struct HtmlTreeBuilder;
    std::vector<Node> m_nodes;
    std::vector<AttrValue> m_attrs;
    QByteArray m_text;  // text node contents and attribute values
    int m_body = -1;
    int m_head = -1;
};

} // namespace lede
