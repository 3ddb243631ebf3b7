#include "analysis/QuoteGrouping.h"

#include "analysis/QuoteLexicon.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool isQuoteChar(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x00AB: case 0x00BB:
    case 0x201E: case 0x201A: case 0x2039: case 0x203A: case u'`':
        return true;
    default:
        return false;
    }
}

// "The government" and "the government" are one speaker.
QString speakerKey(QStringView s)
{
    QString k = s.toString().simplified().toCaseFolded();
    for (QStringView det : {u"the ", u"a ", u"an "}) {
        if (k.startsWith(det) && k.size() > det.size()) {
            k.remove(0, det.size());
            break;
        }
    }
    return k;
}

} // namespace

QList<SpeakerQuotes> groupQuotesBySpeaker(QStringView text, const QList<Quote> &quotes, const QList<Entity> &entities)
{
    QList<SpeakerQuotes> groups;
    QHash<int, int> byEntity;
    QHash<QString, int> byName;
    SpeakerQuotes unattributed;
    const QuoteLexicon &lex = QuoteLexicon::get();
    for (int i = 0; i < quotes.size(); ++i) {
        const Quote &q = quotes[i];
        if (q.speakerEntity >= 0 && q.speakerEntity < entities.size()) {
            auto it = byEntity.constFind(q.speakerEntity);
            if (it == byEntity.cend()) {
                it = byEntity.insert(q.speakerEntity, int(groups.size()));
                groups.append(SpeakerQuotes{q.speakerEntity, entities[q.speakerEntity].name, {}});
            }
            groups[it.value()].quotes.append(i);
            continue;
        }
        const QStringView written = q.speaker ? text.mid(q.speaker->start, q.speaker->length()) : QStringView();
        const bool pronoun = lex.pronoun(written.toString().toLower()).has_value();
        if (written.trimmed().isEmpty() || pronoun) {
            unattributed.quotes.append(i);
            continue;
        }
        const QString key = speakerKey(written);
        auto it = byName.constFind(key);
        if (it == byName.cend()) {
            it = byName.insert(key, int(groups.size()));
            groups.append(SpeakerQuotes{-1, written.toString().simplified(), {}});
        }
        groups[it.value()].quotes.append(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const SpeakerQuotes &a, const SpeakerQuotes &b) {
        if (a.quotes.size() != b.quotes.size())
            return a.quotes.size() > b.quotes.size();
        return a.quotes.front() < b.quotes.front();
    });
    if (!unattributed.quotes.isEmpty())
        groups.append(unattributed);
    return groups;
}

QString quoteSnippet(QStringView text, const Quote &q, int maxChars)
{
    if (q.parts.isEmpty())
        return {};
    const TextRange first = q.parts.front();
    QStringView s = text.mid(first.start, first.length()).trimmed();
    while (!s.isEmpty() && (isQuoteChar(s.front()) || s.front().isSpace()))
        s = s.mid(1);
    while (!s.isEmpty() && (isQuoteChar(s.back()) || s.back().isSpace()))
        s.chop(1);
    QString out = s.toString().simplified();
    if (out.size() <= maxChars && q.parts.size() == 1)
        return out;
    if (out.size() > maxChars) {
        int cut = maxChars;
        while (cut > maxChars / 2 && !out[cut].isSpace())
            --cut;
        out.truncate(cut);
        while (!out.isEmpty() && (out.back().isSpace() || out.back() == u',' || out.back() == u';'))
            out.chop(1);
    }
    return out + u"…"_s;
}

} // namespace lede
