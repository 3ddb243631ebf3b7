// Standalone HTML export: the article with the annotated passages marked in their colours
// and styles, a numbered reference after each passage, and the notes (with tags) below; then
// the orphans with their stored quotes. Everything from the document or the user is
// HTML-escaped; the page has no scripts and loads nothing.
#include "core/OffsetMap.h"
#include "export/AnnotationExport.h"

#include <QHash>
#include <QObject>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString esc(QStringView s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (QChar c : s) {
        switch (c.unicode()) {
        case '&': out += u"&amp;"_s; break;
        case '<': out += u"&lt;"_s; break;
        case '>': out += u"&gt;"_s; break;
        case '"': out += u"&quot;"_s; break;
        case '\'': out += u"&#39;"_s; break;
        default: out += c;
        }
    }
    return out;
}

QString blockTag(const Block &b)
{
    switch (b.kind) {
    case BlockKind::Title: return u"h1"_s;
    case BlockKind::Heading: return u"h"_s + QString::number(std::clamp(b.level + 1, 2, 6));
    case BlockKind::BlockQuote: return u"blockquote"_s;
    case BlockKind::Preformatted: return u"pre"_s;
    case BlockKind::ListItem:
    case BlockKind::Paragraph: return u"p"_s;
    }
    return u"p"_s;
}

QString styleSheet(const AnnotationPalette &p)
{
    QString css = u"body{font:17px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}"
                  "mark{color:inherit;padding:0 .05em}sup.ref a{font:11px sans-serif;text-decoration:none}"
                  ".notes li{margin-bottom:1em}.notes blockquote{margin:.2em 0;padding-left:.8em;border-left:3px solid #ccc}"
                  ".note{white-space:pre-wrap}.tags{color:#555;font:13px sans-serif}.status{color:#a33;font:13px sans-serif}"_s;
    for (int i = 0; i < p.size(); ++i) {
        const PaletteColor &c = p.color(i);
        css += u".c-%1.highlight{background:%2}.c-%1.underline{background:none;text-decoration:underline 3px %2}"
               ".c-%1.strike-through{background:none;text-decoration:line-through 2px %2}"_s.arg(c.key, c.hex);
        css += u".notes .c-%1{border-left-color:%2}"_s.arg(c.key, c.hex);
    }
    return css;
}

} // namespace

QByteArray annotationsToHtml(const ExportInput &in)
{
    const Document &doc = in.document;
    const QString &text = doc.text();
    const QList<const Annotation *> ordered = inReadingOrder(in.annotations);
    QHash<const Annotation *, int> number;
    for (int i = 0; i < ordered.size(); ++i)
        number.insert(ordered[i], i + 1);
    QList<const Annotation *> anchored;
    for (const Annotation *a : ordered)
        if (!a->isOrphan() && !a->range.isEmpty())
            anchored.append(a);

    const QString title = doc.title().isEmpty() ? QObject::tr("Annotations") : doc.title();
    QString out = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Lede\">\n<title>"_s
        + esc(title) + u"</title>\n<style>"_s + styleSheet(in.palette) + u"</style>\n</head>\n<body>\n<article>\n"_s;

    // Sweep: segment boundaries are block bounds and annotation starts/ends; the active
    // list holds the annotations covering the current segment (latest created on top).
    std::vector<int> points;
    QMultiHash<int, const Annotation *> endsAt;
    const QList<Block> &blocks = doc.blocks();
    // where an annotation's reference goes: its end, or the end of the last block it covers
    // when it ends in the gap between two blocks (a selection that took the line break)
    auto markerAt = [&](const Annotation *a) {
        const int last = a->range.end - 1;
        const int b = doc.blockAt(last);
        if (b > 0 && blocks[b].range.start > last)
            return std::max(a->range.start, blocks[b - 1].range.end);
        if (b < 0 && !blocks.isEmpty())
            return std::min(a->range.end, blocks.last().range.end);
        return a->range.end;
    };
    for (const Annotation *a : anchored) {
        points.push_back(a->range.start);
        points.push_back(a->range.end);
        const int m = markerAt(a);
        points.push_back(m);
        endsAt.insert(m, a);
    }
    std::sort(anchored.begin(), anchored.end(), [](const Annotation *x, const Annotation *y) {
        return x->range.start < y->range.start;
    });
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    std::vector<const Annotation *> active;
    qsizetype nextStart = 0;
    for (const Block &b : blocks) {
        const QString tag = blockTag(b);
        out += u'<' + tag + u'>';
        std::vector<int> cuts{b.range.start};
        for (auto it = std::upper_bound(points.begin(), points.end(), b.range.start);
             it != points.end() && *it < b.range.end; ++it)
            cuts.push_back(*it);
        cuts.push_back(b.range.end);
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            const TextRange seg{cuts[i], cuts[i + 1]};
            while (nextStart < anchored.size() && anchored[nextStart]->range.start <= seg.start)
                active.push_back(anchored[nextStart++]);
            std::erase_if(active, [&](const Annotation *a) { return a->range.end <= seg.start; });
            const Annotation *top = nullptr;
            for (const Annotation *a : active)
                if (!top || a->created >= top->created)
                    top = a;
            const QString piece = esc(QStringView(text).mid(seg.start, seg.length()));
            if (top)
                out += u"<mark class=\"c-"_s + in.palette.color(top->color).key + u' ' + styleName(top->style)
                    + u"\">"_s + piece + u"</mark>"_s;
            else
                out += piece;
            QList<const Annotation *> ending = endsAt.values(seg.end);
            std::sort(ending.begin(), ending.end(), [&](auto *x, auto *y) { return number.value(x) < number.value(y); });
            for (const Annotation *a : ending) {
                const QString n = QString::number(number.value(a));
                out += u"<sup class=\"ref\"><a id=\"ref-"_s + n + u"\" href=\"#note-"_s + n + u"\">"_s + n
                    + u"</a></sup>"_s;
            }
        }
        out += u"</"_s + tag + u">\n"_s;
    }
    out += u"</article>\n"_s;

    if (!ordered.isEmpty()) {
        out += u"<section class=\"notes\">\n<h2>"_s + esc(QObject::tr("Notes")) + u"</h2>\n<ol>\n"_s;
        for (const Annotation *a : ordered) {
            const QString n = QString::number(number.value(a));
            const PaletteColor &c = in.palette.color(a->color);
            out += u"<li id=\"note-"_s + n + u"\">"_s;
            if (a->isOrphan())
                out += u"<div class=\"status\">"_s + esc(QObject::tr("Orphaned: this passage is no longer in the text."))
                    + u"</div>"_s;
            else if (a->status == AnchorStatus::TextChanged)
                out += u"<div class=\"status\">"_s + esc(QObject::tr("The text of this passage has changed.")) + u"</div>"_s;
            if (a->targetKind != TargetKind::TextSpan)
                out += u"<div class=\"tags\">"_s
                    + esc(a->targetKind == TargetKind::Entity ? QObject::tr("Entity") : QObject::tr("Quote")) + u": "_s
                    + esc(a->targetKey) + u"</div>"_s;
            out += u"<blockquote class=\"c-"_s + c.key + u"\">"_s + esc(exportQuote(*a, doc)) + u"</blockquote>"_s;
            if (!a->note.isEmpty())
                out += u"<div class=\"note\">"_s + esc(a->note) + u"</div>"_s;
            const QStringList tags = exportTags(*a, in.palette);
            if (!tags.isEmpty()) {
                QStringList shown;
                for (const QString &t : tags)
                    shown.append(u'#' + esc(t));
                out += u"<div class=\"tags\">"_s + shown.join(u' ') + u"</div>"_s;
            }
            if (!a->isOrphan())
                out += u" <a href=\"#ref-"_s + n + u"\">↩</a>"_s;
            out += u"</li>\n"_s;
        }
        out += u"</ol>\n</section>\n"_s;
    }
    out += u"</body></html>\n"_s;
    return out.toUtf8();
}

} // namespace lede
