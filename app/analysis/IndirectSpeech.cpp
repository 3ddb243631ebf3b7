#include "analysis/IndirectSpeech.h"
#include "analysis/ClauseBreaks.h"
#include "analysis/HeadlineSource.h"

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

constexpr int kMaxLead = 6;
constexpr int kLongSource = 30;  // tokens of a source after "according to" before its comma  // tokens of a prepositional phrase between a frame and the clause end

bool beForm(const QString &w)
{
    return w == u"is" || w == u"was" || w == u"were" || w == u"are" || w == u"been" || w == u"being" || w == u"be"
           || w == u"'s" || w == u"’s" || w == u"get" || w == u"got";
}

} // namespace

IndirectSpeech::IndirectSpeech(const QuoteContext &cx, const QList<QuotedSpan> &spans)
    : m_cx(cx), m_spans(spans), m_speakers(cx)
{
    m_spanAt.fill(-1, cx.size());
    for (int s = 0; s < spans.size(); ++s) {
        if (spans[s].parent >= 0)
            continue;
        for (int t = spans[s].open; t <= spans[s].lastToken && t < cx.size(); ++t)
            m_spanAt[t] = s;
    }
}

static bool isTerminalTok(const QuoteContext &cx, int i)
{
    if (i < 0 || i >= cx.size() || cx.tok(i).kind != TokenKind::Punct)
        return false;
    const QChar c = cx.text()[cx.tok(i).start];
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

int IndirectSpeech::contentStartAfter(int k, const CueInfo &cue, int sentEnd) const
{
    int j = m_speakers.afterCue(k);
    bool listenerDone = !cue.has(CueFrame::Listener);
    for (int guard = 0; guard < 6 && j < sentEnd; ++guard) {
        const int m = m_cx.mention(j);
        if (m >= 0 && m_cx.mentions()[m].type == EntityType::DATE) {
            while (j < sentEnd && m_cx.mention(j) == m)
                ++j;
            continue;
        }
        if (m_cx.is(j, WordFlag::Temporal | WordFlag::Adverb) && !m_cx.cue(j) && m_cx.namedMention(j) < 0) {
            ++j;
            continue;
        }
        if ((m_cx.lower(j) == u"on" || m_cx.lower(j) == u"in" || m_cx.lower(j) == u"last") && j + 1 < sentEnd
            && m_cx.is(j + 1, WordFlag::Temporal)) {
            j += 2;  // "on Monday", "last week"
            continue;
        }
        if (listenerDone) {
            // "writing Secretary of State Condoleezza Rice that …": an addressee before "that"
            if (auto sp = m_speakers.phraseStartingAt(j, sentEnd); sp && sp->lastTok + 1 < sentEnd
                && m_cx.lower(sp->lastTok + 1) == u"that" && sp->lastTok - j < 6) {
                j = sp->lastTok + 1;
                continue;
            }
        }
        if (!listenerDone) {
            listenerDone = true;
            if (m_cx.is(j, WordFlag::Listener)) {
                ++j;
                continue;
            }
            if (auto sp = m_speakers.phraseStartingAt(j, sentEnd)) {
                j = sp->lastTok + 1;
                continue;
            }
        }
        const QString &w = m_cx.lower(j);
        if (w == u"that" || m_cx.isPunct(j, u':') || m_cx.isPunct(j, u',')) {
            ++j;
        }
        break;
    }
    return j;
}

int IndirectSpeech::contentEnd(int from, int sentEnd, const Flags &blocked) const
{
    int e = sentEnd;
    for (int t = from; t < sentEnd; ++t) {
        if (blocked[t] || m_cx.isPunct(t, u';')) {
            e = t;
            break;
        }
        if (t - from >= 3 && t + 1 < sentEnd && m_spanAt[t] < 0) {
            const int nx = t + 1;
            const bool comma = m_cx.isPunct(t, u',');
            const bool conj = m_cx.is(t, WordFlag::Conjunction) && (m_cx.lower(t) == u"and" || m_cx.lower(t) == u"but");
            // "… and urged voters …", "… but warning that …": a second speech verb of the speaker's
            // (another verb — "she was tired … and wanted a candidate who …" — goes on with
            // the reported clause)
            int v = nx;  // "… and has also not answered …"
            while (conj && v + 1 < sentEnd && v - nx < 3 && m_cx.is(v, WordFlag::Auxiliary | WordFlag::Adverb | WordFlag::Negation)
                   && !m_cx.is(v, WordFlag::Pronoun))
                ++v;
            if (conj && m_cx.cue(v) && m_cx.cue(v)->cls == CueClass::Speech && verbForm(v)) {
                e = t;
                break;
            }
            // "…, which aims to oust the monarchy": a relative clause about the content
            if (comma && m_cx.lower(nx) == u"which") {
                e = t;
                break;
            }
            if (comma && clauseBoundaryAfterComma(nx)) {
                e = t;
                break;
            }
        }
        if (m_cx.is(t, WordFlag::Conjunction) && t > from && t + 1 < sentEnd) {
            // "… and Donald Trump says …": a coordinated clause with a frame of its own
            bool frame = false;
            for (int c = t + 1; c < std::min(t + 7, sentEnd) && !frame; ++c) {
                if (!m_cx.cue(c) || m_cx.cue(c)->cls != CueClass::Speech)
                    continue;
                auto sp = m_speakers.before(c, t + 1);
                frame = sp && sp->firstTok == t + 1 && sp->kind != SpeakerKind::Nominal;
                break;
            }
            if (frame) {
                e = t;
                break;
            }
        }
        if (!(m_cx.isPunct(t, u',') || m_cx.isDash(t)) || t + 1 >= sentEnd)
            continue;
        const int nx = t + 1;
        if (m_cx.lower(nx) == u"according" && nx + 1 < sentEnd && m_cx.lower(nx + 1) == u"to") {
            e = t;
            break;
        }
        if (const CueInfo *c = m_cx.cue(nx)) {
            if (c->cls == CueClass::Speech && (c->has(CueFrame::Participle) || m_speakers.after(nx, sentEnd))) {
                e = t;
                break;
            }
        }
        bool frame = false;
        for (int c = nx; c < std::min(nx + 6, sentEnd) && !frame; ++c) {
            if (!m_cx.cue(c) || m_cx.cue(c)->cls != CueClass::Speech)
                continue;
            auto sp = m_speakers.before(c, nx);
            frame = sp && (sp->firstTok == nx || (sp->firstTok == nx + 1 && m_cx.is(nx, WordFlag::Conjunction | WordFlag::Relative)));
            break;
        }
        if (frame) {
            e = t;
            break;
        }
    }
    while (e > from && m_cx.tok(e - 1).kind == TokenKind::Punct && !m_cx.isQuoteMark(e - 1)
           && !m_cx.isPunct(e - 1, u')'))
        --e;
    return e;
}

bool IndirectSpeech::clauseBoundaryAfterComma(int nx) const
{
    const QString &w = m_cx.lower(nx);
    // "…, who …", "…, while Republican candidates …", "…, though she did not …": a clause
    // about the content or beside it, not part of what was said
    if (w == u"who" || w == u"whom" || w == u"whose" || w == u"while" || w == u"though" || w == u"although"
        || w == u"whereas" || w == u"despite" || newClauseAfterComma(m_cx, nx))
        return true;
    // "… Harold Doley, a banker and former Reagan administration official": an appositive
    return (w == u"a" || w == u"an") && m_cx.namedMention(nx - 2) >= 0;
}

bool IndirectSpeech::goesOnAfterFrame(int t) const
{
    // "Mr. Trump is so reckless, the vice president said, that if …", "He is leaning toward
    // Kasich, he said, because …": the clause goes on past the parenthetical frame
    const QString &w = m_cx.lower(t);
    return w == u"that" || (m_cx.is(t, WordFlag::Subordinator) && w != u"where");
}

std::optional<ReportedClause> IndirectSpeech::askedQuestion(int k, int p, int sentFirst, int sentEnd, const Flags &blocked) const
{
    // "Asked whether he would fundraise, Sanders said …", "When asked about it, …", "She was
    // asked if she had …": the question put to someone, who is not its speaker — the content
    // is the question, up to the comma; the asker is not named
    const bool opens = p < sentFirst || (m_cx.is(p, WordFlag::Subordinator) && p - 1 < sentFirst);
    const QString &w = p >= sentFirst ? m_cx.lower(p) : QString();
    if (!opens && !beForm(w))
        return std::nullopt;
    int first = k + 1;
    while (first < sentEnd && m_cx.is(first, WordFlag::Adverb | WordFlag::Temporal) && !m_cx.cue(first))
        ++first;
    if (first >= sentEnd)
        return std::nullopt;
    const QString &f = m_cx.lower(first);
    const bool question = f == u"whether" || f == u"if" || f == u"about" || f == u"why" || f == u"what" || f == u"how"
                          || f == u"who" || f == u"when" || f == u"which" || f == u"where" || f == u"to";
    // "was asked about the plan" names a topic, not a question: only "(When) asked about it, …"
    // opening a sentence is taken as the question put
    if (!question || (f == u"about" && !opens))
        return std::nullopt;
    int end = first;
    while (end < sentEnd && !m_cx.isPunct(end, u',') && !m_cx.isPunct(end, u';') && !isTerminalTok(m_cx, end)
           && !blocked[end] && !m_cx.isQuoteMark(end))
        ++end;
    ReportedClause r;
    r.attr = Attribution{k, k, std::nullopt, k};
    if (!finish(r, first, end, blocked))
        return std::nullopt;
    return r;
}

std::optional<ReportedClause> IndirectSpeech::expectedTo(int k, int p, int sentFirst, int sentEnd, const Flags &blocked) const
{
    // "It is expected to show another solid gain": what is expected of the subject — the
    // subject and the infinitive, with no speaker
    int subj = p - 1;
    while (subj >= sentFirst && m_cx.is(subj, WordFlag::Adverb | WordFlag::Negation))
        --subj;
    std::optional<SpeakerSpan> sp = subj >= sentFirst ? m_speakers.phraseEndingAt(subj, sentFirst) : std::nullopt;
    if (!sp)
        return std::nullopt;
    const int first = k + 1;  // "to"
    const int end = contentEnd(first, sentEnd, blocked);
    ReportedClause r;
    r.attr = Attribution{p, k, std::nullopt, k};
    if (!finish(r, first, end, blocked))
        return std::nullopt;
    r.content.start = m_cx.tok(sp->firstTok).start;
    r.gap = TextRange{m_cx.tok(sp->lastTok).end, m_cx.tok(first).start};
    return r;
}

bool IndirectSpeech::standsAlone(int p) const
{
    // "Some said …", "Another said …": a determiner standing for the people it counts
    const QString &w = m_cx.lower(p);
    return (w == u"some" || w == u"another" || w == u"each")
           && !m_cx.is(p - 1, WordFlag::Preposition | WordFlag::Determiner | WordFlag::Possessive);
}

bool IndirectSpeech::controlWord(const QString &w)
{
    // words that take "to" + a speech verb without being cues themselves
    static const QStringList words = {
        u"had"_s, u"has"_s, u"have"_s, u"going"_s, u"able"_s, u"unable"_s, u"likely"_s, u"unlikely"_s, u"quick"_s,
        u"tried"_s, u"tries"_s, u"try"_s, u"began"_s, u"begun"_s, u"ready"_s, u"eager"_s, u"willing"_s,
        u"used"_s, u"on"_s, u"taken"_s, u"took"_s, u"set"_s, u"moved"_s, u"rushed"_s, u"careful"_s, u"sure"_s,
        u"happy"_s, u"glad"_s, u"proud"_s, u"prepared"_s, u"forced"_s, u"needs"_s, u"need"_s, u"needed"_s};
    return words.contains(w);
}

bool IndirectSpeech::verbForm(int i) const
{
    // a verb starting a clause of its own: a cue, or an open-class "-ed" / "-ing" word
    if (!m_cx.isWord(i) || m_cx.tok(i).has(TokenFlag::Capitalized) || m_cx.namedMention(i) >= 0)
        return false;
    if (m_cx.cue(i))
        return true;
    if (m_cx.flags(i) != 0)
        return false;
    const QString &w = m_cx.lower(i);
    return w.size() > 4 && (w.endsWith(u"ed") || w.endsWith(u"ing"));
}

bool IndirectSpeech::clausalAfter(int from, int sentEnd) const
{
    // A clause, not a bare noun phrase: a verb form, "to" + verb, "that", a wh-word.
    for (int t = from; t < sentEnd; ++t) {
        const QString &w = m_cx.lower(t);
        if (m_cx.is(t, WordFlag::Auxiliary | WordFlag::Negation | WordFlag::CommonVerb) || m_cx.cue(t) || w == u"that"
            || w == u"whether" || w == u"how" || w == u"why" || w == u"what")
            return true;  // a verb form or a clause opener
        if (t == from && (w == u"he" || w == u"she" || w == u"it" || w == u"they" || w == u"we" || w == u"i" || w == u"there"))
            return true;  // "say it goes too far": a subject opens the content
        if (w == u"to" && t > from && t + 1 < sentEnd && m_cx.isWord(t + 1) && m_cx.namedMention(t + 1) < 0
            && !m_cx.is(t + 1, WordFlag::Determiner | WordFlag::Possessive | WordFlag::Pronoun | WordFlag::Quantifier))
            return true;  // "to" + a verb
        if (m_cx.isPunct(t, u',') || m_cx.isPunct(t, u';') || m_cx.is(t, WordFlag::Relative | WordFlag::Subordinator))
            return false;
    }
    return false;
}

bool IndirectSpeech::inLeadingSubordinate(int k, int sentFirst) const
{
    if (!m_cx.is(sentFirst, WordFlag::Subordinator) || m_cx.lower(sentFirst) == u"as")
        return false;
    for (int t = sentFirst; t < k; ++t)
        if (m_cx.isPunct(t, u','))
            return false;
    return true;
}

int IndirectSpeech::postposedFrame(int frameFirst, int frameTail, int sentFirst, int sentEnd, bool listener) const
{
    // "CLAUSE, he said (in a statement) (on Monday)." — also "…, the BBC reported",
    // "…, Mayor Ted Terry noted": a determiner or title words before the speaker
    int comma = frameFirst - 1;
    while (comma > sentFirst && frameFirst - comma <= 4 && m_cx.isWord(comma)
           && (m_cx.is(comma, WordFlag::Determiner) || m_cx.tok(comma).has(TokenFlag::Capitalized))
           && !m_cx.is(comma, WordFlag::Pronoun))
        --comma;
    if (comma - sentFirst < 2 || !(m_cx.isPunct(comma, u',') || m_cx.isDash(comma)
                                   || (m_cx.isQuoteMark(comma) && markRole(m_cx, comma) == MarkRole::Close)))
        return -1;
    if (m_cx.is(frameFirst, WordFlag::Relative))
        return -1;
    int t = frameTail;
    bool inPhrase = false;
    for (int steps = 0; t < sentEnd && steps <= kMaxLead; ++steps, ++t) {
        if (isTerminalTok(m_cx, t) || m_cx.isPunct(t, u',') || m_cx.isPunct(t, u';') || m_cx.isDash(t)
            || m_cx.isPunct(t, u'('))
            return comma;
        const int m = m_cx.mention(t);
        if (m >= 0 && m_cx.mentions()[m].type == EntityType::DATE)
            continue;
        if (m_cx.is(t, WordFlag::Preposition) && m_cx.lower(t) != u"that") {
            inPhrase = true;
            continue;
        }
        if (m_cx.is(t, WordFlag::Temporal | WordFlag::Adverb) && !m_cx.cue(t))
            continue;
        if (t == frameTail && listener && (m_cx.is(t, WordFlag::Listener) || m_cx.namedMention(t) >= 0
                                           || m_cx.is(t, WordFlag::Determiner))) {
            inPhrase = true;  // "…, he told the court in his filing."
            continue;
        }
        if (!inPhrase || m_cx.cue(t) || m_cx.lower(t) == u"that")
            return -1;
    }
    return t >= sentEnd ? comma : -1;
}

bool IndirectSpeech::finish(ReportedClause &r, int first, int end, const Flags &blocked) const
{
    while (first < end && (m_cx.isPunct(first, u',') || m_cx.isDash(first)))
        ++first;
    if (end <= first)
        return false;
    int words = 0;
    for (int t = first; t < end; ++t) {
        if (blocked[t])
            return false;
        words += m_cx.isWord(t) ? 1 : 0;
    }
    const bool named = m_cx.namedMention(first) >= 0;
    if (words < 2 && !(words == 1 && named))
        return false;
    r.content = {m_cx.tok(first).start, m_cx.tok(end - 1).end};
    r.fragments.clear();
    for (int t = first; t < end; ++t) {
        const int s = m_spanAt[t];
        if (s >= 0 && (r.fragments.isEmpty() || r.fragments.back() != s))
            r.fragments.append(s);
    }
    if (r.fragments.isEmpty()) {
        r.kind = QuoteKind::Indirect;
    } else {
        const QuotedSpan &f = m_spans[r.fragments.front()];
        const bool whole = r.fragments.size() == 1 && f.open <= first && f.lastToken >= end - 1;
        r.kind = whole ? QuoteKind::Direct : QuoteKind::Mixed;
        // a fragment running past the clause end belongs to it whole
        const QuotedSpan &l = m_spans[r.fragments.back()];
        if (l.lastToken >= end)
            r.content.end = m_cx.tok(l.lastToken).end;
    }
    return true;
}

std::optional<ReportedClause> IndirectSpeech::according(int k, int sentFirst, int sentEnd, const Flags &blocked) const
{
    auto sp = m_speakers.phraseStartingAt(k + 2, sentEnd);
    if (!sp)
        return std::nullopt;
    // "according to (news) reports" hedges; it names no source
    if (sp->kind == SpeakerKind::Nominal && !m_cx.is(sp->firstTok, WordFlag::Determiner | WordFlag::Quantifier)
        && sp->mention < 0
        && (m_cx.lower(sp->lastTok) == u"reports" || m_cx.lower(sp->lastTok) == u"accounts"
            || (sp->lastTok + 1 < sentEnd && (m_cx.lower(sp->lastTok + 1) == u"reports" || m_cx.lower(sp->lastTok + 1) == u"accounts"))))
        return std::nullopt;
    ReportedClause r;
    r.attr = Attribution{k, k + 1, sp, sp->lastTok};
    int after = sp->lastTok + 1;
    // "According to a January 2016 study by the Pew Research Center based on census data,
    // CLAUSE": a source longer than a phrase, up to the comma
    if (after < sentEnd && !m_cx.isPunct(after, u',') && !(k > sentFirst && m_cx.isPunct(k - 1, u','))) {
        int comma = after;
        while (comma < sentEnd && comma - k <= kLongSource && m_cx.isWord(comma) && !m_cx.cue(comma))
            ++comma;
        if (comma < sentEnd && m_cx.isPunct(comma, u',')) {
            r.attr.speaker->range.end = m_cx.tok(comma - 1).end;
            r.attr.speaker->lastTok = comma - 1;
            r.attr.frameLast = comma - 1;
            after = comma;
        }
    }
    // "according to X, CLAUSE"
    if (after < sentEnd && m_cx.isPunct(after, u',') && !(k > sentFirst && m_cx.isPunct(k - 1, u','))) {
        const int end = contentEnd(after + 1, sentEnd, blocked);
        if (finish(r, after + 1, end, blocked))
            return r;
    }
    // "CLAUSE, according to X" and "A, according to X, B"
    if (k - 1 > sentFirst && (m_cx.isPunct(k - 1, u',') || m_cx.isDash(k - 1))) {
        const bool left = finish(r, sentFirst, k - 1, blocked);
        if (!left) {
            // "But, according to the poll, 46 percent …": only the clause after it
            if (after < sentEnd && (m_cx.isPunct(after, u',') || m_cx.isDash(after))
                && finish(r, after + 1, contentEnd(after + 1, sentEnd, blocked), blocked))
                return r;
            return std::nullopt;
        }
        int leftWords = 0;
        for (int t = sentFirst; t < k - 1; ++t)
            leftWords += m_cx.isWord(t) ? 1 : 0;
        // "A, according to X, B": B goes on with A only when A is short ("This weekend,");
        // after a whole clause it describes X ("…, according to Bill McInturff, a pollster who …")
        if (leftWords <= 3 && after + 1 < sentEnd && (m_cx.isPunct(after, u',') || m_cx.isDash(after)) && !verbForm(after + 1)
            && !m_cx.is(after + 1, WordFlag::Subordinator | WordFlag::Relative)) {
            ReportedClause rest = r;
            const int end = contentEnd(after + 1, sentEnd, blocked);
            if (finish(rest, after + 1, end, blocked)) {
                r.content.end = rest.content.end;
                r.gap = TextRange{m_cx.tok(k - 1).start, m_cx.tok(after + 1).start};
                if (rest.kind != QuoteKind::Indirect)
                    r.kind = QuoteKind::Mixed;
            }
        }
        return r;
    }
    return std::nullopt;
}

std::optional<ReportedClause> IndirectSpeech::atCue(int k, int sentStart, int sentFirst, int sentEnd, const Flags &blocked) const
{
    // sentStart: the sentence's first token; sentFirst: where content before the cue may start
    const CueInfo &c = *m_cx.cue(k);
    const int afterCue = m_speakers.afterCue(k);
    if ((c.has(CueFrame::NeedsParticle) && afterCue == k + 1) || c.has(CueFrame::DirectOnly))
        return std::nullopt;
    if ((c.lemma == u"decline" || c.lemma == u"refuse") && (k + 1 >= sentEnd || m_cx.lower(k + 1) != u"to"))
        return std::nullopt;
    if (c.lemma == u"add" && k + 1 < sentEnd && m_cx.lower(k + 1) == u"to")
        return std::nullopt;  // "is adding to her lead"
    int p = k - 1;
    while (p >= sentFirst && m_cx.is(p, WordFlag::Adverb | WordFlag::Negation) && !m_cx.is(p, WordFlag::Pronoun))
        --p;
    if (c.lemma == u"ask" && m_cx.lower(k) == u"asked")
        if (auto q = askedQuestion(k, p, sentFirst, sentEnd, blocked))
            return q;
    int subjectEnd = k;  // the subject is sought before this token
    if (p >= sentFirst) {
        const QString &w = m_cx.lower(p);
        if ((m_cx.is(p, WordFlag::Determiner | WordFlag::Possessive) && !m_cx.is(p, WordFlag::Pronoun) && w != u"that"
             && !standsAlone(p))
            || ((w == u"’s" || w == u"'s") && !m_cx.is(p - 1, WordFlag::Pronoun | WordFlag::Relative)))
            return std::nullopt;  // "his claims", "the report", "Trump’s support"
        if (w == u"to" && p - 1 >= sentFirst
            && (controlWord(m_cx.lower(p - 1))
                || (m_cx.isWord(p - 1) && m_cx.flags(p - 1) == 0 && !m_cx.cue(p - 1) && verbForm(p - 1)))) {
            subjectEnd = p - 1;  // "had to explain", "is unlikely to tell", "are quick to point out"
        } else {
            if (m_cx.is(p, WordFlag::Preposition)) {
                // "to say", "of saying" — but "after stating that …", "by arguing that …"
                if (!m_cx.lower(k).endsWith(u"ing") || w == u"of")
                    return std::nullopt;
                subjectEnd = -1;
            }
            if (c.has(CueFrame::PastParticiple) && beForm(w)) {
                if (c.lemma == u"expect" && m_cx.lower(afterCue) == u"to")
                    return expectedTo(k, p, sentFirst, sentEnd, blocked);
                return std::nullopt;  // passive: "was asked", "is expected"
            }
        }
    }
    if (c.has(CueFrame::PastParticiple) && afterCue < sentEnd
        && (m_cx.lower(afterCue) == u"by" || m_cx.lower(afterCue) == u"as"))
        return std::nullopt;  // "… and confirmed as authentic by Kyaw Win"
    const bool topic = c.has(CueFrame::TopicObject) || (c.lemma == u"call" && afterCue > k + 1);  // "called for"
    if ((c.lemma == u"appear" || c.lemma == u"seem") && afterCue < sentEnd && m_cx.is(afterCue, WordFlag::Preposition)
        && m_cx.lower(afterCue) != u"to")
        return std::nullopt;  // "appeared on Trump’s Celebrity Apprentice": a place, not a view
    if (topic && !clausalAfter(afterCue, sentEnd))
        return std::nullopt;  // "talked about his experiences", "requested asylum"
    if (inLeadingSubordinate(k, sentFirst))
        return std::nullopt;  // "When she announced her plans, …"
    ReportedClause r;
    std::optional<SpeakerSpan> sp;
    const bool afterComma = p >= sentFirst && (m_cx.isPunct(p, u',') || m_cx.isDash(p));
    if (c.has(CueFrame::Participle) && afterComma && c.cls == CueClass::Attitude)
        return std::nullopt;  // ", showing …" is rarely someone's statement
    if (subjectEnd < 0) {
        // "In addition to stating that …", "to propose a carbon tax": the clause's subject, if any
        sp = m_speakers.clauseSubject(p, sentStart);
        const int first = contentStartAfter(k, c, sentEnd);
        const int end = contentEnd(first, sentEnd, blocked);
        r.attr = Attribution{k, afterCue - 1, sp, sp ? std::max(afterCue - 1, sp->lastTok) : afterCue - 1};
        if (!clausalAfter(first, end))
            return std::nullopt;
        if (!finish(r, first, end, blocked))
            return std::nullopt;
        return r;
    }
    if (c.has(CueFrame::Participle) && afterComma)
        sp = m_speakers.clauseSubject(p, sentStart);
    else
        sp = m_speakers.before(subjectEnd, sentStart);
    if (!sp && p >= sentFirst && m_cx.is(p, WordFlag::Conjunction))
        sp = m_speakers.clauseSubject(p, sentStart);  // "came out and said"
    bool inverted = false;
    if (!sp && afterComma) {
        sp = m_speakers.after(k, sentEnd);
        inverted = sp.has_value();
    }
    if (!sp)
        return std::nullopt;
    // "groups who have accused the generals of …", "voters who backed Trump": a relative
    // clause is reported only with a clause after the verb ("experts who say it is …")
    if (sp->kind == SpeakerKind::Pronoun && m_cx.lower(sp->firstTok) == u"who"
        && !clausalAfter(afterCue, sentEnd))
        return std::nullopt;
    r.attr = Attribution{k, afterCue - 1, sp, std::max(afterCue - 1, sp->lastTok)};
    if (!(c.has(CueFrame::Participle) && afterComma)) {
        const int frameFirst = inverted ? k : sp->firstTok;
        const int frameTail = inverted ? sp->lastTok + 1 : afterCue;
        if (const int comma = postposedFrame(frameFirst, frameTail, sentFirst, sentEnd, c.has(CueFrame::Listener));
            comma >= 0) {
            if (!finish(r, sentFirst, comma, blocked))
                return std::nullopt;
            // "A, these people said, B": the clause goes on after a parenthetical frame
            int after = frameTail;
            while (after < sentEnd && !m_cx.isPunct(after, u',') && !m_cx.isDash(after) && !isTerminalTok(m_cx, after))
                ++after;
            if (after + 1 < sentEnd && (m_cx.isPunct(after, u',') || m_cx.isDash(after))
                && !(m_cx.cue(after + 1) || m_cx.lower(after + 1) == u"according" || verbForm(after + 1)
                     || (m_cx.is(after + 1, WordFlag::Subordinator | WordFlag::Relative) && !goesOnAfterFrame(after + 1)))) {
                ReportedClause rest = r;
                const int end = contentEnd(after + 1, sentEnd, blocked);
                if (finish(rest, after + 1, end, blocked)) {
                    int leftWords = 0;
                    for (int t = sentFirst; t < comma; ++t)
                        leftWords += m_cx.isWord(t) ? 1 : 0;
                    if (leftWords <= 3) {
                        rest.attr = r.attr;  // "In particular, he said, the foundation had …"
                        return rest;
                    }
                    r.gap = TextRange{m_cx.tok(comma).start, m_cx.tok(after + 1).start};
                    r.content.end = rest.content.end;
                    if (rest.kind != QuoteKind::Indirect)
                        r.kind = QuoteKind::Mixed;
                }
            }
            return r;
        }
    }
    if (inverted)
        return std::nullopt;
    const int first = contentStartAfter(k, c, sentEnd);
    const int end = contentEnd(first, sentEnd, blocked);
    if (introducesDirect(end, sentEnd, blocked))
        return std::nullopt;
    if (!finish(r, first, end, blocked))
        return std::nullopt;
    if (c.lemma == u"seem" || c.lemma == u"appear") {
        // "The silencing of Justice Scalia's voice seemed to help other justices": how
        // something seems is said of its subject by no one in particular — the subject and
        // the complement are the content
        r.gap = TextRange{m_cx.tok(sp->lastTok).end, r.content.start};
        r.content.start = m_cx.tok(sp->firstTok).start;
        r.attr.speaker.reset();
    }
    return r;
}

bool IndirectSpeech::introducesDirect(int end, int sentEnd, const Flags &blocked) const
{
    // "Pollak observed the biggest victor was the stage itself: “…”": the clause runs into a
    // direct quote introduced by a colon — one attribution, which the direct quote stands for
    for (int t = end; t < sentEnd && t - end < 8; ++t) {
        if (m_cx.isPunct(t, u':'))
            return blocked[t] && m_cx.isQuoteMark(t + 1);
        if (!blocked[t] && !m_cx.isWord(t))
            return false;
    }
    return false;
}

std::optional<ReportedClause> IndirectSpeech::transcriptLine(int first, const Flags &blocked) const
{
    // "KATE BOULDUAN: Why not debate?" — a name in capitals (a person; in the headline, a
    // source: HeadlineSource) opening the paragraph, a colon, and the rest is what they said.
    const int pEnd = m_cx.paragraphEnd(first);
    int colon = first;
    while (colon < pEnd && colon - first < 4 && m_cx.isWord(colon))
        ++colon;
    if (colon == first || colon >= pEnd || !m_cx.isPunct(colon, u':') || colon + 2 >= pEnd)
        return std::nullopt;
    bool caps = true;
    for (int t = first; t < colon; ++t)
        caps = caps && m_cx.tok(t).has(TokenFlag::AllCaps);
    const bool person = m_cx.namedMention(colon - 1) >= 0
                        && m_cx.mentions()[m_cx.namedMention(colon - 1)].type == EntityType::PER
                        && m_cx.namedMention(first) == m_cx.namedMention(colon - 1);
    static const QStringList labels = {u"update"_s, u"note"_s, u"related"_s, u"editor"_s, u"photo"_s, u"video"_s,
                                       u"watch"_s, u"read"_s, u"source"_s, u"correction"_s, u"disclosure"_s,
                                       u"warning"_s, u"q"_s, u"a"_s, u"caption"_s, u"credit"_s};
    if ((!caps && !person && !headlineSource(m_cx, first, colon)) || labels.contains(m_cx.lower(first))
        || m_cx.isQuoteMark(colon + 1))
        return std::nullopt;
    ReportedClause r;
    SpeakerSpan sp{{m_cx.tok(first).start, m_cx.tok(colon - 1).end}, first, colon - 1, SpeakerKind::Named,
                   m_cx.namedMention(colon - 1)};
    r.attr = Attribution{colon, colon, sp, colon};
    if (!finish(r, colon + 1, pEnd, blocked))
        return std::nullopt;
    return r;
}

QList<ReportedClause> IndirectSpeech::find(const QList<TextRange> &blocked) const
{
    const int n = m_cx.size();
    Flags flags(n, 0);
    {
        int b = 0;
        for (int t = 0; t < n; ++t) {
            const int pos = m_cx.tok(t).start;
            while (b < blocked.size() && blocked[b].end <= pos)
                ++b;
            flags[t] = b < blocked.size() && blocked[b].contains(pos) ? 1 : 0;
        }
    }
    QList<ReportedClause> out;
    const int ns = int(m_cx.tokenized().sentences.size());
    for (int s = 0; s < ns; ++s) {
        int first = m_cx.sentenceFirst(s);
        const int end = m_cx.sentenceEnd(s);
        if (first == m_cx.paragraphFirst(first)) {
            if (auto r = transcriptLine(first, flags)) {
                out.append(*r);
                const int last = m_cx.tokenized().tokenAtOrAfter(r->content.end) - 1;
                while (s + 1 < ns && m_cx.sentenceFirst(s + 1) <= last)
                    ++s;
                continue;
            }
        }
        // "CLAUSE, according to X." is the outermost attribution: cues inside CLAUSE are
        // not reported separately
        for (int k = first + 1; k + 1 < end; ++k) {
            if (m_cx.lower(k) != u"according" || m_cx.lower(k + 1) != u"to" || flags[k] || m_spanAt[k] >= 0
                || !(m_cx.isPunct(k - 1, u',') || m_cx.isDash(k - 1)))
                continue;
            if (auto r = according(k, first, end, flags)) {
                out.append(*r);
                first = std::max(r->attr.frameLast, m_cx.tokenized().tokenAtOrAfter(r->content.end) - 1) + 1;
            }
            break;
        }
        // "CLAUSE (with cues of its own), Stovall said.": the frame at the end wins
        for (int k = end - 1; k > first + 2; --k) {
            if (flags[k] || m_spanAt[k] >= 0 || !m_cx.cue(k) || m_cx.cue(k)->cls != CueClass::Speech)
                continue;
            if (auto r = atCue(k, m_cx.sentenceFirst(s), first, end, flags);
                r && r->content.end <= m_cx.tok(k).start && !r->gap) {
                out.append(*r);
                first = end;
            }
            break;
        }
        for (int k = first; k < end; ++k) {
            if (flags[k] || m_spanAt[k] >= 0 || !m_cx.isWord(k))
                continue;
            std::optional<ReportedClause> r;
            if (m_cx.lower(k) == u"according" && k + 1 < end && m_cx.lower(k + 1) == u"to")
                r = according(k, first, end, flags);
            else if (m_cx.cue(k) && !(k - 3 >= first && m_cx.lower(k - 3) == u"according")
                     && !(k - 2 >= first && m_cx.lower(k - 2) == u"according"))
                r = atCue(k, m_cx.sentenceFirst(s), first, end, flags);
            if (!r)
                continue;
            out.append(*r);
            const int contentLast = m_cx.tokenized().tokenAtOrAfter(r->content.end) - 1;
            k = std::max(r->attr.frameLast, contentLast);
            first = k + 1;  // a later postposed clause starts after this one
        }
    }
    return out;
}

} // namespace lede
