#include "document/ArticleDom.h"

#include <cstring>

namespace lede {

void NodeStats::add(const NodeStats &o, int s)
{
    text += s * o.text;
    link += float(s) * o.link;
    commas += s * o.commas;
    p += s * o.p;
    img += s * o.img;
    li += s * o.li;
    input += s * o.input;
    embed += s * o.embed;
    heading += s * o.heading;
    textish += s * o.textish;
    list += s * o.list;
    dataTables += s * o.dataTables;
    quotes += s * o.quotes;
}

namespace {

struct TextMeasure {
    int chars = 0;
    int commas = 0;
};

TextMeasure measure(QByteArrayView t)
{
    TextMeasure m;
    bool space = false;
    const auto *p = reinterpret_cast<const unsigned char *>(t.data());
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if ((c & 0xC0) == 0x80)
            continue;  // continuation byte
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (c == 0xC2 && i + 1 < n && p[i + 1] == 0xA0)
            ws = true;
        if (ws) {
            if (!space)
                ++m.chars;
            space = true;
            continue;
        }
        space = false;
        ++m.chars;
        if (c == ',') {
            ++m.commas;
        } else if (c >= 0xD8 && i + 2 < n) {
            const unsigned cp = c == 0xD8 ? ((c & 0x1F) << 6 | (p[i + 1] & 0x3F))
                                          : (c & 0xF0) == 0xE0 ? ((c & 0x0F) << 12 | (p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F))
                                                                : 0;
            if (cp == 0x060C || cp == 0xFE50 || cp == 0xFE10 || cp == 0xFE11 || cp == 0x2E41 || cp == 0x2E34
                || cp == 0x2E32 || cp == 0xFF0C || cp == 0x3001)
                ++m.commas;
        }
    }
    return m;
}

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

bool isTextish(Tag t)
{
    switch (t) {
    case Tag::Span: case Tag::Li: case Tag::Td: case Tag::Blockquote: case Tag::Dl: case Tag::Div:
    case Tag::Img: case Tag::Ol: case Tag::P: case Tag::Pre: case Tag::Table: case Tag::Ul:
        return true;
    default:
        return false;
    }
}

enum ContextFlag : std::uint8_t { InLink = 1, InHashLink = 2, InHeading = 4, InList = 8 };

} // namespace

bool matchesAny(QByteArrayView s, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (s.contains(QByteArrayView(n, qsizetype(std::strlen(n)))))
            return true;
    return false;
}

int classWeight(const HtmlTree &tree, int i)
{
    static const std::initializer_list<const char *> negative = {
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "widget"};
    static const std::initializer_list<const char *> positive = {
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
        "text", "blog", "story"};
    auto hid = [](const QByteArray &s) {
        return s == "hid" || s.startsWith("hid ") || s.endsWith(" hid") || s.contains(" hid ");
    };
    int weight = 0;
    for (Attr a : {Attr::Class, Attr::Id}) {
        const QByteArray v = tree.attr(i, a).toByteArray().toLower();
        if (v.isEmpty())
            continue;
        if (matchesAny(v, negative) || hid(v))
            weight -= 25;
        if (matchesAny(v, positive))
            weight += 25;
    }
    return weight;
}

ArticleDom::ArticleDom(const HtmlTree &t) : tree(t)
{
    const size_t n = size_t(tree.size());
    removed.assign(n, 0);
    transparent.assign(n, 0);
    dataTable.assign(n, 0);
    tag.resize(n);
    for (size_t i = 0; i < n; ++i)
        tag[i] = tree.tag(int(i));
    computeTextStats();
    stats.resize(n);
    recount();
}

void ArticleDom::computeTextStats()
{
    const int n = tree.size();
    std::vector<std::uint8_t> ctx(size_t(n), 0);
    m_pristine.assign(size_t(n), NodeStats{});
    for (int i = 1; i < n; ++i) {
        const int parent = tree.parent(i);
        std::uint8_t c = ctx[size_t(parent)];
        const Tag t = tree.tag(parent);
        if (t == Tag::A && parent > 0)
            c |= tree.attr(parent, Attr::Href).startsWith("#") ? InHashLink : InLink;
        if (isHeading(t))
            c |= InHeading;
        if (t == Tag::Ul || t == Tag::Ol)
            c |= InList;
        ctx[size_t(i)] = c;
        NodeStats &s = m_pristine[size_t(i)];
        if (tree.isText(i)) {
            const TextMeasure m = measure(tree.text(i));
            s.text = m.chars;
            s.commas = m.commas;
            if (c & InLink)
                s.link = float(m.chars);
            else if (c & InHashLink)
                s.link = 0.3f * float(m.chars);
            if (c & InHeading)
                s.heading = m.chars;
            if (c & InList)
                s.list = m.chars;
            if (isTextish(t))
                s.textish = m.chars;
        }
    }
}

void ArticleDom::reset()
{
    std::fill(removed.begin(), removed.end(), 0);
    std::fill(transparent.begin(), transparent.end(), 0);
    for (size_t i = 0; i < tag.size(); ++i)
        tag[i] = tree.tag(int(i));
    recount();
}

void ArticleDom::recount()
{
    const int n = tree.size();
    for (int i = 0; i < n; ++i) {
        NodeStats &s = stats[size_t(i)];
        s = NodeStats{};
        if (tree.isText(i)) {
            s = m_pristine[size_t(i)];
            continue;
        }
        switch (tag[size_t(i)]) {
        case Tag::P: s.p = 1; break;
        case Tag::Img: s.img = 1; break;
        case Tag::Li: s.li = 1; break;
        case Tag::Input: s.input = 1; break;
        case Tag::Embed: s.embed = 1; break;
        case Tag::Blockquote: s.quotes = 1; break;
        default: break;
        }
        s.dataTables = dataTable[size_t(i)];
    }
    for (int i = n - 1; i > 0; --i)
        if (!removed[size_t(i)])
            stats[size_t(tree.parent(i))].add(stats[size_t(i)], 1);
}

void ArticleDom::remove(int i)
{
    if (removed[size_t(i)] || i <= 0)
        return;
    removed[size_t(i)] = 1;
    const NodeStats gone = stats[size_t(i)];
    for (int a = tree.parent(i); a >= 0; a = tree.parent(a))
        stats[size_t(a)].add(gone, -1);
}

bool ArticleDom::isGone(int i) const
{
    for (int a = i; a > 0; a = tree.parent(a))
        if (removed[size_t(a)])
            return true;
    return false;
}

int ArticleDom::parentOf(int i) const
{
    int p = tree.parent(i);
    while (p > 0 && transparent[size_t(p)])
        p = tree.parent(p);
    return p;
}

std::vector<int> ArticleDom::elementChildren(int i) const
{
    std::vector<int> out;
    std::vector<int> pending;  // next siblings still to visit, innermost last
    int c = tree.firstChild(i);
    while (c >= 0 || !pending.empty()) {
        if (c < 0) {
            c = pending.back();
            pending.pop_back();
            continue;
        }
        const int next = tree.next(c);
        if (!removed[size_t(c)] && !tree.isText(c)) {
            if (transparent[size_t(c)] && tree.firstChild(c) >= 0) {
                if (next >= 0)
                    pending.push_back(next);
                c = tree.firstChild(c);
                continue;
            }
            out.push_back(c);
        }
        c = next;
    }
    return out;
}

QString ArticleDom::innerText(int i) const
{
    QByteArray out;
    const int e = tree.end(i);
    for (int j = i; j < e;) {
        if (removed[size_t(j)]) {
            j = tree.end(j);
            continue;
        }
        if (tree.isText(j))
            out.append(tree.text(j));
        ++j;
    }
    QString s = QString::fromUtf8(out);
    QString r;
    r.reserve(s.size());
    bool space = false;
    for (QChar ch : s) {
        if (ch.isSpace()) {
            space = !r.isEmpty();
            continue;
        }
        if (space)
            r.append(u' ');
        space = false;
        r.append(ch);
    }
    return r;
}

int ArticleDom::innerTextLength(int i) const
{
    int n = 0;
    bool pendingSpace = false;
    const int e = tree.end(i);
    for (int j = i; j < e;) {
        if (removed[size_t(j)]) {
            j = tree.end(j);
            continue;
        }
        if (tree.isText(j)) {
            const QByteArrayView t = tree.text(j);
            const auto *p = reinterpret_cast<const unsigned char *>(t.data());
            for (qsizetype k = 0; k < t.size(); ++k) {
                const unsigned char c = p[k];
                if ((c & 0xC0) == 0x80)
                    continue;
                const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                    || (c == 0xC2 && k + 1 < t.size() && p[k + 1] == 0xA0);
                if (ws) {
                    pendingSpace = n > 0;
                    continue;
                }
                n += (pendingSpace ? 2 : 1) + (c >= 0xF0 ? 1 : 0);  // UTF-16 units, like QString::size()
                pendingSpace = false;
            }
        }
        ++j;
    }
    return n;
}

double ArticleDom::linkDensity(int i) const
{
    const NodeStats &s = stats[size_t(i)];
    return s.text > 0 ? double(s.link) / s.text : 0.0;
}

bool ArticleDom::hasAncestorTag(int i, Tag t, int maxDepth) const
{
    int depth = 0;
    for (int p = tree.parent(i); p > 0; p = tree.parent(p)) {
        if (maxDepth > 0 && depth >= maxDepth)
            return false;
        if (tag[size_t(p)] == t)
            return true;
        ++depth;
    }
    return false;
}

bool ArticleDom::isPhrasingTag(Tag t)
{
    switch (t) {
    case Tag::Abbr: case Tag::Audio: case Tag::B: case Tag::Br: case Tag::Button: case Tag::Cite:
    case Tag::Code: case Tag::Em: case Tag::Embed: case Tag::I: case Tag::Img: case Tag::Input:
    case Tag::Label: case Tag::Mark: case Tag::Q: case Tag::Small: case Tag::Span: case Tag::Strong:
    case Tag::Sub: case Tag::Sup: case Tag::Time: case Tag::Select: case Tag::Font: case Tag::U: case Tag::S:
        return true;
    default:
        return false;
    }
}

bool ArticleDom::isPhrasing(int i) const
{
    const Tag t = tag[size_t(i)];
    if (t == Tag::Text || isPhrasingTag(t))
        return true;
    if (t != Tag::A && t != Tag::Del && t != Tag::Ins)
        return false;
    // a/del/ins count as phrasing when everything inside them does
    const int e = tree.end(i);
    for (int j = i + 1; j < e; ++j) {
        const Tag u = tag[size_t(j)];
        if (u != Tag::Text && !isPhrasingTag(u) && u != Tag::A && u != Tag::Del && u != Tag::Ins)
            return false;
    }
    return true;
}

bool ArticleDom::isWhitespace(int i) const
{
    if (tag[size_t(i)] == Tag::Br)
        return true;
    if (!tree.isText(i))
        return false;
    for (char c : tree.text(i))
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'))
            return false;
    return true;
}

} // namespace lede
