#include "document/HtmlPrepass.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstring>

namespace lede {

namespace {

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Lower-cased tag name, at most 15 characters (longer names never match our lists), and
// its first 8 bytes packed into an integer for fast comparison.
struct TagName {
    char s[16] = {};
    int len = 0;
    std::uint64_t packed = 0;
    bool is(const char *n) const { return std::strcmp(s, n) == 0; }
};

constexpr std::uint64_t pack(const char *n)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8 && n[i]; ++i)
        v |= std::uint64_t(static_cast<unsigned char>(n[i])) << (8 * i);
    return v;
}

// Elements whose content is dropped with them (raw text, foreign or inert content).
bool isDroppedWithContent(const TagName &t)
{
    if (t.len < 3 || t.len > 8)
        return false;
    switch (t.packed) {
    case pack("script"): case pack("style"): case pack("template"): case pack("noscript"): case pack("svg"):
    case pack("math"): case pack("iframe"): case pack("textarea"): case pack("object"): case pack("xmp"):
    case pack("noembed"): case pack("noframes"):
        return true;
    default:
        return false;
    }
}

// Tags that do not nest: void elements and those the parser closes implicitly.
bool isUntracked(const TagName &t)
{
    if (t.len < 1 || t.len > 8)
        return false;
    switch (t.packed) {
    case pack("br"): case pack("img"): case pack("hr"): case pack("meta"): case pack("link"): case pack("input"):
    case pack("wbr"): case pack("source"): case pack("area"): case pack("base"): case pack("col"):
    case pack("embed"): case pack("param"): case pack("track"): case pack("p"): case pack("li"): case pack("dt"):
    case pack("dd"): case pack("tr"): case pack("td"): case pack("th"): case pack("option"): case pack("optgroup"):
    case pack("tbody"): case pack("thead"): case pack("tfoot"): case pack("colgroup"): case pack("rb"):
    case pack("rt"): case pack("rp"):
        return true;
    default:
        return false;
    }
}

const char *findBytes(const char *from, const char *end, const char *needle, size_t n)
{
    if (from >= end)
        return nullptr;
    const void *hit = memmem(from, size_t(end - from), needle, n);
    return static_cast<const char *>(hit);
}

// The end of a start or end tag whose name ends at p: the position of its '>', honouring
// quoted attribute values. nullptr when the page ends inside the tag.
const char *tagEnd(const char *p, const char *end)
{
    bool afterEquals = false;
    while (p < end) {
        const char c = *p;
        if (c == '>')
            return p;
        if ((c == '"' || c == '\'') && afterEquals) {
            const void *close = std::memchr(p + 1, c, size_t(end - p - 1));
            if (!close)
                return nullptr;
            p = static_cast<const char *>(close) + 1;
            afterEquals = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isSpace(c))
            afterEquals = false;
        ++p;
    }
    return nullptr;
}

// The start of "</name" (case-insensitive, followed by a delimiter) at or after p, or end.
const char *findEndTag(const char *p, const char *end, const TagName &name)
{
    while (p < end) {
        const void *lt = std::memchr(p, '<', size_t(end - p));
        if (!lt)
            return end;
        const char *q = static_cast<const char *>(lt);
        if (q + 2 + name.len <= end && q[1] == '/') {
            bool same = true;
            for (int i = 0; i < name.len; ++i)
                if (lower(q[2 + i]) != name.s[i]) {
                    same = false;
                    break;
                }
            const char after = q + 2 + name.len < end ? q[2 + name.len] : '>';
            if (same && (isSpace(after) || after == '>' || after == '/'))
                return q;
        }
        p = q + 1;
    }
    return end;
}

bool containsLower(QByteArrayView hay, const char *needle)
{
    const size_t n = std::strlen(needle);
    if (size_t(hay.size()) < n)
        return false;
    for (qsizetype i = 0; i + qsizetype(n) <= hay.size(); ++i) {
        size_t k = 0;
        while (k < n && lower(hay[i + qsizetype(k)]) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

PrepassResult prepassHtml(const QByteArray &html, const PrepassOptions &options)
{
    PrepassResult r;
    const char *p = html.constData();
    const char *const end = p + html.size();
    r.html.reserve(std::min<qsizetype>(html.size(), options.maxOutputBytes) + 16);
    int depth = 0;

    while (p < end) {
        if (r.html.size() > options.maxOutputBytes) {
            r.truncated = true;
            break;
        }
        const void *ltv = std::memchr(p, '<', size_t(end - p));
        const char *lt = ltv ? static_cast<const char *>(ltv) : end;
        if (lt > p)
            r.html.append(p, lt - p);
        p = lt;
        if (p >= end)
            break;
        if (p + 1 >= end) {  // a lone '<' at the very end
            r.html.append("&lt;");
            break;
        }
        const char c = p[1];
        if (c == '!') {
            if (p + 3 < end && p[2] == '-' && p[3] == '-') {  // comment
                const char *body = p + 4;
                if (body < end && *body == '>') {
                    p = body + 1;
                } else if (body + 1 < end && body[0] == '-' && body[1] == '>') {
                    p = body + 2;
                } else {
                    const char *close = findBytes(body, end, "-->", 3);
                    p = close ? close + 3 : end;
                }
                continue;
            }
            if (end - p >= 9 && std::memcmp(p, "<![CDATA[", 9) == 0) {
                const char *close = findBytes(p + 9, end, "]]>", 3);
                p = close ? close + 3 : end;
                continue;
            }
            const void *gt = std::memchr(p, '>', size_t(end - p));
            const char *stop = gt ? static_cast<const char *>(gt) + 1 : end;
            if (end - p > 9 && containsLower(QByteArrayView(p, 9), "<!doctype"))
                r.html.append(p, stop - p);  // keep the doctype; drop other bogus markup
            p = stop;
            continue;
        }
        if (c == '?') {  // processing instruction / XML declaration: bogus comment
            const void *gt = std::memchr(p, '>', size_t(end - p));
            p = gt ? static_cast<const char *>(gt) + 1 : end;
            continue;
        }
        const bool isEnd = c == '/';
        const char *nameStart = p + (isEnd ? 2 : 1);
        if (nameStart >= end || !isAlpha(*nameStart)) {
            r.html.append("&lt;");  // a literal '<' in text
            ++p;
            continue;
        }
        const char *nameEnd = nameStart;
        TagName name;
        while (nameEnd < end && !isSpace(*nameEnd) && *nameEnd != '/' && *nameEnd != '>') {
            if (name.len < 15)
                name.s[name.len++] = lower(*nameEnd);
            else
                name.len = 16;  // too long for any list: never matches
            ++nameEnd;
        }
        if (name.len > 15) {
            name.s[0] = '\0';
            name.len = 0;
        } else {
            name.s[name.len] = '\0';
            for (int k = 0; k < 8 && k < name.len; ++k)
                name.packed |= std::uint64_t(static_cast<unsigned char>(name.s[k])) << (8 * k);
        }
        const char *gt = tagEnd(nameEnd, end);
        if (!gt)  // the page ends inside a tag: drop the fragment
            break;
        const char *afterTag = gt + 1;
        const bool selfClosing = gt > nameEnd && gt[-1] == '/';

        if (!isEnd && name.len > 0 && isDroppedWithContent(name)) {
            if (selfClosing && (name.is("svg") || name.is("math"))) {
                p = afterTag;
                continue;
            }
            const char *close = findEndTag(afterTag, end, name);
            if (name.is("script") && r.jsonLd.size() < options.maxJsonLdBlocks
                && containsLower(QByteArrayView(p, afterTag - p), "ld+json"))
                r.jsonLd.append(QByteArray(afterTag, close - afterTag));
            if (close >= end) {
                p = end;
            } else {
                const void *closeGt = std::memchr(close, '>', size_t(end - close));
                p = closeGt ? static_cast<const char *>(closeGt) + 1 : end;
            }
            continue;
        }
        if (isEnd && name.len > 0 && isDroppedWithContent(name)) {  // stray end tag
            p = afterTag;
            continue;
        }
        if (!isUntracked(name)) {
            if (isEnd) {
                if (depth > options.maxDepth) {
                    --depth;
                    ++r.droppedDeepTags;
                    p = afterTag;
                    continue;
                }
                if (depth > 0)
                    --depth;
            } else if (!selfClosing) {
                if (++depth > options.maxDepth) {
                    ++r.droppedDeepTags;
                    p = afterTag;
                    continue;
                }
            }
        }
        r.html.append(p, afterTag - p);
        p = afterTag;
    }
    return r;
}

} // namespace lede
