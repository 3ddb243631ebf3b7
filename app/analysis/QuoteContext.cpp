#include "analysis/QuoteContext.h"

namespace lede {

QuoteContext::QuoteContext(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                           const QList<Entity> &entities)
    : m_text(text), m_tt(tokens), m_mentions(mentions), m_entities(entities), m_lex(QuoteLexicon::get())
{
    const int n = size();
    m_info.resize(n);
    int m = 0;
    int s = 0;
    int p = -1;
    for (int i = 0; i < n; ++i) {
        const Token &t = tok(i);
        Info &info = m_info[i];
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Punct)
            info.word = intern(word(i), t.kind == TokenKind::Word && t.has(TokenFlag::Capitalized));
        else
            info.word = intern({}, false);
        while (m < m_mentions.size() && m_mentions[m].range.end <= t.start)
            ++m;
        if (m < m_mentions.size() && m_mentions[m].range.overlaps(t.range()))
            info.mention = m;
        while (s + 1 < m_tt.sentences.size() && m_tt.sentences[s + 1].firstToken <= i)
            ++s;
        info.sentence = s;
        if (i == 0 || t.has(TokenFlag::ParagraphStart)) {
            ++p;
            m_paragraphs.append(i);
        }
        info.paragraph = p;
    }
}

const QuoteContext::WordEntry *QuoteContext::intern(QStringView form, bool capitalized)
{
    auto it = m_words.find(form);
    if (it != m_words.end())
        return &it->second;
    QString key = form.toString();
    WordEntry e;
    e.lower = capitalized ? key.toLower() : key;
    if (!e.lower.isEmpty()) {
        e.flags = m_lex.flags(e.lower);
        e.cue = m_lex.cue(e.lower);
        e.pronoun = m_lex.pronoun(e.lower);
    }
    return &m_words.emplace(std::move(key), std::move(e)).first->second;
}

int QuoteContext::namedMention(int i) const
{
    const int m = mention(i);
    return m >= 0 && m_mentions[m].type != EntityType::DATE ? m : -1;
}

int QuoteContext::paragraphEnd(int i) const
{
    const int p = paragraph(i);
    return p + 1 < m_paragraphs.size() ? m_paragraphs[p + 1] : size();
}

bool QuoteContext::isPunct(int i, char16_t c) const
{
    return i >= 0 && i < size() && tok(i).kind == TokenKind::Punct && tok(i).length() == 1
           && m_text[tok(i).start] == QChar(c);
}

bool QuoteContext::isDash(int i) const
{
    if (i < 0 || i >= size() || tok(i).kind != TokenKind::Punct)
        return false;
    const QChar c = m_text[tok(i).start];
    return c == QChar(0x2014) || c == QChar(0x2013) || c == QChar(0x2015) || c == QChar(0x2012)
           || (c == u'-' && tok(i).length() >= 2);
}

bool QuoteContext::isNounLike(int i) const
{
    if (i < 0 || i >= size())
        return false;
    const Token &t = tok(i);
    if (t.kind == TokenKind::Number)
        return true;
    if (t.kind != TokenKind::Word)
        return false;
    if (namedMention(i) >= 0)
        return true;
    const WordFlags f = flags(i) & ~(WordFlag::Quantifier | WordFlag::Listener | WordFlag::Temporal);
    if (f != 0)
        return false;
    return cue(i) == nullptr;
}

} // namespace lede
