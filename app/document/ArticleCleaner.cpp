#include "document/ArticleCleaner.h"

#include <QRegularExpression>

#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// "share" or "sharedaddy" as a word (or between underscores): "social-share", "share_tools".
bool isShareHint(QByteArrayView m)
{
    for (const char *word : {"share", "sharedaddy"}) {
        const qsizetype n = qsizetype(std::strlen(word));
        for (qsizetype at = m.indexOf(word); at >= 0; at = m.indexOf(word, at + 1)) {
            const bool before = at == 0 || !isWordChar(m[at - 1]) || m[at - 1] == '_';
            const bool after = at + n >= m.size() || !isWordChar(m[at + n]) || m[at + n] == '_';
            if (before && after)
                return true;
        }
    }
    return false;
}

bool isAdOrLoadingText(const QString &text)
{
    static const QRegularExpression re(
        u"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
        "(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

bool hasDataTableAncestor(const ArticleDom &d, int i)
{
    for (int p = d.tree.parent(i); p > 0; p = d.tree.parent(p))
        if (d.tag[size_t(p)] == Tag::Table && d.dataTable[size_t(p)])
            return true;
    return false;
}

// Characters of text directly inside i (not in a child element).
int directText(const ArticleDom &d, int i)
{
    int n = 0;
    for (int c = d.tree.firstChild(i); c >= 0; c = d.tree.next(c))
        if (d.tree.isText(c))
            n += d.stats[size_t(c)].text;
    return n;
}

bool shouldRemoveConditionally(const ArticleDom &d, int i, bool weightClasses)
{
    const HtmlTree &t = d.tree;
    const Tag tag = d.tag[size_t(i)];
    const NodeStats &s = d.stats[size_t(i)];
    bool isList = tag == Tag::Ul || tag == Tag::Ol;
    if (!isList && s.text > 0)
        isList = double(s.list) / s.text > 0.9;
    if (tag == Tag::Table && d.dataTable[size_t(i)])
        return false;
    if (hasDataTableAncestor(d, i) || d.hasAncestorTag(i, Tag::Code))
        return false;
    if (s.dataTables - (d.dataTable[size_t(i)] ? 1 : 0) > 0)
        return false;
    if (s.quotes > 0 && s.text >= 25)  // an embedded post or a pull quote: what someone said
        return false;
    const int weight = weightClasses ? classWeight(t, i) : 0;
    if (weight < 0)
        return true;
    if (s.commas >= 10)
        return false;

    const auto self = [&](Tag x) { return tag == x ? 1 : 0; };
    const int p = s.p - self(Tag::P);
    const int img = s.img - self(Tag::Img);
    const int li = s.li - self(Tag::Li) - 100;
    const int input = s.input - self(Tag::Input);
    const int embeds = s.embed - self(Tag::Embed);
    const int contentLength = s.text;
    if (contentLength < 40 && isAdOrLoadingText(d.innerText(i)))
        return true;
    const double headingDensity = contentLength > 0 ? double(s.heading) / contentLength : 0.0;
    const bool selfTextish = tag == Tag::Div || tag == Tag::Ul || tag == Tag::Ol || tag == Tag::Table || tag == Tag::P;
    const int textish = s.textish - (selfTextish ? directText(d, i) : 0);
    const double textDensity = contentLength > 0 ? double(textish) / contentLength : 0.0;
    const double linkDensity = d.linkDensity(i);
    const bool isFigureChild = d.hasAncestorTag(i, Tag::Figure);

    bool remove = false;
    remove = remove || (!isFigureChild && img > 1 && double(p) / img < 0.5);
    remove = remove || (!isList && li > p);
    remove = remove || (input > int(std::floor(p / 3.0)));
    remove = remove
        || (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2)
            && linkDensity > 1e-6);
    remove = remove || (!isList && weight < 25 && linkDensity > 0.2);
    remove = remove || (weight >= 25 && linkDensity > 0.5);
    remove = remove || (embeds == 1 && contentLength < 75) || embeds > 1;
    remove = remove || (img == 0 && textDensity == 0);

    if (isList && remove) {  // a plain list of images may stay
        for (int c : d.elementChildren(i))
            if (d.elementChildren(c).size() > 1)
                return true;
        if (img == s.li - self(Tag::Li))
            return false;
    }
    return remove;
}

template <class Pred>
void removeMatching(ArticleDom &d, const std::vector<int> &roots, Pred pred, bool includeRoots = true)
{
    std::vector<int> nodes;
    for (int r : roots) {
        if (d.removed[size_t(r)])
            continue;
        const int end = d.tree.end(r);
        for (int j = includeRoots ? r : r + 1; j < end;) {
            if (d.removed[size_t(j)]) {
                j = d.tree.end(j);
                continue;
            }
            if (!d.tree.isText(j))
                nodes.push_back(j);
            ++j;
        }
    }
    // Reverse document order: descendants are judged before their ancestors (and a node
    // still to be judged cannot lie inside one already removed).
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if (pred(*it))
            d.remove(*it);
}

} // namespace

void markDataTables(ArticleDom &d)
{
    const HtmlTree &t = d.tree;
    for (int i = 0; i < t.size(); ++i) {
        if (t.tag(i) != Tag::Table)
            continue;
        bool data = false;
        if (t.attr(i, Attr::Role) == "presentation") {
            d.dataTable[size_t(i)] = 0;
            continue;
        }
        int rows = 0;
        int columns = 0;
        int rowCells = 0;
        bool nested = false;
        for (int j = i + 1; j < t.end(i); ++j) {
            const Tag tag = t.tag(j);
            if (tag == Tag::Caption && t.firstChild(j) >= 0)
                data = true;
            else if (tag == Tag::Thead || tag == Tag::Tfoot || tag == Tag::Th)
                data = true;
            else if (tag == Tag::Table)
                nested = true;
            if (tag == Tag::Tr) {
                ++rows;
                columns = std::max(columns, rowCells);
                rowCells = 0;
            } else if (tag == Tag::Td || tag == Tag::Th) {
                ++rowCells;
            }
        }
        columns = std::max(columns, rowCells);
        if (!data && !nested)
            data = rows >= 10 || columns > 4 || rows * columns > 10;
        d.dataTable[size_t(i)] = data ? 1 : 0;
    }
}

void cleanArticle(ArticleDom &d, const std::vector<int> &selected, bool weightClasses, bool cleanConditionally)
{
    const auto conditional = [&](std::initializer_list<Tag> tags) {
        if (!cleanConditionally)
            return;
        removeMatching(d, selected, [&](int j) {
            const Tag tag = d.tag[size_t(j)];
            for (Tag x : tags)
                if (tag == x)
                    return shouldRemoveConditionally(d, j, weightClasses);
            return false;
        });
    };
    const auto always = [&](std::initializer_list<Tag> tags) {
        removeMatching(d, selected, [&](int j) {
            const Tag tag = d.tag[size_t(j)];
            for (Tag x : tags)
                if (tag == x)
                    return true;
            return false;
        });
    };

    conditional({Tag::Form, Tag::Fieldset});
    always({Tag::Embed, Tag::Footer, Tag::Link, Tag::Aside});
    removeMatching(
        d, selected,
        [&](int j) { return d.stats[size_t(j)].text < 500 && isShareHint(d.matchString(j)); },
        /*includeRoots=*/false);
    always({Tag::Input, Tag::Select, Tag::Button});
    if (weightClasses)
        removeMatching(d, selected, [&](int j) {
            const Tag tag = d.tag[size_t(j)];
            return (tag == Tag::H1 || tag == Tag::H2) && classWeight(d.tree, j) < 0;
        });
    conditional({Tag::Table});
    conditional({Tag::Ul});
    conditional({Tag::Div});
    // A short paragraph that is only a link ("READ MORE …", "Related: …") is a promotion.
    removeMatching(d, selected, [&](int j) {
        if (d.tag[size_t(j)] != Tag::P)
            return false;
        const NodeStats &s = d.stats[size_t(j)];
        return s.text > 0 && s.text < 100 && d.linkDensity(j) > 0.9;
    });
    removeMatching(d, selected, [&](int j) {
        if (d.tag[size_t(j)] != Tag::P)
            return false;
        const NodeStats &s = d.stats[size_t(j)];
        return s.img == 0 && s.embed == 0 && d.innerTextLength(j) == 0;
    });
}

} // namespace lede
