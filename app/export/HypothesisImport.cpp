// Hypothesis API JSON: a search result {"total", "rows": [...]} or a single row. Reads id,
// text (the note), tags, created/updated, uri and target[].selector (TextQuoteSelector,
// TextPositionSelector; RangeSelector and others are ignored). Everything but the target is
// optional — 2016 rows lack fields today's API requires.
#include "export/ImportCandidate.h"

#include <QJsonArray>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QString q(const QString &s) { return u"“"_s + s + u"”"_s; }

// Reads one row; returns what is wrong with it (empty when fine).
QString readRow(const QJsonObject &row, ImportCandidate &c)
{
    c.raw = row;
    const QJsonValue id = row.value(u"id");
    if (!id.isUndefined() && !id.isString())
        return QObject::tr("%1 must be a string, not %2").arg(q(u"id"_s), jsonTypeName(id));
    c.sourceId = id.toString();
    const QJsonValue text = row.value(u"text");
    if (!text.isUndefined() && !text.isNull() && !text.isString())
        return QObject::tr("%1 must be a string, not %2").arg(q(u"text"_s), jsonTypeName(text));
    c.note = text.toString();
    const QJsonValue tags = row.value(u"tags");
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray())
            return QObject::tr("%1 must be a list of strings, not %2").arg(q(u"tags"_s), jsonTypeName(tags));
        for (const QJsonValue &t : tags.toArray()) {
            if (!t.isString())
                return QObject::tr("%1 must be a list of strings; it holds %2").arg(q(u"tags"_s), jsonTypeName(t));
            c.tags.append(t.toString());
        }
    }
    for (const QString &key : {u"created"_s, u"updated"_s}) {
        const QJsonValue v = row.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString() || !parseTimestamp(v.toString()).isValid())
            return QObject::tr("%1 is not a date-time: %2").arg(q(key), v.isString() ? q(v.toString()) : jsonTypeName(v));
        (key == u"created" ? c.created : c.modified) = parseTimestamp(v.toString());
    }
    c.source = row.value(u"uri").toString();

    QJsonValue target = row.value(u"target");
    if (target.isUndefined())
        return QObject::tr("no %1").arg(q(u"target"_s));
    if (target.isObject())
        target = QJsonArray{target};
    if (!target.isArray())
        return QObject::tr("%1 must be a list of objects, not %2").arg(q(u"target"_s), jsonTypeName(target));
    c.textTarget = false;
    for (const QJsonValue &t : target.toArray()) {
        if (!t.isObject())
            return QObject::tr("%1 must be a list of objects; it holds %2").arg(q(u"target"_s), jsonTypeName(t));
        const QJsonObject to = t.toObject();
        if (to.value(u"source").isString())
            c.source = to.value(u"source").toString();
        QJsonValue sel = to.value(u"selector");
        if (sel.isUndefined())
            continue;  // a page note: no passage
        if (sel.isObject())
            sel = QJsonArray{sel};
        if (!sel.isArray())
            return QObject::tr("%1 must be a list of selectors, not %2").arg(q(u"selector"_s), jsonTypeName(sel));
        for (const QJsonValue &sv : sel.toArray()) {
            const QJsonObject s = sv.toObject();
            if (!sv.isObject() || !s.value(u"type").isString())
                return QObject::tr("every selector needs a %1 string").arg(q(u"type"_s));
            const QString type = s.value(u"type").toString();
            if (type == u"TextQuoteSelector") {
                if (!s.value(u"exact").isString())
                    return QObject::tr("TextQuoteSelector: %1 must be a string, not %2")
                        .arg(q(u"exact"_s), jsonTypeName(s.value(u"exact")));
                for (const QString &key : {u"prefix"_s, u"suffix"_s})
                    if (s.contains(key) && !s.value(key).isString())
                        return QObject::tr("TextQuoteSelector: %1 must be a string, not %2")
                            .arg(q(key), jsonTypeName(s.value(key)));
                c.hasQuote = true;
                c.exact = s.value(u"exact").toString();
                c.prefix = s.value(u"prefix").toString();
                c.suffix = s.value(u"suffix").toString();
            } else if (type == u"TextPositionSelector") {
                for (const QString &key : {u"start"_s, u"end"_s}) {
                    const QJsonValue v = s.value(key);
                    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
                        return QObject::tr("TextPositionSelector: %1 must be a non-negative integer, not %2")
                            .arg(q(key), v.isDouble() ? QString::number(v.toDouble()) : jsonTypeName(v));
                }
                if (s.value(u"start").toInteger() > s.value(u"end").toInteger())
                    return QObject::tr("TextPositionSelector: start %1 is after end %2")
                        .arg(s.value(u"start").toInteger())
                        .arg(s.value(u"end").toInteger());
                c.start = int(s.value(u"start").toInteger());
                c.end = int(s.value(u"end").toInteger());
            }
        }
        if (c.hasQuote || c.start) {
            c.textTarget = true;
            break;
        }
    }
    return {};
}

} // namespace

QString collectHypothesis(const QJsonObject &root, CandidateBatch &out)
{
    QJsonArray rows;
    if (root.contains(u"rows")) {
        if (!root.value(u"rows").isArray())
            return QObject::tr("%1 must be a list of annotations, not %2").arg(q(u"rows"_s), jsonTypeName(root.value(u"rows")));
        rows = root.value(u"rows").toArray();
    } else {
        rows.append(root);
    }
    int n = 0;
    for (const QJsonValue &r : rows) {
        ++n;
        const auto label = [&] { return candidateLabel(ImportCandidate::Kind::Row, n, r.toObject().value(u"id").toString()); };
        if (!r.isObject()) {
            out.problems.append(QObject::tr("%1 is %2, not an object").arg(label(), jsonTypeName(r)));
            continue;
        }
        ImportCandidate c;
        c.kind = ImportCandidate::Kind::Row;
        c.index = n;
        const QString problem = readRow(r.toObject(), c);
        if (!problem.isEmpty()) {
            out.problems.append(label() + u": "_s + problem);
            continue;
        }
        out.candidates.append(c);
    }
    return {};
}

} // namespace lede
