// W3C Web Annotation JSON-LD: the Data Model's rules (what the W3C test suite's "musts"
// check) and the reading of annotations into import candidates.
#include "annotations/AnnotationPalette.h"
#include "export/AnnotationImport.h"
#include "export/AnnotationJsonLdTerms.h"
#include "export/ImportCandidate.h"

#include <QJsonArray>
#include <QObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace lede {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QObject::tr("null");
    case QJsonValue::Bool: return QObject::tr("a boolean");
    case QJsonValue::Double: return QObject::tr("a number");
    case QJsonValue::String: return QObject::tr("a string");
    case QJsonValue::Array: return QObject::tr("an array");
    case QJsonValue::Object: return QObject::tr("an object");
    case QJsonValue::Undefined: return QObject::tr("missing");
    }
    return {};
}

bool isIri(QStringView s)
{
    // scheme ":" rest — RFC 3987's shape, without the characters an IRI may not contain
    qsizetype i = 0;
    if (s.isEmpty() || !(s[0].isLetter() && s[0].unicode() < 128))
        return false;
    while (i < s.size() && s[i] != u':') {
        const QChar c = s[i];
        if (c.unicode() >= 128 || !(c.isLetterOrNumber() || c == u'+' || c == u'.' || c == u'-'))
            return false;
        ++i;
    }
    if (i == s.size())
        return false;
    for (++i; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'{' || c == u'}' || c == u'|'
            || c == u'\\' || c == u'^' || c == u'`')
            return false;
    }
    return true;
}

bool isXsdDateTime(QStringView s)
{
    auto digits = [&](qsizetype at, int n) {
        if (at + n > s.size())
            return false;
        for (int k = 0; k < n; ++k)
            if (!s[at + k].isDigit() || s[at + k].unicode() >= 128)
                return false;
        return true;
    };
    qsizetype i = s.startsWith(u'-') ? 1 : 0;
    qsizetype y = i;
    while (y < s.size() && s[y].isDigit())
        ++y;
    if (y - i < 4 || y + 15 > s.size())
        return false;
    i = y;
    if (!(s[i] == u'-' && digits(i + 1, 2) && s[i + 3] == u'-' && digits(i + 4, 2) && s[i + 6] == u'T'
          && digits(i + 7, 2) && s[i + 9] == u':' && digits(i + 10, 2) && s[i + 12] == u':' && digits(i + 13, 2)))
        return false;
    i += 15;
    if (i < s.size() && s[i] == u'.') {
        const qsizetype f = ++i;
        while (i < s.size() && s[i].isDigit())
            ++i;
        if (i == f)
            return false;
    }
    if (i == s.size())
        return true;
    if (s[i] == u'Z')
        return i + 1 == s.size();
    return (s[i] == u'+' || s[i] == u'-') && digits(i + 1, 2) && i + 3 < s.size() && s[i + 3] == u':'
        && digits(i + 4, 2) && i + 6 == s.size();
}

QString candidateLabel(ImportCandidate::Kind kind, int index, const QString &id)
{
    const QString suffix = id.isEmpty() ? QString() : u" ("_s + id + u')';
    switch (kind) {
    case ImportCandidate::Kind::Row: return QObject::tr("row %1%2").arg(index).arg(suffix);
    case ImportCandidate::Kind::Single: return QObject::tr("the annotation");
    case ImportCandidate::Kind::Annotation: break;
    }
    return QObject::tr("annotation %1%2").arg(index).arg(suffix);
}

QString ImportCandidate::label() const
{
    return candidateLabel(kind, index, sourceId);
}

namespace {

QList<QJsonValue> values(const QJsonValue &v)
{
    if (v.isArray()) {
        QList<QJsonValue> out;
        for (const QJsonValue &x : v.toArray())
            out.append(x);
        return out;
    }
    return {v};
}

bool hasType(const QJsonObject &o, const QString &type)
{
    for (const QJsonValue &t : values(o.value(u"type")))
        if (t.toString() == type)
            return true;
    return false;
}

bool isContext(const QString &s)
{
    return s == kW3cAnnotationContext || s == u"https://www.w3.org/ns/anno.jsonld";
}

QString q(const QString &s) { return u"“"_s + s + u"”"_s; }

int colorIndexOfKey(QStringView key)
{
    static const AnnotationPalette palette;  // only the keys are used (they are not translated)
    return palette.indexOfKey(key);
}

struct Checker {
    QStringList problems;
    void add(const QString &s) { problems.append(s); }

    void iriValues(const QJsonObject &o, const QString &key, bool single)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (single && v.isArray())
            return add(QObject::tr("%1 must have one value, not %2").arg(q(key)).arg(v.toArray().size()));
        for (const QJsonValue &x : values(v)) {
            if (!x.isString())
                return add(QObject::tr("%1 must be an IRI, not %2").arg(q(key), jsonTypeName(x)));
            if (!isIri(x.toString()))
                return add(QObject::tr("%1 is not an IRI: %2").arg(q(key), q(x.toString())));
        }
    }
    void agents(const QJsonObject &o, const QString &key)
    {
        if (!o.contains(key))
            return;
        for (const QJsonValue &x : values(o.value(key))) {
            if (x.isString() && !isIri(x.toString()))
                return add(QObject::tr("%1 is not an IRI: %2").arg(q(key), q(x.toString())));
            if (!x.isString() && !x.isObject())
                return add(QObject::tr("%1 must be an IRI or an agent object, not %2").arg(q(key), jsonTypeName(x)));
        }
    }
    void dateTime(const QJsonObject &o, const QString &key)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (v.isArray())
            return add(QObject::tr("%1 must have one value, not %2").arg(q(key)).arg(v.toArray().size()));
        if (!v.isString())
            return add(QObject::tr("%1 must be a date-time string, not %2").arg(q(key), jsonTypeName(v)));
        if (!isXsdDateTime(v.toString()))
            add(QObject::tr("%1 is not a date-time (like 2015-01-28T12:00:00Z): %2").arg(q(key), q(v.toString())));
    }
    void selector(const QJsonValue &sv, const QString &where)
    {
        if (sv.isString()) {
            if (!isIri(sv.toString()))
                add(QObject::tr("%1 selector is not an IRI: %2").arg(where, q(sv.toString())));
            return;
        }
        if (!sv.isObject())
            return add(QObject::tr("%1 selector must be an object or an IRI, not %2").arg(where, jsonTypeName(sv)));
        const QJsonObject s = sv.toObject();
        const QString type = s.value(u"type").toString();
        auto singleString = [&](const QString &key, bool required) {
            const QJsonValue v = s.value(key);
            if (v.isUndefined()) {
                if (required)
                    add(QObject::tr("%1 %2 has no %3").arg(where, type, q(key)));
            } else if (v.isArray()) {
                add(QObject::tr("%1 %2 must have one %3, not %4").arg(where, type, q(key)).arg(v.toArray().size()));
            } else if (!v.isString()) {
                add(QObject::tr("%1 %2: %3 must be a string, not %4").arg(where, type, q(key), jsonTypeName(v)));
            }
        };
        auto offset = [&](const QString &key) {
            const QJsonValue v = s.value(key);
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble()))
                add(QObject::tr("%1 %2: %3 must be a non-negative integer, not %4")
                        .arg(where, type, q(key), v.isDouble() ? QString::number(v.toDouble()) : jsonTypeName(v)));
        };
        if (type == u"FragmentSelector") {
            singleString(u"value"_s, true);
            if (s.value(u"conformsTo").isArray())
                add(QObject::tr("%1 FragmentSelector must have at most one %2").arg(where, q(u"conformsTo"_s)));
            else
                iriValues(s, u"conformsTo"_s, true);
        } else if (type == u"TextQuoteSelector") {
            singleString(u"exact"_s, true);
            singleString(u"prefix"_s, false);
            singleString(u"suffix"_s, false);
        } else if (type == u"TextPositionSelector" || type == u"DataPositionSelector") {
            const qsizetype before = problems.size();
            offset(u"start"_s);
            offset(u"end"_s);
            if (problems.size() == before && s.value(u"start").toDouble() > s.value(u"end").toDouble())
                add(QObject::tr("%1 %2: start %3 is after end %4").arg(where, type)
                        .arg(s.value(u"start").toInteger()).arg(s.value(u"end").toInteger()));
        } else if (type == u"CssSelector" || type == u"XPathSelector") {
            singleString(u"value"_s, true);
        } else if (type == u"SvgSelector") {
            if (!s.contains(u"id") && !s.contains(u"value"))
                add(QObject::tr("%1 SvgSelector has neither %2 nor %3").arg(where, q(u"value"_s), q(u"id"_s)));
        } else if (type == u"RangeSelector") {
            for (const QString &key : {u"startSelector"_s, u"endSelector"_s}) {
                if (!s.value(key).isObject())
                    add(QObject::tr("%1 RangeSelector has no %2").arg(where, q(key)));
                else
                    selector(s.value(key), where);
            }
        }
        if (s.contains(u"refinedBy"))
            for (const QJsonValue &r : values(s.value(u"refinedBy")))
                selector(r, where);
    }
    void resource(const QJsonValue &v, const QString &key)
    {
        if (v.isString()) {
            if (!isIri(v.toString()))
                add(QObject::tr("%1 is not an IRI: %2").arg(q(key), q(v.toString())));
            return;
        }
        if (!v.isObject())
            return add(QObject::tr("%1 must be an IRI or a resource object, not %2").arg(q(key), jsonTypeName(v)));
        const QJsonObject o = v.toObject();
        if (o.contains(u"id") && (!o.value(u"id").isString() || !isIri(o.value(u"id").toString())))
            add(QObject::tr("the id of a %1 must be one IRI").arg(q(key)));
        if (hasType(o, u"SpecificResource"_s) && !o.contains(u"source"))
            add(QObject::tr("a SpecificResource %1 has no %2").arg(q(key), q(u"source"_s)));
        if (o.contains(u"selector"))
            for (const QJsonValue &s : values(o.value(u"selector")))
                selector(s, q(key));
        if (o.contains(u"items"))
            for (const QJsonValue &i : values(o.value(u"items")))
                resource(i, key);
    }
};

} // namespace

QStringList checkW3cAnnotation(const QJsonObject &a, bool embedded)
{
    Checker c;
    if (!embedded) {
        if (!a.contains(u"@context")) {
            c.add(QObject::tr("no %1 (it must name %2)").arg(q(u"@context"_s), kW3cAnnotationContext));
        } else {
            bool found = false;
            for (const QJsonValue &v : values(a.value(u"@context")))
                found = found || (v.isString() && isContext(v.toString()));
            if (!found)
                c.add(QObject::tr("%1 does not name %2").arg(q(u"@context"_s), kW3cAnnotationContext));
        }
    }
    if (a.contains(u"id")) {
        const QJsonValue id = a.value(u"id");
        if (id.isArray())
            c.add(QObject::tr("%1 must be one IRI, not %2 of them").arg(q(u"id"_s)).arg(id.toArray().size()));
        else if (!id.isString())
            c.add(QObject::tr("%1 must be an IRI, not %2").arg(q(u"id"_s), jsonTypeName(id)));
        else if (!isIri(id.toString()))
            c.add(QObject::tr("%1 is not an IRI: %2").arg(q(u"id"_s), q(id.toString())));
    }
    if (!a.contains(u"type"))
        c.add(QObject::tr("no %1 (it must be “Annotation”)").arg(q(u"type"_s)));
    else if (!hasType(a, u"Annotation"_s))
        c.add(QObject::tr("%1 is %2, not “Annotation”").arg(q(u"type"_s), q(values(a.value(u"type")).value(0).toString())));
    if (!a.contains(u"target"))
        c.add(QObject::tr("no %1").arg(q(u"target"_s)));
    else
        for (const QJsonValue &t : values(a.value(u"target")))
            c.resource(t, u"target"_s);
    if (a.contains(u"body") && a.contains(u"bodyValue"))
        c.add(QObject::tr("both %1 and %2: use one").arg(q(u"body"_s), q(u"bodyValue"_s)));
    if (a.contains(u"bodyValue") && !a.value(u"bodyValue").isString())
        c.add(QObject::tr("%1 must be one string, not %2").arg(q(u"bodyValue"_s), jsonTypeName(a.value(u"bodyValue"))));
    if (a.contains(u"body"))
        for (const QJsonValue &b : values(a.value(u"body")))
            c.resource(b, u"body"_s);
    c.agents(a, u"creator"_s);
    c.agents(a, u"generator"_s);
    c.dateTime(a, u"created"_s);
    c.dateTime(a, u"modified"_s);
    c.dateTime(a, u"generated"_s);
    c.iriValues(a, u"rights"_s, false);
    c.iriValues(a, u"via"_s, false);
    c.iriValues(a, u"canonical"_s, true);
    if (a.contains(u"motivation"))
        for (const QJsonValue &m : values(a.value(u"motivation")))
            if (!m.isString())
                c.add(QObject::tr("%1 must be a string, not %2").arg(q(u"motivation"_s), jsonTypeName(m)));
    return c.problems;
}

namespace {

// Finds the text selectors of a target (also inside refinedBy chains).
void readSelectors(const QJsonValue &sv, ImportCandidate &c, bool &other)
{
    if (!sv.isObject()) {
        other = true;
        return;
    }
    const QJsonObject s = sv.toObject();
    const QString type = s.value(u"type").toString();
    if (type == u"TextQuoteSelector" && !c.hasQuote) {
        c.hasQuote = true;
        c.exact = s.value(u"exact").toString();
        c.prefix = s.value(u"prefix").toString();
        c.suffix = s.value(u"suffix").toString();
    } else if (type == u"TextPositionSelector" && !c.start) {
        c.start = int(s.value(u"start").toInteger());
        c.end = int(s.value(u"end").toInteger());
    } else if (type != u"TextQuoteSelector" && type != u"TextPositionSelector") {
        other = true;
    }
    if (s.contains(u"refinedBy"))
        for (const QJsonValue &r : values(s.value(u"refinedBy")))
            readSelectors(r, c, other);
}

void readBody(const QJsonValue &b, ImportCandidate &c, QStringList &notes)
{
    if (b.isString()) {
        notes.append(u'<' + b.toString() + u'>');
        return;
    }
    const QJsonObject o = b.toObject();
    if (hasType(o, u"Choice"_s)) {
        const QJsonArray items = o.value(u"items").toArray();
        if (!items.isEmpty())
            readBody(items.first(), c, notes);
        return;
    }
    if (o.contains(u"items")) {
        for (const QJsonValue &i : o.value(u"items").toArray())
            readBody(i, c, notes);
        return;
    }
    bool tagging = false;
    for (const QJsonValue &p : values(o.value(u"purpose")))
        tagging = tagging || p.toString() == u"tagging";
    QString value = o.value(u"value").toString();
    if (value.isEmpty()) {
        const QJsonValue src = o.value(u"source");
        value = src.isObject() ? src.toObject().value(u"id").toString() : src.toString();
        if (value.isEmpty())
            value = o.value(u"id").toString();
        if (!value.isEmpty() && !tagging)
            value = u'<' + value + u'>';
    }
    if (value.isEmpty())
        return;
    if (tagging)
        c.tags.append(value);
    else
        notes.append(value);
}

ImportCandidate readAnnotation(const QJsonObject &a, ImportCandidate::Kind kind, int index)
{
    ImportCandidate c;
    c.raw = a;
    c.kind = kind;
    c.index = index;
    c.sourceId = a.value(u"id").toString();
    c.created = parseTimestamp(a.value(u"created").toString());
    c.modified = parseTimestamp(a.value(u"modified").toString());
    QStringList notes;
    if (a.contains(u"bodyValue"))
        notes.append(a.value(u"bodyValue").toString());
    for (const QJsonValue &b : values(a.value(u"body")))
        if (!b.isUndefined() && !b.isNull())
            readBody(b, c, notes);
    c.note = notes.join(u"\n\n"_s);

    // the first target Lede can anchor in text wins
    c.textTarget = false;
    for (const QJsonValue &t : values(a.value(u"target"))) {
        ImportCandidate probe = c;
        bool other = false;
        if (t.isObject()) {
            const QJsonObject to = t.toObject();
            const QJsonValue src = to.value(u"source");
            probe.source = src.isObject() ? src.toObject().value(u"id").toString() : src.toString();
            if (probe.source.isEmpty())
                probe.source = to.value(u"id").toString();
            for (const QJsonValue &s : values(to.value(u"selector")))
                if (!s.isUndefined())
                    readSelectors(s, probe, other);
            const QStringList classes = to.value(u"styleClass").toString().split(u' ', Qt::SkipEmptyParts);
            for (const QString &cls : classes) {
                if (!cls.startsWith(u"lede-"))
                    continue;
                const QString key = cls.mid(5);
                if (auto st = styleFromName(key))
                    probe.style = st;
                else if (const int i = colorIndexOfKey(key); i >= 0)
                    probe.color = i;
            }
        } else {
            probe.source = t.toString();
        }
        if (probe.hasQuote || probe.start) {
            probe.textTarget = true;
            c = probe;
            break;
        }
        if (c.source.isEmpty())
            c.source = probe.source;
    }
    // Lede's own terms
    if (a.contains(kTermColor))
        if (const int i = colorIndexOfKey(a.value(kTermColor).toString()); i >= 0)
            c.color = i;
    if (auto st = styleFromName(a.value(kTermStyle).toString()))
        c.style = st;
    if (auto k = targetKindFromName(a.value(kTermTargetKind).toString())) {
        c.targetKind = *k;
        c.targetKey = a.value(kTermTargetKey).toString();
    }
    return c;
}

void collectItems(const QJsonArray &items, const QString &where, CandidateBatch &out, int &counter)
{
    for (const QJsonValue &item : items) {
        ++counter;
        auto label = [&] {
            return candidateLabel(ImportCandidate::Kind::Annotation, counter, item.toObject().value(u"id").toString());
        };
        if (!item.isObject()) {
            out.problems.append(QObject::tr("%1 in %2 is %3, not an object").arg(label(), where, jsonTypeName(item)));
            continue;
        }
        const QStringList p = checkW3cAnnotation(item.toObject(), true);
        if (!p.isEmpty()) {
            out.problems.append(label() + u": "_s + p.join(u"; "_s));
            continue;
        }
        out.candidates.append(readAnnotation(item.toObject(), ImportCandidate::Kind::Annotation, counter));
    }
}

} // namespace

QString collectW3c(const QJsonValue &root, CandidateBatch &out)
{
    int counter = 0;
    if (root.isArray()) {
        collectItems(root.toArray(), QObject::tr("the list"), out, counter);
        return {};
    }
    const QJsonObject o = root.toObject();
    if (hasType(o, u"AnnotationCollection"_s) || hasType(o, u"AnnotationPage"_s)) {
        QStringList problems;
        if (!o.contains(u"@context"))
            problems.append(QObject::tr("no %1 (it must name %2)").arg(q(u"@context"_s), kW3cAnnotationContext));
        else {
            bool found = false;
            for (const QJsonValue &v : values(o.value(u"@context")))
                found = found || (v.isString() && isContext(v.toString()));
            if (!found)
                problems.append(QObject::tr("%1 does not name %2").arg(q(u"@context"_s), kW3cAnnotationContext));
        }
        if (!problems.isEmpty())
            return problems.join(u"; "_s);
        QJsonObject page = hasType(o, u"AnnotationPage"_s) ? o : o.value(u"first").toObject();
        if (hasType(o, u"AnnotationCollection"_s) && o.contains(u"items"))
            collectItems(o.value(u"items").toArray(), QObject::tr("the collection"), out, counter);
        for (int guard = 0; !page.isEmpty() && guard < 100000; ++guard) {
            if (!page.value(u"items").isArray())
                return QObject::tr("an AnnotationPage has no %1 list").arg(q(u"items"_s));
            collectItems(page.value(u"items").toArray(), QObject::tr("the page"), out, counter);
            page = page.value(u"next").toObject();
        }
        return {};
    }
    const QStringList p = checkW3cAnnotation(o, false);
    if (!p.isEmpty())
        return p.join(u"; "_s);
    out.candidates.append(readAnnotation(o, ImportCandidate::Kind::Single, 1));
    return {};
}

} // namespace lede
