#include "export/AnalysisJson.h"

#include "analysis/EntityGrouper.h"
#include "core/OffsetMap.h"

namespace lede {

namespace {

void writeId(JsonWriter &w, const QJsonValue &id)
{
    switch (id.type()) {
    case QJsonValue::String: w.value(id.toString()); break;
    case QJsonValue::Double: {
        const double d = id.toDouble();
        if (d == double(qint64(d)))
            w.value(qint64(d));
        else
            w.value(d);
        break;
    }
    case QJsonValue::Bool: w.value(id.toBool()); break;
    default: w.null(); break;
    }
}

} // namespace

void writeAnalysisJson(JsonWriter &w, QStringView text, const Analysis &a, const QJsonValue &id)
{
    const OffsetMap map(text);
    auto cp = [&](int u) { return qint64(map.toCodePoint(u)); };
    auto range = [&](TextRange r) {
        w.beginObject();
        w.key(u"start");
        w.value(cp(r.start));
        w.key(u"end");
        w.value(cp(r.end));
        w.endObject();
    };
    w.beginObject();
    if (!id.isUndefined()) {
        w.key(u"id");
        writeId(w, id);
    }
    w.key(u"text_length");
    w.value(qint64(map.codePointLength()));
    w.key(u"entities");
    w.beginArray();
    for (const Mention &m : a.mentions) {
        w.beginObject();
        w.key(u"start");
        w.value(cp(m.range.start));
        w.key(u"end");
        w.value(cp(m.range.end));
        w.key(u"type");
        w.value(entityTypeCode(m.type));
        w.key(u"text");
        w.value(text.mid(m.range.start, m.range.length()));
        w.key(u"entity");
        if (m.entity >= 0)
            w.value(m.entity);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.key(u"groups");
    w.beginArray();
    for (int i = 0; i < a.entities.size(); ++i) {
        const Entity &e = a.entities[i];
        w.beginObject();
        w.key(u"id");
        w.value(i);
        w.key(u"name");
        w.value(e.name);
        w.key(u"type");
        w.value(entityTypeCode(e.type));
        w.key(u"aliases");
        w.beginArray();
        for (const QString &s : e.aliases)
            w.value(s);
        w.endArray();
        w.key(u"mentions");
        w.beginArray();
        for (int m : e.mentions)
            w.value(m);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(u"quotes");
    w.beginArray();
    for (const Quote &q : a.quotes) {
        w.beginObject();
        w.key(u"start");
        w.value(cp(q.range.start));
        w.key(u"end");
        w.value(cp(q.range.end));
        w.key(u"parts");
        w.beginArray();
        for (const TextRange &p : q.parts) {
            w.beginArray();
            w.value(cp(p.start));
            w.value(cp(p.end));
            w.endArray();
        }
        w.endArray();
        w.key(u"kind");
        w.value(quoteKindCode(q.kind));
        w.key(u"cue");
        if (q.cue)
            range(*q.cue);
        else
            w.null();
        w.key(u"speaker");
        if (q.speaker) {
            w.beginObject();
            w.key(u"start");
            w.value(cp(q.speaker->start));
            w.key(u"end");
            w.value(cp(q.speaker->end));
            w.key(u"text");
            w.value(text.mid(q.speaker->start, q.speaker->length()));
            w.endObject();
        } else {
            w.null();
        }
        w.key(u"speaker_entity");
        if (q.speakerEntity >= 0)
            w.value(q.speakerEntity);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QByteArray analysisToJson(QStringView text, const Analysis &a)
{
    JsonWriter w;
    writeAnalysisJson(w, text, a);
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

QByteArray analysisToConll(QStringView text, const Analysis &a)
{
    QByteArray out;
    const auto &toks = a.tokenized.tokens;
    int m = 0;
    for (const Sentence &s : a.tokenized.sentences) {
        for (int t = s.firstToken; t < s.endToken; ++t) {
            const Token &tok = toks[t];
            while (m < a.mentions.size() && a.mentions[m].range.end <= tok.start)
                ++m;
            QByteArray tag = "O";
            if (m < a.mentions.size() && a.mentions[m].range.overlaps(tok.range())) {
                const Mention &mm = a.mentions[m];
                tag = (tok.start <= mm.range.start ? "B-" : "I-") + entityTypeCode(mm.type).toLatin1();
            }
            QString word = text.mid(tok.start, tok.length()).toString();
            word.replace(u'\t', u' ');
            out += word.toUtf8() + '\t' + tag + '\n';
        }
        out += '\n';
    }
    return out;
}

} // namespace lede
