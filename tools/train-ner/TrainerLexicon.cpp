#include "TrainerLexicon.h"

#include "analysis/Tokenizer.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::train {

namespace {

Result<QString> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QObject::tr("%1: %2").arg(path, f.errorString()));
    return QString::fromUtf8(f.readAll());
}

} // namespace

Result<void> TrainerLexicon::loadClusters(const QString &path)
{
    auto text = readAll(path);
    if (!text)
        return text.error();
    int lines = 0;
    for (QStringView line : QStringView(*text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() != 5)
            return makeError(ErrorCode::Parse, QObject::tr("%1: bad line “%2”").arg(path, line.toString()));
        std::uint64_t packed = 0;
        for (int level = 0; level < 4; ++level)
            packed |= (cols[level + 1].toULongLong() & 0xffff) << (16 * level);
        m_clusters.insert(ner::wordKeyOf(cols[0]), packed);
        ++lines;
    }
    m_sources.append(u"clusters %1 (%2 words)"_s.arg(QFileInfo(path).fileName()).arg(lines));
    return {};
}

Result<void> TrainerLexicon::loadGazetteer(const QString &path, ner::GazetteerList list)
{
    auto text = readAll(path);
    if (!text)
        return text.error();
    const Tokenizer tokenizer;
    int entries = 0;
    for (QStringView line : QStringView(*text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString entry = line.toString();
        const TokenizedText tt = tokenizer.tokenize(entry);
        if (tt.tokens.isEmpty() || tt.tokens.size() > ner::kMaxPhraseTokens)
            continue;
        QList<QStringView> words;
        for (const Token &t : tt.tokens)
            words.append(QStringView(entry).mid(t.start, t.length()));
        for (qsizetype len = 1; len < words.size(); ++len)
            m_phrases[ner::phraseKeyOf(words.mid(0, len))] |= ner::kPhrasePrefix;
        m_phrases[ner::phraseKeyOf(words)] |= 1u << int(list);
        ++entries;
    }
    m_sources.append(u"gazetteer %1 (%2 entries)"_s.arg(QFileInfo(path).fileName()).arg(entries));
    return {};
}

void TrainerLexicon::copyInto(ner::NerModelData &model) const
{
    model.lexicon = m_clusters;
    model.phrases = m_phrases;
}

} // namespace lede::train
