#include "document/ArticleExtractor.h"

#include "document/ArticleCleaner.h"
#include "document/HtmlText.h"

#include <QList>

#include <algorithm>

namespace lede {

namespace {

bool isVisible(const HtmlTree &t, int i)
{
    if (t.has(i, Attr::Hidden))
        return false;
    if (t.attr(i, Attr::AriaHidden) == "true" && !t.attr(i, Attr::Class).contains("fallback-image"))
        return false;
    const QByteArrayView style = t.attr(i, Attr::Style);
    if (!style.isEmpty()) {
        QByteArray s = style.toByteArray().toLower();
        s.replace(' ', "");
        if (s.contains("display:none") || s.contains("visibility:hidden"))
            return false;
    }
    return true;
}

bool isUnlikely(QByteArrayView m)
{
    return matchesAny(m, {"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
                          "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                          "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                          "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"});
}

bool isMaybeCandidate(QByteArrayView m)
{
    return matchesAny(m, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow", "embed"});
}

bool isUnlikelyRole(QByteArrayView role)
{
    return role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" || role == "alert"
        || role == "alertdialog" || role == "dialog";
}

// A comment section or one comment ("comments", "comment-list", "commentlist",
// "comment-body", id "respond"/"disqus_thread"): never part of the article, in any attempt.
bool isCommentSection(const HtmlTree &t, int i)
{
    const Tag tag = t.tag(i);
    if (tag == Tag::Body || tag == Tag::Html || tag == Tag::Main)
        return false;
    for (Attr a : {Attr::Class, Attr::Id}) {
        const QByteArray v = t.attr(i, a).toByteArray().toLower();
        if (v.isEmpty())
            continue;
        for (const QByteArray &token : v.split(' ')) {
            if (token == "comment" || token == "comments" || token.startsWith("comment-")
                || token.startsWith("comment_") || token.startsWith("comments-") || token.startsWith("comments_")
                || token.startsWith("commentlist") || token.startsWith("commentslist"))
                return true;
            if (token == "respond" || token.startsWith("disqus"))
                return true;
        }
    }
    return false;
}

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

bool isBlockForDiv(Tag t)
{
    switch (t) {
    case Tag::Blockquote: case Tag::Dl: case Tag::Div: case Tag::Img: case Tag::Ol: case Tag::P: case Tag::Pre:
    case Tag::Table: case Tag::Ul:
        return true;
    default:
        return false;
    }
}

int tagBonus(Tag t)
{
    switch (t) {
    case Tag::Div: return 5;
    case Tag::Pre: case Tag::Td: case Tag::Blockquote: return 3;
    case Tag::Address: case Tag::Ol: case Tag::Ul: case Tag::Dl: case Tag::Dd: case Tag::Dt: case Tag::Li:
    case Tag::Form: return -3;
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Th: return -5;
    default: return 0;
    }
}

} // namespace

ArticleExtractor::ArticleExtractor(const HtmlTree &tree, QString title) : m_dom(tree), m_title(std::move(title))
{
    markDataTables(m_dom);
}

void ArticleExtractor::initialize(int i, const Flags &flags)
{
    m_initialized[size_t(i)] = 1;
    m_score[size_t(i)] = tagBonus(m_dom.tag[size_t(i)]) + (flags.weightClasses ? classWeight(m_dom.tree, i) : 0);
}

void ArticleExtractor::walk(const Flags &flags, std::vector<int> &toScore,
                            std::vector<std::pair<int, std::vector<int>>> &runs, QString &byline)
{
    ArticleDom &d = m_dom;
    const HtmlTree &t = d.tree;
    const int root = t.body() >= 0 ? t.body() : 0;
    const int stop = t.end(root);
    bool bylineFound = false;
    int i = root + 1;
    while (i < stop) {
        if (t.isText(i) || d.removed[size_t(i)]) {
            i = t.isText(i) ? i + 1 : t.end(i);
            continue;
        }
        const Tag tag = t.tag(i);
        const QByteArray match = d.matchString(i);
        const auto drop = [&] {
            d.remove(i);
            i = t.end(i);
        };
        if (!isVisible(t, i) || (t.attr(i, Attr::AriaModal) == "true" && t.attr(i, Attr::Role) == "dialog")
            || isCommentSection(t, i)) {
            drop();
            continue;
        }
        if (!bylineFound
            && (t.attr(i, Attr::Rel) == "author" || t.attr(i, Attr::Itemprop).contains("author")
                || matchesAny(match, {"byline", "author", "dateline", "writtenby", "p-author"}))) {
            const QString text = d.innerText(i);
            if (!text.isEmpty() && text.size() < 100) {
                byline = text;
                bylineFound = true;
                drop();
                continue;
            }
        }
        if (!m_title.isEmpty() && (tag == Tag::H1 || tag == Tag::H2) && textSimilarity(m_title, d.innerText(i)) > 0.75) {
            drop();
            continue;
        }
        if (flags.stripUnlikely) {
            if (isUnlikely(match) && !isMaybeCandidate(match) && !d.hasAncestorTag(i, Tag::Table)
                && !d.hasAncestorTag(i, Tag::Code) && tag != Tag::Body && tag != Tag::A) {
                drop();
                continue;
            }
            if (isUnlikelyRole(t.attr(i, Attr::Role))) {
                drop();
                continue;
            }
        }
        if ((tag == Tag::Div || tag == Tag::Section || tag == Tag::Header || isHeading(tag))
            && d.stats[size_t(i)].text < 64 && d.innerText(i).isEmpty()) {
            bool onlyBreaks = true;
            for (int c : d.elementChildren(i))
                onlyBreaks = onlyBreaks && (t.tag(c) == Tag::Br || t.tag(c) == Tag::Hr);
            if (onlyBreaks) {
                drop();
                continue;
            }
        }
        if (tag == Tag::Section || (isHeading(tag) && tag != Tag::H1) || tag == Tag::P || tag == Tag::Td
            || tag == Tag::Pre)
            toScore.push_back(i);

        if (tag == Tag::Div) {
            // Runs of phrasing content (text, inline elements) between blocks act as paragraphs;
            // two <br>s in a row end a run.
            std::vector<std::vector<int>> divRuns;
            std::vector<int> cur;
            bool anyBlock = false;
            const auto closeRun = [&] {
                while (!cur.empty() && d.isWhitespace(cur.back()))
                    cur.pop_back();
                if (!cur.empty())
                    divRuns.push_back(cur);
                cur.clear();
            };
            for (int c = t.firstChild(i); c >= 0; c = t.next(c)) {
                if (d.isPhrasing(c)) {
                    if (t.tag(c) == Tag::Br) {
                        int n = t.next(c);
                        while (n >= 0 && t.isText(n) && d.isWhitespace(n))
                            n = t.next(n);
                        if (n >= 0 && t.tag(n) == Tag::Br) {
                            closeRun();
                            continue;
                        }
                    }
                    if (cur.empty() && d.isWhitespace(c))
                        continue;
                    cur.push_back(c);
                } else {
                    anyBlock = true;
                    closeRun();
                }
            }
            closeRun();
            if (!anyBlock && divRuns.size() == 1) {
                if (d.linkDensity(i) < 0.25) {  // the div is one paragraph
                    d.tag[size_t(i)] = Tag::P;
                    toScore.push_back(i);
                } else {
                    runs.emplace_back(i, divRuns.front());
                }
            } else if (!divRuns.empty()) {
                for (auto &r : divRuns)
                    runs.emplace_back(i, std::move(r));
            } else {
                std::vector<int> kids = d.elementChildren(i);
                if (kids.size() == 1 && t.tag(kids.front()) == Tag::P && d.linkDensity(i) < 0.25) {
                    d.transparent[size_t(i)] = 1;
                } else {
                    bool hasBlock = false;
                    for (int j = i + 1; j < t.end(i) && !hasBlock; ++j)
                        hasBlock = isBlockForDiv(t.tag(j));
                    if (!hasBlock) {
                        d.tag[size_t(i)] = Tag::P;
                        toScore.push_back(i);
                    }
                }
            }
        }
        ++i;
    }
}

int ArticleExtractor::topCandidate(const std::vector<int> &candidates, std::vector<int> &top) const
{
    top.clear();
    for (int c : candidates) {
        auto pos = std::find_if(top.begin(), top.end(), [&](int o) { return m_score[size_t(c)] > m_score[size_t(o)]; });
        top.insert(pos, c);
        if (top.size() > 5)
            top.pop_back();
    }
    return top.empty() ? -1 : top.front();
}

ArticleSelection ArticleExtractor::attempt(const Flags &flags)
{
    ArticleDom &d = m_dom;
    const HtmlTree &t = d.tree;
    d.reset();
    m_score.assign(size_t(t.size()), 0.0);
    m_initialized.assign(size_t(t.size()), 0);

    ArticleSelection sel;
    std::vector<int> toScore;
    std::vector<std::pair<int, std::vector<int>>> runs;
    walk(flags, toScore, runs, sel.byline);

    std::vector<int> candidates;
    const auto addScore = [&](int start, int length, int commas) {
        if (length < 25)
            return;
        const double contentScore = 2.0 + commas + std::min(length / 100, 3);
        int level = 0;
        for (int a = start; a > 0 && level < 5; a = d.parentOf(a), ++level) {
            if (t.parent(a) <= 0)
                break;
            if (!m_initialized[size_t(a)]) {
                initialize(a, flags);
                candidates.push_back(a);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_score[size_t(a)] += contentScore / divider;
        }
    };
    for (int el : toScore) {
        const int parent = d.parentOf(el);
        if (parent <= 0)
            continue;
        addScore(parent, d.stats[size_t(el)].text, d.stats[size_t(el)].commas);
    }
    for (const auto &[div, run] : runs) {
        int length = 0;
        int commas = 0;
        for (int c : run)
            if (!d.removed[size_t(c)]) {
                length += d.stats[size_t(c)].text;
                commas += d.stats[size_t(c)].commas;
            }
        addScore(div, length, commas);
    }
    for (int c : candidates)
        m_score[size_t(c)] *= 1.0 - d.linkDensity(c);

    const int body = t.body() >= 0 ? t.body() : 0;
    std::vector<int> top;
    int best = topCandidate(candidates, top);
    if (best < 0 || t.tag(best) == Tag::Body) {
        sel.nodes = {body};
    } else {
        // A common ancestor of the runners-up may be the real container.
        std::vector<std::vector<int>> alternatives;
        for (size_t k = 1; k < top.size(); ++k) {
            if (m_score[size_t(top[k])] / m_score[size_t(best)] >= 0.75) {
                std::vector<int> anc;
                for (int a = d.parentOf(top[k]); a > 0; a = d.parentOf(a))
                    anc.push_back(a);
                alternatives.push_back(std::move(anc));
            }
        }
        if (alternatives.size() >= 3) {
            for (int p = d.parentOf(best); p > 0 && t.tag(p) != Tag::Body; p = d.parentOf(p)) {
                int containing = 0;
                for (const auto &anc : alternatives)
                    containing += std::find(anc.begin(), anc.end(), p) != anc.end() ? 1 : 0;
                if (containing >= 3) {
                    best = p;
                    break;
                }
            }
        }
        if (!m_initialized[size_t(best)])
            initialize(best, flags);
        // A parent that scores higher than the candidate holds more of the article.
        double lastScore = m_score[size_t(best)];
        const double threshold = lastScore / 3;
        for (int p = d.parentOf(best); p > 0 && t.tag(p) != Tag::Body; p = d.parentOf(p)) {
            if (!m_initialized[size_t(p)])
                continue;
            const double ps = m_score[size_t(p)];
            if (ps < threshold)
                break;
            if (ps > lastScore) {
                best = p;
                break;
            }
            lastScore = ps;
        }
        for (int p = d.parentOf(best); p > 0 && t.tag(p) != Tag::Body && d.elementChildren(p).size() == 1;
             p = d.parentOf(best))
            best = p;
        if (!m_initialized[size_t(best)])
            initialize(best, flags);

        const double bestScore = m_score[size_t(best)];
        const double siblingThreshold = std::max(10.0, bestScore * 0.2);
        const int parent = d.parentOf(best);
        const QByteArrayView bestClass = t.attr(best, Attr::Class);
        for (int s : parent > 0 ? d.elementChildren(parent) : std::vector<int>{best}) {
            bool append = s == best;
            if (!append) {
                double bonus = 0;
                if (!bestClass.isEmpty() && t.attr(s, Attr::Class) == bestClass)
                    bonus += bestScore * 0.2;
                if (m_initialized[size_t(s)] && m_score[size_t(s)] + bonus >= siblingThreshold) {
                    append = true;
                } else if (d.tag[size_t(s)] == Tag::P) {
                    const double ld = d.linkDensity(s);
                    const QString content = d.innerText(s);
                    const auto len = content.size();
                    if (len > 80 && ld < 0.25)
                        append = true;
                    else if (len < 80 && len > 0 && ld < 1e-6
                             && (content.contains(u". ") || content.endsWith(u'.')))
                        append = true;
                }
            }
            if (append)
                sel.nodes.push_back(s);
        }
    }
    d.recount();  // tags changed in the walk (text-only divs are paragraphs now)
    cleanArticle(d, sel.nodes, flags.weightClasses, flags.cleanConditionally);
    double text = 0;
    double links = 0;
    for (int n : sel.nodes) {
        if (d.removed[size_t(n)])
            continue;
        sel.textLength += d.innerTextLength(n);
        text += d.stats[size_t(n)].text;
        links += d.stats[size_t(n)].link;
    }
    sel.linkDensity = text > 0 ? links / text : 0.0;
    return sel;
}

ArticleSelection ArticleExtractor::run()
{
    const Flags sequence[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    struct Saved {
        ArticleSelection sel;
        std::vector<std::uint8_t> removed, transparent;
        std::vector<Tag> tags;
    };
    std::optional<Saved> best;
    for (const Flags &f : sequence) {
        ArticleSelection sel = attempt(f);
        if (sel.textLength >= kMinArticleChars)
            return sel;
        if (!best || sel.textLength > best->sel.textLength)
            best = Saved{sel, m_dom.removed, m_dom.transparent, m_dom.tag};
    }
    m_dom.removed = best->removed;
    m_dom.transparent = best->transparent;
    m_dom.tag = best->tags;
    m_dom.recount();
    return best->sel;
}

} // namespace lede
