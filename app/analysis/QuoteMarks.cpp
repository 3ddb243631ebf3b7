#include "analysis/QuoteMarks.h"

namespace lede {

namespace {

bool spaceLike(QChar c) { return c.isSpace() || c == QChar(0x2014) || c == QChar(0x2013); }
bool openerBefore(QChar c) { return c == u'(' || c == u'[' || c == u'{' || c == u'/'; }
bool punctAfter(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u')' || c == u']'
           || c == QChar(0x2026) || c == QChar(0x2014) || c == QChar(0x2013) || c == u'-';
}

// The facing of a straight mark from the characters around it.
MarkRole roleFromSpacing(const QuoteContext &cx, int i, bool single)
{
    const QStringView text = cx.text();
    const Token &t = cx.tok(i);
    const bool atStart = t.start == 0;
    const bool atEnd = t.end >= text.size();
    const QChar before = atStart ? QChar(u' ') : text[t.start - 1];
    const QChar after = atEnd ? QChar(u' ') : text[t.end];
    const bool spBefore = atStart || spaceLike(before) || openerBefore(before);
    const bool spAfter = atEnd || after.isSpace();
    const bool pAfter = !atEnd && punctAfter(after);
    if (single) {
        if (spBefore && !spAfter && after.isLetterOrNumber())
            return MarkRole::Open;
        if (!spBefore && (spAfter || pAfter))
            return MarkRole::Close;
        return MarkRole::None;
    }
    if (spBefore && !spAfter && !pAfter)
        return MarkRole::Open;
    if (!spBefore && (spAfter || pAfter))
        return MarkRole::Close;
    return MarkRole::Either;
}

struct Open {
    int tok;
    MarkFamily family;
    char16_t glyph;
    int span;  // index into the output list
};

} // namespace

MarkFamily markFamily(const QuoteContext &cx, int i)
{
    if (!cx.isQuoteMark(i))
        return MarkFamily::None;
    const QStringView w = cx.word(i);
    if (w.size() == 2)
        return MarkFamily::Double;  // `` and ''
    switch (w[0].unicode()) {
    case u'"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0xFF02:
    case 0x300C: case 0x300D:
        return MarkFamily::Double;
    default:
        return MarkFamily::Single;
    }
}

MarkRole markRole(const QuoteContext &cx, int i)
{
    if (!cx.isQuoteMark(i))
        return MarkRole::None;
    const QStringView w = cx.word(i);
    if (w == u"``")
        return MarkRole::Open;
    if (w == u"''")
        return roleFromSpacing(cx, i, false);
    switch (w[0].unicode()) {
    case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A: case 0x201B: case 0x2039: case 0x300C:
    case 0x300E: case u'`':
        return MarkRole::Open;
    case 0x201D: case 0x203A: case 0x300D: case 0x300F:
        return MarkRole::Close;
    case 0x2019:
        return roleFromSpacing(cx, i, true) == MarkRole::Close ? MarkRole::Close : MarkRole::None;
    case 0x00AB: case 0x00BB: {
        // « … » (French, most languages) or » … « (Danish, German): facing from the spacing
        const MarkRole r = roleFromSpacing(cx, i, false);
        if (r != MarkRole::Either)
            return r;
        return w[0] == QChar(0x00AB) ? MarkRole::Open : MarkRole::Close;
    }
    case u'"': case 0xFF02:
        return roleFromSpacing(cx, i, false);
    case u'\'':
        return roleFromSpacing(cx, i, true);
    default:
        return MarkRole::None;
    }
}

QList<QuotedSpan> pairQuoteMarks(const QuoteContext &cx)
{
    QList<QuotedSpan> spans;
    QList<Open> stack;
    const int n = cx.size();
    const QStringView text = cx.text();

    auto contentStart = [&](int openTok) { return cx.tok(openTok).end; };
    auto trimmed = [&](TextRange r) {
        while (r.start < r.end && text[r.start].isSpace())
            ++r.start;
        while (r.end > r.start && text[r.end - 1].isSpace())
            --r.end;
        return r;
    };
    auto drop = [&](const Open &o) { spans[o.span].parts.clear(); spans[o.span].open = -1; };

    int continued = -1;  // span carried over from the previous paragraph, waiting for its mark
    int i = 0;
    while (i < n) {
        const int pEnd = cx.paragraphEnd(i);
        for (int k = i; k < pEnd; ++k) {
            if (!cx.isQuoteMark(k))
                continue;
            const MarkFamily fam = markFamily(cx, k);
            MarkRole role = markRole(cx, k);
            const char16_t glyph = cx.word(k)[0].unicode();
            if (role == MarkRole::None)
                continue;
            if (continued >= 0 && k == i && fam == spans[continued].family && role != MarkRole::Close) {
                stack.append(Open{k, fam, glyph, continued});
                continued = -1;
                continue;
            }
            int match = -1;
            for (int s = int(stack.size()) - 1; s >= 0; --s)
                if (stack[s].family == fam) {
                    match = s;
                    break;
                }
            // German „…“ and ‚…‘: the mark that opens in English closes here.
            if (match >= 0 && ((glyph == 0x201C && stack[match].glyph == 0x201E)
                               || (glyph == 0x2018 && stack[match].glyph == 0x201A)))
                role = MarkRole::Close;
            // A curly mark typed the wrong way round: “ that can only close, ” that can only open.
            if (glyph == 0x201C && match >= 0 && roleFromSpacing(cx, k, false) == MarkRole::Close)
                role = MarkRole::Close;
            if (glyph == 0x201D && match < 0 && roleFromSpacing(cx, k, false) == MarkRole::Open)
                role = MarkRole::Open;
            if (role == MarkRole::Either)
                role = match >= 0 ? MarkRole::Close : MarkRole::Open;
            if (role == MarkRole::Close) {
                if (match < 0)
                    continue;  // a stray closing mark or an apostrophe
                while (stack.size() > match + 1)
                    drop(stack.takeLast());
                const Open o = stack.takeLast();
                QuotedSpan &sp = spans[o.span];
                const TextRange part = trimmed({contentStart(o.tok), cx.tok(k).start});
                if (!part.isEmpty())
                    sp.parts.append(part);
                sp.close = k;
                sp.lastToken = k;
                if (sp.parts.isEmpty())
                    sp.open = -1;
                continue;
            }
            if (fam == MarkFamily::Double && match >= 0 && stack[match].glyph == glyph
                && (glyph == 0x201C || glyph == u'"')) {
                // a second opening mark of the same kind: the first one was never closed
                while (stack.size() > match)
                    drop(stack.takeLast());
            }
            QuotedSpan sp;
            sp.open = k;
            sp.family = fam;
            sp.parent = stack.isEmpty() ? -1 : stack.back().span;
            spans.append(sp);
            stack.append(Open{k, fam, glyph, int(spans.size()) - 1});
        }
        // Paragraph end: the outermost open span may continue into the next paragraph.
        const int lastTok = pEnd - 1;
        continued = -1;
        if (!stack.isEmpty()) {
            while (stack.size() > 1)
                drop(stack.takeLast());
            const Open o = stack.takeLast();
            QuotedSpan &sp = spans[o.span];
            const TextRange part = trimmed({contentStart(o.tok), cx.tok(lastTok).end});
            if (!part.isEmpty() && o.tok < lastTok)
                sp.parts.append(part);
            sp.lastToken = lastTok;
            const bool nextOpens = pEnd < n && cx.isQuoteMark(pEnd) && markFamily(cx, pEnd) == o.family
                                   && markRole(cx, pEnd) != MarkRole::Close && markRole(cx, pEnd) != MarkRole::None;
            if (nextOpens && !sp.parts.isEmpty()) {
                continued = o.span;
            } else if (o.family == MarkFamily::Double && !sp.parts.isEmpty()) {
                sp.unclosed = true;
            } else {
                drop(o);
            }
        }
        i = pEnd;
    }

    // Compact: drop the abandoned spans and renumber parents.
    QList<int> newIndex(spans.size(), -1);
    QList<QuotedSpan> out;
    out.reserve(spans.size());
    for (int s = 0; s < spans.size(); ++s) {
        if (spans[s].open < 0 || spans[s].parts.isEmpty())
            continue;
        newIndex[s] = int(out.size());
        QuotedSpan sp = spans[s];
        while (sp.parent >= 0 && newIndex[sp.parent] < 0)
            sp.parent = spans[sp.parent].parent;
        if (sp.parent >= 0)
            sp.parent = newIndex[sp.parent];
        out.append(sp);
    }
    return out;
}

} // namespace lede
