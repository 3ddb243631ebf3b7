// ArticleDom (internal to the web-page extractor): the mutable state of one extraction over
// an immutable HtmlTree — which nodes are removed, the tag each node is treated as, which
// nodes are "transparent" (a wrapper replaced by its only child), and per-node sums
// (text length, link text, commas, counts of p/img/li/…) over the nodes still present.
// remove() keeps the sums of every ancestor up to date, so later checks see the cleaned
// tree without a full recount. All walks are loops over index ranges (no recursion).
//
// Not thread-safe; one per extraction.
#pragma once

#include "document/HtmlTree.h"

#include <QString>

#include <vector>

namespace lede {

struct NodeStats {
    int text = 0;        // characters, runs of white space counted once
    float link = 0;      // characters inside links (in-page "#" links weigh 0.3)
    int commas = 0;
    int p = 0, img = 0, li = 0, input = 0, embed = 0;  // elements in the subtree, self included
    int heading = 0;     // characters inside h1–h6
    int textish = 0;     // characters whose parent is a text-holding element (p, div, span, li, td …)
    int list = 0;        // characters inside ul/ol
    int dataTables = 0;  // data tables in the subtree, self included
    int quotes = 0;      // <blockquote>s in the subtree, self included

    void add(const NodeStats &o, int sign);
};

class ArticleDom {
public:
    explicit ArticleDom(const HtmlTree &tree);

    const HtmlTree &tree;
    std::vector<std::uint8_t> removed;
    std::vector<std::uint8_t> transparent;
    std::vector<std::uint8_t> dataTable;
    std::vector<Tag> tag;            // the tag a node is treated as (a text-only <div> becomes P)
    std::vector<NodeStats> stats;    // sums over the nodes present

    // Back to the freshly parsed state (nothing removed, original tags, full sums).
    void reset();
    // Recomputes all sums over the nodes present (O(n)).
    void recount();
    // Removes i and its subtree; updates the ancestors' sums.
    void remove(int i);
    bool isGone(int i) const;  // i or an ancestor is removed (O(depth))

    // Parent, skipping transparent wrappers; -1 at the root.
    int parentOf(int i) const;
    // Element children present, transparent wrappers replaced by their children.
    std::vector<int> elementChildren(int i) const;
    // Text of the subtree without removed nodes, white space collapsed and trimmed.
    QString innerText(int i) const;
    int innerTextLength(int i) const;  // innerText(i).size(), without building the string
    double linkDensity(int i) const;
    // class + " " + id, lower-cased.
    QByteArray matchString(int i) const { return tree.classAndId(i); }
    bool hasAncestorTag(int i, Tag t, int maxDepth = 3) const;

    static bool isPhrasingTag(Tag t);
    bool isPhrasing(int i) const;      // text, or a phrasing element (a/del/ins only around phrasing)
    bool isWhitespace(int i) const;    // white-space text or <br>

private:
    void computeTextStats();
    std::vector<NodeStats> m_pristine;  // per text node: its measures (elements: empty)
};

// Class/id weight as the well-known extractors use it: -25 per negative hint ("comment",
// "sidebar", "share" …) and +25 per positive one ("article", "content", "story" …) in class
// and in id.
int classWeight(const HtmlTree &tree, int i);
bool matchesAny(QByteArrayView s, std::initializer_list<const char *> needles);

} // namespace lede
