#include "analysis/QuoteCorrections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString slice(QStringView text, TextRange r)
{
    if (r.start < 0 || r.end > text.size() || r.isEmpty())
        return {};
    return text.mid(r.start, r.length()).toString();
}

// Where the correction's quote is now: its old range if the text there is unchanged, else
// the occurrence of its text nearest the old place.
std::optional<TextRange> locate(QStringView text, TextRange old, const QString &oldText)
{
    if (oldText.isEmpty())
        return std::nullopt;
    if (slice(text, old) == oldText)
        return old;
    std::optional<TextRange> best;
    for (qsizetype at = text.indexOf(oldText); at >= 0; at = text.indexOf(oldText, at + 1)) {
        const TextRange r{int(at), int(at + oldText.size())};
        if (!best || std::abs(r.start - old.start) < std::abs(best->start - old.start))
            best = r;
    }
    return best;
}

int findQuote(const QList<Quote> &quotes, TextRange where)
{
    int best = -1;
    double bestRatio = 0.5;
    for (int i = 0; i < quotes.size(); ++i) {
        const TextRange r = quotes[i].range;
        if (r == where)
            return i;
        const int inter = std::min(r.end, where.end) - std::max(r.start, where.start);
        if (inter <= 0)
            continue;
        const double ratio = double(inter) / std::max(r.length(), where.length());
        if (ratio >= bestRatio) {
            bestRatio = ratio;
            best = i;
        }
    }
    return best;
}

QJsonObject rangeJson(TextRange r) { return QJsonObject{{u"start"_s, r.start}, {u"end"_s, r.end}}; }

std::optional<TextRange> rangeFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (!o.value(u"start"_s).isDouble() || !o.value(u"end"_s).isDouble())
        return std::nullopt;
    const TextRange r{o.value(u"start"_s).toInt(), o.value(u"end"_s).toInt()};
    if (r.start < 0 || r.end < r.start)
        return std::nullopt;
    return r;
}

} // namespace

QuoteCorrection dismissQuote(QStringView text, const Quote &q)
{
    QuoteCorrection c;
    c.kind = QuoteCorrection::Kind::Dismiss;
    c.quote = q.range;
    c.quoteText = slice(text, q.range);
    c.created = QDateTime::currentDateTimeUtc();
    return c;
}

QuoteCorrection setQuoteSpeaker(QStringView text, const Quote &q, const QString &entityName,
                                std::optional<TextRange> speakerSpan)
{
    QuoteCorrection c = dismissQuote(text, q);
    c.kind = QuoteCorrection::Kind::SetSpeaker;
    c.speakerName = entityName;
    c.speaker = speakerSpan;
    if (speakerSpan)
        c.speakerText = slice(text, *speakerSpan);
    return c;
}

AppliedQuotes applyQuoteCorrections(QStringView text, const QList<Quote> &quotes, const QList<Entity> &entities,
                                    const QList<QuoteCorrection> &corrections)
{
    AppliedQuotes out;
    out.quotes = quotes;
    QList<bool> dismissed(quotes.size(), false);
    for (int ci = 0; ci < corrections.size(); ++ci) {
        const QuoteCorrection &c = corrections[ci];
        const auto where = locate(text, c.quote, c.quoteText);
        const int qi = where ? findQuote(out.quotes, *where) : -1;
        if (qi < 0) {
            out.unmatched.append(ci);
            continue;
        }
        if (c.kind == QuoteCorrection::Kind::Dismiss) {
            dismissed[qi] = true;
            continue;
        }
        Quote &q = out.quotes[qi];
        q.speakerEntity = -1;
        for (int e = 0; e < entities.size() && !c.speakerName.isEmpty(); ++e)
            if (entities[e].name == c.speakerName) {
                q.speakerEntity = e;
                break;
            }
        // the span the reader picked (found again if the text moved); none when the reader
        // chose only an entity or cleared the speaker
        q.speaker = c.speaker ? locate(text, *c.speaker, c.speakerText) : std::nullopt;
    }
    QList<Quote> kept;
    kept.reserve(out.quotes.size());
    for (int i = 0; i < out.quotes.size(); ++i)
        if (!dismissed[i])
            kept.append(out.quotes[i]);
    out.quotes = std::move(kept);
    return out;
}

QByteArray quoteCorrectionsToJson(const QList<QuoteCorrection> &corrections)
{
    QJsonArray arr;
    for (const QuoteCorrection &c : corrections) {
        QJsonObject o{{u"kind"_s, c.kind == QuoteCorrection::Kind::Dismiss ? u"dismiss"_s : u"speaker"_s},
                      {u"quote"_s, rangeJson(c.quote)},
                      {u"quote_text"_s, c.quoteText}};
        if (c.kind == QuoteCorrection::Kind::SetSpeaker) {
            o.insert(u"speaker_name"_s, c.speakerName);
            if (c.speaker) {
                o.insert(u"speaker"_s, rangeJson(*c.speaker));
                o.insert(u"speaker_text"_s, c.speakerText);
            }
        }
        if (c.created.isValid())
            o.insert(u"created"_s, c.created.toUTC().toString(Qt::ISODateWithMs));
        arr.append(o);
    }
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"quote_corrections"_s, arr}}).toJson(QJsonDocument::Compact);
}

Result<QList<QuoteCorrection>> quoteCorrectionsFromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Parse, QObject::tr("Quote corrections: invalid JSON (%1).").arg(err.errorString()));
    const QJsonValue list = doc.object().value(u"quote_corrections"_s);
    if (!list.isArray())
        return makeError(ErrorCode::Parse, QObject::tr("Quote corrections: no \"quote_corrections\" list."));
    QList<QuoteCorrection> out;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(u"kind"_s).toString();
        const auto quote = rangeFrom(o.value(u"quote"_s));
        if ((kind != u"dismiss" && kind != u"speaker") || !quote)
            return makeError(ErrorCode::Parse,
                             QObject::tr("Quote corrections: entry %1 has no valid kind or quote range.").arg(index));
        QuoteCorrection c;
        c.kind = kind == u"dismiss" ? QuoteCorrection::Kind::Dismiss : QuoteCorrection::Kind::SetSpeaker;
        c.quote = *quote;
        c.quoteText = o.value(u"quote_text"_s).toString();
        c.speakerName = o.value(u"speaker_name"_s).toString();
        c.speaker = rangeFrom(o.value(u"speaker"_s));
        c.speakerText = o.value(u"speaker_text"_s).toString();
        if (o.contains(u"created"_s))
            c.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
        out.append(c);
        ++index;
    }
    return out;
}

} // namespace lede
