#include "analysis/QuoteFinder.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

enum class Mark { None, Open, Close, Either };

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> s = {
        u"said"_s, u"says"_s, u"say"_s, u"told"_s, u"tells"_s, u"wrote"_s, u"writes"_s, u"added"_s,
        u"adds"_s, u"asked"_s, u"asks"_s, u"explained"_s, u"stated"_s, u"declared"_s, u"announced"_s,
        u"insisted"_s, u"noted"_s, u"argued"_s, u"warned"_s, u"replied"_s, u"continued"_s, u"recalled"_s,
        u"acknowledged"_s, u"confirmed"_s, u"urged"_s, u"claimed"_s, u"saying"_s, u"writing"_s,
        u"telling"_s, u"adding"_s, u"responded"_s, u"admitted"_s, u"suggested"_s, u"predicted"_s,
        u"denied"_s, u"stressed"_s, u"emphasized"_s, u"reported"_s, u"testified"_s, u"tweeted"_s,
        u"promised"_s, u"vowed"_s, u"cautioned"_s, u"conceded"_s, u"complained"_s, u"observed"_s,
    };
    return s;
}

// Cues that introduce reported speech on their own ("said that …", "warned that …").
const QSet<QString> &reportingVerbs()
{
    static const QSet<QString> s = {
        u"said"_s, u"says"_s, u"told"_s, u"wrote"_s, u"confirmed"_s, u"warned"_s, u"urged"_s,
        u"announced"_s, u"claimed"_s, u"argued"_s, u"insisted"_s, u"noted"_s, u"added"_s,
        u"acknowledged"_s, u"stated"_s, u"declared"_s, u"denied"_s, u"reported"_s, u"saying"_s,
        u"writing"_s, u"admitted"_s, u"explained"_s, u"predicted"_s, u"promised"_s, u"vowed"_s,
    };
    return s;
}

const QSet<QString> &pronouns()
{
    static const QSet<QString> s = {u"he"_s, u"she"_s, u"they"_s, u"i"_s, u"we"_s, u"it"_s};
    return s;
}

const QSet<QString> &nominalHeads()
{
    static const QSet<QString> s = {
        u"government"_s, u"officials"_s, u"official"_s, u"spokesman"_s, u"spokeswoman"_s,
        u"spokesperson"_s, u"ministry"_s, u"police"_s, u"statement"_s, u"report"_s, u"authorities"_s,
        u"experts"_s, u"analysts"_s, u"critics"_s, u"officers"_s, u"administration"_s, u"embassy"_s,
        u"department"_s, u"residents"_s, u"witnesses"_s, u"activists"_s, u"diplomats"_s, u"sources"_s,
        u"military"_s, u"company"_s, u"agency"_s, u"group"_s, u"aides"_s, u"aide"_s, u"lawyer"_s,
    };
    return s;
}

struct QuoteSpan {
    int openTok;   // token index of the opening mark
    int closeTok;  // token index of the closing mark, or -1 when it runs to paragraph end
    QList<TextRange> parts;
    bool nested = false;
};

class Finder {
public:
    Finder(QStringView text, const TokenizedText &tt, const QList<Mention> &mentions, const QList<Entity> &entities)
        : m_text(text), m_tt(tt), m_toks(tt.tokens), m_mentions(mentions), m_entities(entities)
    {
    }

    QStringView word(int i) const { return m_text.mid(m_toks[i].start, m_toks[i].length()); }
    QString lower(int i) const { return word(i).toString().toLower(); }

    Mark markKind(int i) const
    {
        const Token &t = m_toks[i];
        if (!t.has(TokenFlag::QuoteMark))
            return Mark::None;
        const QStringView w = word(i);
        const char16_t c = w[0].unicode();
        if (w == u"``")
            return Mark::Open;
        if (w == u"''")
            return Mark::Close;
        switch (c) {
        case 0x201C: case 0x201E: case 0x00AB: case 0x2018: case 0x201A: case 0x300C: case 0x300E:
            return Mark::Open;
        case 0x201D: case 0x00BB: case 0x2019: case 0x300D: case 0x300F:
            return Mark::Close;
        default:
            break;
        }
        // straight quotes: decided by the spacing around them
        const bool spaceBefore = t.start == 0 || m_text[t.start - 1].isSpace() || m_text[t.start - 1] == u'('
                                 || m_text[t.start - 1] == u'[' || m_text[t.start - 1] == QChar(0x2014);
        const bool spaceAfter = t.end >= m_text.size() || m_text[t.end].isSpace();
        if (spaceBefore && !spaceAfter)
            return Mark::Open;
        if (!spaceBefore && spaceAfter)
            return Mark::Close;
        if (!spaceBefore && !spaceAfter)
            return m_text[t.end].isPunct() ? Mark::Close : Mark::None;
        return Mark::Either;
    }

    static bool isDoubleMark(QStringView w)
    {
        const char16_t c = w[0].unicode();
        return c == u'"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB
               || w == u"``" || w == u"''" || c == 0x300E || c == 0x300F;
    }

    int paragraphEndToken(int t) const
    {
        int k = t + 1;
        while (k < m_toks.size() && !m_toks[k].has(TokenFlag::ParagraphStart))
            ++k;
        return k;
    }

    // Pairs double quotation marks (with paragraph continuation) and single marks inside them.
    QList<QuoteSpan> pairMarks() const
    {
        QList<QuoteSpan> out;
        const int n = int(m_toks.size());
        int openAt = -1;
        QuoteSpan current;
        for (int i = 0; i < n; ++i) {
            const Token &t = m_toks[i];
            if (t.has(TokenFlag::ParagraphStart) && openAt >= 0) {
                // unclosed at paragraph end: continues if this paragraph opens with a mark
                const int prevEnd = m_toks[i - 1].end;
                current.parts.append({contentStart(openAt), prevEnd});
                if (t.has(TokenFlag::QuoteMark) && isDoubleMark(word(i)) && markKind(i) != Mark::Close) {
                    openAt = i;
                    continue;
                }
                openAt = -1;
                current = QuoteSpan{};
            }
            if (!t.has(TokenFlag::QuoteMark) || !isDoubleMark(word(i)))
                continue;
            const Mark k = markKind(i);
            if (openAt < 0 && (k == Mark::Open || k == Mark::Either)) {
                openAt = i;
                current = QuoteSpan{i, -1, {}, false};
            } else if (openAt >= 0 && (k == Mark::Close || k == Mark::Either)) {
                current.parts.append({contentStart(openAt), t.start});
                current.closeTok = i;
                trimParts(current.parts);
                if (!current.parts.isEmpty())
                    out.append(current);
                findNested(openAt, i, out);
                openAt = -1;
                current = QuoteSpan{};
            }
        }
        return out;
    }

    int contentStart(int openTok) const { return m_toks[openTok].end; }

    void trimParts(QList<TextRange> &parts) const
    {
        for (TextRange &r : parts) {
            while (r.start < r.end && m_text[r.start].isSpace())
                ++r.start;
            while (r.end > r.start && m_text[r.end - 1].isSpace())
                --r.end;
        }
        parts.erase(std::remove_if(parts.begin(), parts.end(), [](TextRange r) { return r.isEmpty(); }), parts.end());
    }

    // ‘…’ inside a double-quoted span is a quote of its own.
    void findNested(int openTok, int closeTok, QList<QuoteSpan> &out) const
    {
        int open = -1;
        for (int i = openTok + 1; i < closeTok; ++i) {
            if (!m_toks[i].has(TokenFlag::QuoteMark) || isDoubleMark(word(i)))
                continue;
            const Mark k = markKind(i);
            if (open < 0 && k == Mark::Open) {
                open = i;
            } else if (open >= 0 && (k == Mark::Close || k == Mark::Either)) {
                QuoteSpan q{open, i, {{m_toks[open].end, m_toks[i].start}}, true};
                trimParts(q.parts);
                if (!q.parts.isEmpty())
                    out.append(q);
                open = -1;
            }
        }
    }

    int mentionIndexAt(int pos) const
    {
        auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                   [](int p, const Mention &m) { return p < m.range.start; });
        if (it == m_mentions.cbegin())
            return -1;
        --it;
        return it->range.contains(pos) ? int(it - m_mentions.cbegin()) : -1;
    }

    struct Attribution {
        int cueTok = -1;
        std::optional<TextRange> speaker;
        int speakerEntity = -1;
    };

    // A speaker next to the cue: a PER/ORG mention, a pronoun, or "the government"-like phrase.
    bool speakerAround(int cueTok, int lo, int hi, bool preferAfter, Attribution &a) const
    {
        auto tryAt = [&](int k) -> bool {
            if (k < lo || k >= hi)
                return false;
            const int mi = mentionIndexAt(m_toks[k].start);
            if (mi >= 0 && (m_mentions[mi].type == EntityType::PER || m_mentions[mi].type == EntityType::ORG)) {
                a.speaker = m_mentions[mi].range;
                a.speakerEntity = m_mentions[mi].entity;
                return true;
            }
            const QString w = lower(k);
            if (pronouns().contains(w) && w != u"it") {
                a.speaker = m_toks[k].range();
                a.speakerEntity = resolvePronoun(w, k);
                return true;
            }
            if (nominalHeads().contains(w)) {
                int s = k;
                while (s > lo && s > k - 3 && (lower(s - 1) == u"the" || m_toks[s - 1].kind == TokenKind::Word)
                       && !speechVerbs().contains(lower(s - 1)) && lower(s - 1) != u"said") {
                    --s;
                    if (lower(s) == u"the")
                        break;
                }
                a.speaker = TextRange{m_toks[s].start, m_toks[k].end};
                return true;
            }
            return false;
        };
        const int order[] = {1, 2, 3, 4, 5, 6};
        for (int d : order) {
            if (preferAfter) {
                if (tryAt(cueTok + d) || tryAt(cueTok - d))
                    return true;
            } else if (tryAt(cueTok - d) || tryAt(cueTok + d)) {
                return true;
            }
        }
        return false;
    }

    // he/she → the most recent person mentioned before token k (within ~3 paragraphs).
    int resolvePronoun(const QString &pronoun, int k) const
    {
        if (pronoun != u"he" && pronoun != u"she" && pronoun != u"i")
            return -1;
        const int pos = m_toks[k].start;
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
                                   [](const Mention &m, int p) { return m.range.start < p; });
        while (it != m_mentions.cbegin()) {
            --it;
            if (pos - it->range.end > 3000)
                break;
            if (it->type == EntityType::PER)
                return it->entity;
        }
        return -1;
    }

    // Looks for "…,” he said" after the closing mark and "X said: “…" before the opening one.
    Attribution attribute(const QuoteSpan &q) const
    {
        Attribution a;
        const int sentAfter = q.closeTok >= 0 ? m_tt.sentenceOfToken(q.closeTok) : -1;
        if (q.closeTok >= 0) {
            int k = q.closeTok + 1;
            const int limit = std::min<int>(int(m_toks.size()), k + 10);
            int sentEnd = sentAfter >= 0 ? m_tt.sentences[sentAfter].endToken : limit;
            if (k < m_toks.size() && m_toks[k].has(TokenFlag::SentenceStart))
                sentEnd = k;  // the quote ended its sentence: look only before
            for (; k < std::min(limit, sentEnd); ++k) {
                if (speechVerbs().contains(lower(k))) {
                    a.cueTok = k;
                    speakerAround(k, q.closeTok + 1, sentEnd, false, a);
                    return a;
                }
                if (markKind(k) == Mark::Open)
                    break;
            }
        }
        // before the opening mark, in the same sentence
        const int s = m_tt.sentenceOfToken(q.openTok);
        const int sentStart = m_tt.sentences[s].firstToken;
        for (int k = q.openTok - 1; k >= sentStart && k >= q.openTok - 12; --k) {
            const QString w = lower(k);
            if (speechVerbs().contains(w) || (w == u"according" && k + 1 < q.openTok && lower(k + 1) == u"to")) {
                a.cueTok = k;
                speakerAround(k, sentStart, q.openTok, w == u"according", a);
                return a;
            }
        }
        return a;
    }

    bool directStart(const QuoteSpan &q, const Attribution &a) const
    {
        // A direct quote starts its sentence, or follows "said," / "said:" right away.
        if (q.openTok == 0 || m_toks[q.openTok].has(TokenFlag::SentenceStart))
            return true;
        const QStringView prev = word(q.openTok - 1);
        if (prev == u":" || (prev == u"," && a.cueTok >= 0 && a.cueTok < q.openTok))
            return true;
        const int first = q.openTok + 1;
        return first < m_toks.size() && m_toks[first].has(TokenFlag::Capitalized) && a.cueTok < q.openTok;
    }

    QList<Quote> run(const CancelToken &cancel)
    {
        QList<Quote> out;
        const QList<QuoteSpan> spans = pairMarks();
        QList<bool> used(spans.size(), false);
        int lastSpeakerEntity = -1;
        std::optional<TextRange> lastSpeaker;
        int lastParagraphStartTok = -1;
        for (int i = 0; i < spans.size(); ++i) {
            if (cancel.isCancelled())
                return out;
            if (used[i])
                continue;
            const QuoteSpan &q = spans[i];
            Attribution a = attribute(q);
            Quote quote;
            quote.parts = q.parts;
            const int words = countWords(q.parts);
            if (a.cueTok < 0 && words < 4)
                continue;  // scare quotes, titles
            if (!directStart(q, a) && a.cueTok >= 0 && a.cueTok < q.openTok) {
                // mixed: the reported clause from after the cue carries the quoted fragment
                int from = a.cueTok + 1;
                while (from < q.openTok && (lower(from) == u"that" || lower(from) == u"to" || word(from) == u","
                                            || mentionIndexAt(m_toks[from].start) >= 0))
                    ++from;
                if (a.speaker && m_toks[from].start < a.speaker->end)
                    from = m_tt.tokenAtOrAfter(a.speaker->end);
                while (from < q.openTok && (lower(from) == u"that" || word(from) == u","))
                    ++from;
                const int end = q.closeTok >= 0 ? m_toks[q.closeTok].end : q.parts.back().end;
                quote.parts = {TextRange{m_toks[from].start, end}};
                quote.kind = QuoteKind::Mixed;
            } else {
                quote.kind = QuoteKind::Direct;
            }
            // "A," he said. "B." — a following quote in the same paragraph with no cue of its own.
            if (!q.nested && a.cueTok > q.closeTok && q.closeTok >= 0) {
                const int paraEnd = paragraphEndToken(q.closeTok);
                for (int j = i + 1; j < spans.size(); ++j) {
                    const QuoteSpan &next = spans[j];
                    if (next.nested)
                        continue;
                    if (next.openTok >= paraEnd)
                        break;
                    const Attribution na = attribute(next);
                    if (na.cueTok >= 0 && na.cueTok != a.cueTok)
                        break;
                    quote.parts += next.parts;
                    used[j] = true;
                    // keep nested quotes of the merged span
                }
            }
            if (a.cueTok >= 0)
                quote.cue = m_toks[a.cueTok].range();
            if (lower(a.cueTok >= 0 ? a.cueTok : 0) == u"according" && a.cueTok + 1 < m_toks.size())
                quote.cue = TextRange{m_toks[a.cueTok].start, m_toks[a.cueTok + 1].end};
            quote.speaker = a.speaker;
            quote.speakerEntity = a.speakerEntity;
            // A quote with no cue in the paragraph after a speaker's quote continues that speaker.
            if (a.cueTok < 0 && !q.nested && lastParagraphStartTok >= 0) {
                quote.speaker = lastSpeaker;
                quote.speakerEntity = lastSpeakerEntity;
            }
            if (a.speaker) {
                lastSpeaker = a.speaker;
                lastSpeakerEntity = a.speakerEntity;
                lastParagraphStartTok = q.openTok;
            }
            finish(quote);
            out.append(quote);
        }
        appendIndirect(out, cancel);
        std::sort(out.begin(), out.end(), [](const Quote &x, const Quote &y) {
            return x.range.start != y.range.start ? x.range.start < y.range.start : x.range.end > y.range.end;
        });
        return out;
    }

    int countWords(const QList<TextRange> &parts) const
    {
        int words = 0;
        for (const TextRange &r : parts) {
            const int a = m_tt.tokenAtOrAfter(r.start);
            for (int k = a; k < m_toks.size() && m_toks[k].start < r.end; ++k)
                words += m_toks[k].kind == TokenKind::Word ? 1 : 0;
        }
        return words;
    }

    static void finish(Quote &q)
    {
        q.range = {q.parts.front().start, q.parts.back().end};
        for (const TextRange &p : q.parts) {
            q.range.start = std::min(q.range.start, p.start);
            q.range.end = std::max(q.range.end, p.end);
        }
    }

    bool insideAny(const QList<Quote> &qs, int pos) const
    {
        for (const Quote &q : qs)
            if (q.range.contains(pos))
                return true;
        return false;
    }

    // "X said (that) CLAUSE." / "X warned that …" / "X urged Y to …" in sentences without a
    // direct quote at that point.
    void appendIndirect(QList<Quote> &out, const CancelToken &cancel) const
    {
        const QList<Quote> direct = out;
        for (int si = 0; si < m_tt.sentences.size(); ++si) {
            if ((si & 127) == 0 && cancel.isCancelled())
                return;
            const Sentence &s = m_tt.sentences[si];
            for (int k = s.firstToken; k < s.endToken; ++k) {
                const QString w = lower(k);
                const bool according = w == u"according" && k + 1 < s.endToken && lower(k + 1) == u"to";
                if (!reportingVerbs().contains(w) && w != u"urged" && !according)
                    continue;
                if (insideAny(direct, m_toks[k].start))
                    continue;
                int from = k + 1;
                Attribution a;
                a.cueTok = k;
                if (according) {
                    // "according to X, CLAUSE"
                    speakerAround(k + 1, k + 2, s.endToken, true, a);
                    int comma = k + 2;
                    while (comma < s.endToken && word(comma) != u",")
                        ++comma;
                    if (comma >= s.endToken - 1)
                        continue;
                    from = comma + 1;
                } else {
                    if (!speakerAround(k, s.firstToken, k, false, a))
                        continue;
                    // skip a date, a listener ("told reporters") and "that"
                    int steps = 0;
                    while (from < s.endToken && steps < 4
                           && (mentionIndexAt(m_toks[from].start) >= 0 || lower(from) == u"reporters"
                               || lower(from) == u"him" || lower(from) == u"her" || lower(from) == u"them")) {
                        const int mi = mentionIndexAt(m_toks[from].start);
                        from = mi >= 0 ? m_tt.tokenAtOrAfter(m_mentions[mi].range.end) : from + 1;
                        ++steps;
                    }
                    if (from < s.endToken && lower(from) == u"that")
                        ++from;
                    else if (w != u"said" && w != u"says" && w != u"urged" && w != u"told" && w != u"saying")
                        continue;
                }
                int to = s.endToken;
                while (to > from && (m_toks[to - 1].kind == TokenKind::Punct))
                    --to;
                if (to - from < 4)
                    continue;
                // a direct quote starting inside the clause makes this a mixed one, handled above
                bool overlapsDirect = false;
                for (const Quote &d : direct)
                    overlapsDirect = overlapsDirect || d.range.overlaps({m_toks[from].start, m_toks[to - 1].end});
                if (overlapsDirect)
                    continue;
                Quote q;
                q.kind = QuoteKind::Indirect;
                q.parts = {TextRange{m_toks[from].start, m_toks[to - 1].end}};
                q.cue = according ? TextRange{m_toks[k].start, m_toks[k + 1].end} : m_toks[k].range();
                q.speaker = a.speaker;
                q.speakerEntity = a.speakerEntity;
                finish(q);
                out.append(q);
                break;  // one reported clause per sentence
            }
        }
    }

private:
    QStringView m_text;
    const TokenizedText &m_tt;
    const QList<Token> &m_toks;
    const QList<Mention> &m_mentions;
    const QList<Entity> &m_entities;
};

} // namespace

QList<Quote> QuoteFinder::find(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                               const QList<Entity> &entities, const CancelToken &cancel) const
{
    if (tokens.tokens.isEmpty())
        return {};
    Finder f(text, tokens, mentions, entities);
    return f.run(cancel);
}

} // namespace lede
