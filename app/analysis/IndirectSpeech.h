// IndirectSpeech: reported speech and attributed thought — a cue (QuoteLexicon: "said",
// "told … that", "warned that", "according to", "urged", "believes", "endorsed" …) with its
// speaker and its content clause:
//   X said (that) CLAUSE            content after the cue, to the end of the clause
//   X told reporters (that) CLAUSE  a listener after tell/assure/remind is skipped
//   CLAUSE, X said. / CLAUSE, said X.   a frame after the content
//   according to X, CLAUSE / CLAUSE, according to X
//   …, saying CLAUSE                a participle takes the main clause's subject
//   A, X said, B                    a frame inside the clause: content in two parts
//   KATE BOULDUAN: …                a transcript line (a name in capitals, a colon)
//   Poll: … / Clinton camp: …       the same in the headline (HeadlineSource)
// The content clause ends at the sentence end, at a following frame of its own (", but
// Y argued …", ", saying …"), at a new clause after a comma (", but he stayed": ClauseBreaks),
// at "; " and at a direct quote. A clause that carries a
// quoted fragment (“must be taken seriously.”) is a mixed quote; one that is nothing but a
// quoted span is direct.
//
// Stateless; thread-safe.
#pragma once

#include "analysis/QuoteMarks.h"
#include "analysis/SpeakerFinder.h"

namespace lede {

struct ReportedClause {
    TextRange content;
    Attribution attr;
    QuoteKind kind = QuoteKind::Indirect;
    QList<int> fragments;  // quoted spans inside the content
    std::optional<TextRange> gap;  // a frame inside the content ("A, according to X, B")
};

class IndirectSpeech {
public:
    IndirectSpeech(const QuoteContext &cx, const QList<QuotedSpan> &spans);

    // Reported clauses outside `blocked` (the extents of direct quotes and their frames,
    // sorted by start), in text order.
    QList<ReportedClause> find(const QList<TextRange> &blocked) const;

private:
    using Flags = QList<char>;  // per token: inside a direct quote or its frame
    std::optional<ReportedClause> atCue(int k, int sentStart, int sentFirst, int sentEnd, const Flags &blocked) const;
    std::optional<ReportedClause> according(int k, int sentFirst, int sentEnd, const Flags &blocked) const;
    int contentEnd(int from, int sentEnd, const Flags &blocked) const;
    int contentStartAfter(int k, const CueInfo &cue, int sentEnd) const;
    std::optional<ReportedClause> transcriptLine(int first, const Flags &blocked) const;
    bool clausalAfter(int from, int sentEnd) const;
    static bool controlWord(const QString &w);
    bool clauseBoundaryAfterComma(int nx) const;
    bool goesOnAfterFrame(int t) const;
    bool standsAlone(int p) const;
    std::optional<ReportedClause> expectedTo(int k, int p, int sentFirst, int sentEnd, const Flags &blocked) const;
    std::optional<ReportedClause> askedQuestion(int k, int p, int sentFirst, int sentEnd, const Flags &blocked) const;
    bool verbForm(int i) const;
    bool inLeadingSubordinate(int k, int sentFirst) const;
    // The comma before a frame that ends the clause ("CLAUSE, he said."), or -1.
    int postposedFrame(int frameFirst, int frameTail, int sentFirst, int sentEnd, bool listener = false) const;
    bool introducesDirect(int end, int sentEnd, const Flags &blocked) const;
    bool finish(ReportedClause &r, int first, int end, const Flags &blocked) const;

    const QuoteContext &m_cx;
    const QList<QuotedSpan> &m_spans;
    SpeakerFinder m_speakers;
    QList<int> m_spanAt;  // per token: the top-level quoted span covering it (marks included), or -1
};

} // namespace lede
