#include "analysis/RuleEntityRecognizer.h"

#include "analysis/Gazetteer.h"

#include <QHash>
#include <QObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

const QSet<QString> &connectors()
{
    static const QSet<QString> s = {u"of"_s, u"for"_s, u"de"_s, u"del"_s, u"da"_s, u"du"_s,
                                    u"van"_s, u"von"_s, u"bin"_s, u"al"_s, u"la"_s, u"le"_s, u"on"_s};
    return s;
}

// Capitalised words that are not names on their own.
const QSet<QString> &commonCapitalised()
{
    static const QSet<QString> s = {
        u"I"_s, u"The"_s, u"A"_s, u"An"_s, u"In"_s, u"On"_s, u"At"_s, u"As"_s, u"But"_s, u"And"_s, u"Or"_s,
        u"He"_s, u"She"_s, u"It"_s, u"They"_s, u"We"_s, u"You"_s, u"His"_s, u"Her"_s, u"Their"_s, u"Its"_s,
        u"This"_s, u"That"_s, u"These"_s, u"Those"_s, u"There"_s, u"Here"_s, u"When"_s, u"While"_s,
        u"If"_s, u"After"_s, u"Before"_s, u"Because"_s, u"Even"_s, u"Many"_s, u"Some"_s, u"Most"_s,
        u"My"_s, u"Our"_s, u"Your"_s, u"Mr."_s, u"Mrs."_s, u"Ms."_s, u"Dr."_s, u"Last"_s, u"Next"_s,
        u"Information"_s, u"Oppression"_s, u"So"_s, u"Yet"_s, u"For"_s, u"With"_s, u"From"_s, u"By"_s,
        u"To"_s, u"Of"_s, u"No"_s, u"Not"_s, u"All"_s, u"Every"_s, u"Each"_s, u"One"_s, u"Two"_s,
        u"Yes"_s, u"What"_s, u"Who"_s, u"Why"_s, u"How"_s, u"Where"_s, u"Which"_s, u"Also"_s,
        u"However"_s, u"Meanwhile"_s, u"Still"_s, u"Now"_s, u"Then"_s, u"Today"_s, u"Since"_s,
    };
    return s;
}

const QSet<QString> &dateWords()
{
    static const QSet<QString> s = {
        u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s, u"July"_s, u"August"_s,
        u"September"_s, u"October"_s, u"November"_s, u"December"_s, u"Jan."_s, u"Feb."_s, u"Mar."_s,
        u"Apr."_s, u"Jun."_s, u"Jul."_s, u"Aug."_s, u"Sep."_s, u"Sept."_s, u"Oct."_s, u"Nov."_s, u"Dec."_s,
        u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s, u"Saturday"_s, u"Sunday"_s,
    };
    return s;
}

const QSet<QString> &miscCues()
{
    static const QSet<QString> s = {u"Day"_s, u"Prize"_s, u"War"_s, u"Award"_s, u"Awards"_s, u"Games"_s,
                                    u"Cup"_s, u"Olympics"_s, u"Nobel"_s, u"Act"_s, u"Treaty"_s,
                                    u"Festival"_s, u"Championship"_s, u"Open"_s, u"Revolution"_s};
    return s;
}

struct Span {
    int first;  // token indices [first, last)
    int last;
};

class Run {
public:
    Run(QStringView text, const TokenizedText &tt) : m_text(text), m_tt(tt)
    {
        // Words seen in lower case: a sentence-initial "Many" is then a common word.
        for (const Token &t : tt.tokens)
            if (t.kind == TokenKind::Word && !t.has(TokenFlag::Capitalized))
                m_lowerWords.insert(word(t).toString());
    }

    QStringView word(const Token &t) const { return m_text.mid(t.start, t.length()); }
    QStringView word(int i) const { return word(m_tt.tokens[i]); }

    QString spanText(Span s) const
    {
        return m_text.mid(m_tt.tokens[s.first].start, m_tt.tokens[s.last - 1].end - m_tt.tokens[s.first].start)
            .toString();
    }

    bool isPossessive(int i) const
    {
        const QStringView w = word(i);
        return w.size() == 2 && (w[0] == u'\'' || w[0] == QChar(0x2019)) && (w[1] == u's' || w[1] == u'S');
    }

    bool afterOpening(int i) const
    {
        if (i == 0)
            return true;
        const Token &prev = m_tt.tokens[i - 1];
        if (prev.has(TokenFlag::QuoteMark) || word(prev) == u":" || word(prev) == u"(")
            return true;
        return false;
    }

    bool isNameToken(int i, bool sentenceInitial) const
    {
        const Token &t = m_tt.tokens[i];
        if (t.kind != TokenKind::Word || !(t.flags & (TokenFlag::Capitalized | TokenFlag::AllCaps)))
            return false;
        if (isPossessive(i))
            return false;
        const QString w = word(t).toString();
        if (dateWords().contains(w))
            return false;
        if (sentenceInitial || afterOpening(i)) {
            if (commonCapitalised().contains(w))
                return false;
            if (m_lowerWords.contains(w.toLower()) && !Gazetteer::get(u"locations"_s).contains(w)
                && !Gazetteer::get(u"demonyms"_s).contains(w) && !Gazetteer::get(u"given-names"_s).contains(w))
                return false;
        } else if (w == u"I") {
            return false;
        }
        return true;
    }

    QList<Span> candidates(const Sentence &s) const
    {
        QList<Span> out;
        int i = s.firstToken;
        while (i < s.endToken) {
            if (!isNameToken(i, i == s.firstToken)) {
                ++i;
                continue;
            }
            int j = i + 1;
            while (j < s.endToken) {
                const Token &prev = m_tt.tokens[j - 1];
                const Token &cur = m_tt.tokens[j];
                if (cur.start - prev.end > 1 || m_text.mid(prev.end, cur.start - prev.end).contains(u'\n'))
                    break;
                if (isNameToken(j, false)) {
                    ++j;
                    continue;
                }
                if (j + 1 < s.endToken && connectors().contains(word(j).toString()) && isNameToken(j + 1, false)) {
                    j += 2;
                    continue;
                }
                break;
            }
            out.append({i, j});
            i = j;
        }
        return out;
    }

    // Classifies a candidate; may shrink it (titles, a leading "The"). Returns false to drop it.
    bool classify(Span &s, EntityType &type, float &score) const
    {
        const Gazetteer &places = Gazetteer::get(u"locations"_s);
        const Gazetteer &demonyms = Gazetteer::get(u"demonyms"_s);
        const Gazetteer &orgCues = Gazetteer::get(u"org-cues"_s);
        const Gazetteer &titles = Gazetteer::get(u"person-titles"_s);
        const Gazetteer &given = Gazetteer::get(u"given-names"_s);

        if (word(s.first) == u"The" && s.last - s.first > 1)
            ++s.first;
        // An organisation head noun at the end, or followed by "of/for …" ("Campaign for Burma").
        for (int k = s.first; k < s.last; ++k) {
            if (!orgCues.contains(word(k)))
                continue;
            // "Foreign Ministry of Burma": a multi-word organisation, then a place of its own
            if (k + 2 < s.last && k - s.first >= 1 && word(k + 1) == u"of"
                && places.contains(m_text.mid(m_tt.tokens[k + 2].start,
                                              m_tt.tokens[s.last - 1].end - m_tt.tokens[k + 2].start))) {
                s.last = k + 1;
                type = EntityType::ORG;
                score = 0.8f;
                return true;
            }
            const bool atEnd = k == s.last - 1;
            const bool beforeConnector = k + 1 < s.last && connectors().contains(word(k + 1).toString());
            if ((atEnd && s.last - s.first > 1) || beforeConnector || (atEnd && word(k) == u"Congress")) {
                type = EntityType::ORG;
                score = 0.8f;
                return true;
            }
        }
        const QString whole = spanText(s);
        if (places.contains(whole)) {
            type = EntityType::LOC;
            score = 0.9f;
            return true;
        }
        if (s.last - s.first == 1 && demonyms.contains(whole)) {
            type = EntityType::MISC;
            score = 0.85f;
            return true;
        }
        // Strip leading titles: "Secretary of State Hillary Rodham Clinton" → the name.
        bool titled = false;
        while (s.last - s.first > 1
               && (titles.contains(word(s.first)) || (titled && connectors().contains(word(s.first).toString())))) {
            ++s.first;
            titled = true;
        }
        if (titled && titles.contains(word(s.first)))
            return false;
        if (s.last - s.first == 1 && titles.contains(word(s.first)))
            return false;
        if (titled) {
            type = EntityType::PER;
            score = 0.8f;
            return true;
        }
        if (places.contains(spanText(s))) {
            type = EntityType::LOC;
            score = 0.9f;
            return true;
        }
        for (int k = s.first; k < s.last; ++k) {
            if (miscCues().contains(word(k).toString())) {
                type = EntityType::MISC;
                score = 0.6f;
                return true;
            }
        }
        if (given.contains(word(s.first)) && s.last - s.first >= 2) {
            type = EntityType::PER;
            score = 0.8f;
            return true;
        }
        // Context: "X, 59," (an age) or "X said" → a person.
        const int after = s.last;
        if (after + 2 < m_tt.tokens.size() && word(after) == u"," && m_tt.tokens[after + 1].kind == TokenKind::Number) {
            type = EntityType::PER;
            score = 0.7f;
            return true;
        }
        if (s.last - s.first == 1 && m_tt.tokens[s.first].has(TokenFlag::AllCaps) && word(s.first).size() <= 6) {
            type = EntityType::ORG;  // an acronym
            score = 0.5f;
            return true;
        }
        type = s.last - s.first >= 2 ? EntityType::PER : EntityType::MISC;
        score = 0.4f;
        return true;
    }

private:
    QStringView m_text;
    const TokenizedText &m_tt;
    QSet<QString> m_lowerWords;
};

} // namespace

QString RuleEntityRecognizer::name() const { return u"rules"_s; }

Result<QList<Mention>> RuleEntityRecognizer::recognize(QStringView text, const TokenizedText &tt,
                                                       const CancelToken &cancel) const
{
    Run run(text, tt);
    QList<Mention> out;
    QHash<QString, EntityType> confident;  // word → type, from confident spans
    struct Pending {
        Span span;
        EntityType type;
        float score;
    };
    QList<Pending> found;
    for (int si = 0; si < tt.sentences.size(); ++si) {
        if ((si & 255) == 0 && cancel.isCancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("Analysis cancelled."));
        QList<Span> work = run.candidates(tt.sentences[si]);
        for (int w = 0; w < work.size(); ++w) {
            Span s = work[w];
            const int originalLast = s.last;
            EntityType type;
            float score;
            const bool keep = run.classify(s, type, score);
            if (s.last + 1 < originalLast)  // a split-off tail ("… Ministry of | Burma")
                work.insert(w + 1, Span{s.last + 1, originalLast});
            if (!keep)
                continue;
            if (score >= 0.7f)
                for (int k = s.first; k < s.last; ++k)
                    confident.insert(run.word(k).toString(), type);
            found.append({s, type, score});
        }
    }
    // Document consistency: a weak guess takes the type its words had in a confident span.
    for (Pending &p : found) {
        if (p.score >= 0.7f)
            continue;
        const auto it = confident.constFind(run.word(p.span.last - 1).toString());
        if (it != confident.cend() && *it == EntityType::PER) {
            p.type = EntityType::PER;
            p.score = 0.6f;
        }
    }
    for (const Pending &p : found) {
        Mention m;
        m.range = {tt.tokens[p.span.first].start, tt.tokens[p.span.last - 1].end};
        m.type = p.type;
        m.score = p.score;
        out.append(m);
    }
    return out;
}

} // namespace lede
