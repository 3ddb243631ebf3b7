// W3C Web Annotation JSON-LD export: one AnnotationCollection with one embedded page.
//
// Written with the streaming JsonWriter (compact UTF-8): 10,000 annotations stay fast.
// Each Annotation: id urn:uuid, motivation, created/modified, bodies (the note as a Markdown
// TextualBody with purpose "commenting"; each tag — the colour's meaning included — as a
// TextualBody with purpose "tagging"), and a target on the document with a TextQuoteSelector
// and, when anchored, a TextPositionSelector (code points). Lede's own fields (colour, style,
// what the annotation is about) ride along as "lede:" terms declared in the @context, so a
// Lede import restores them and other tools can ignore them.
#include "core/JsonWriter.h"
#include "core/OffsetMap.h"
#include "core/Version.h"
#include "export/AnnotationExport.h"
#include "export/AnnotationJsonLdTerms.h"


using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

void quoteSelector(JsonWriter &w, const QString &exact, const QString &prefix, const QString &suffix)
{
    w.beginObject();
    w.key(u"type");
    w.value(u"TextQuoteSelector");
    w.key(u"exact");
    w.value(exact);
    if (!prefix.isEmpty()) {
        w.key(u"prefix");
        w.value(prefix);
    }
    if (!suffix.isEmpty()) {
        w.key(u"suffix");
        w.value(suffix);
    }
    w.endObject();
}

void textualBody(JsonWriter &w, const QString &value, bool tagging)
{
    w.beginObject();
    w.key(u"type");
    w.value(u"TextualBody");
    w.key(u"value");
    w.value(value);
    if (!tagging) {
        w.key(u"format");
        w.value(u"text/markdown");
    }
    w.key(u"purpose");
    w.value(tagging ? u"tagging" : u"commenting");
    w.endObject();
}

void writeAnnotation(JsonWriter &w, const Annotation &a, const ExportInput &in, const OffsetMap &map,
                     const QString &source)
{
    const PaletteColor &colour = in.palette.color(a.color);
    w.beginObject();
    w.key(u"id");
    w.value(QString(u"urn:uuid:"_s + a.id.toString(QUuid::WithoutBraces)));
    w.key(u"type");
    w.value(u"Annotation");
    w.key(u"motivation");
    w.value(a.note.isEmpty() ? u"highlighting" : u"commenting");
    if (a.created.isValid()) {
        w.key(u"created");
        w.value(isoTimestamp(a.created));
    }
    if (a.modified.isValid()) {
        w.key(u"modified");
        w.value(isoTimestamp(a.modified));
    }
    const QStringList tags = exportTags(a, in.palette);
    const int bodies = (a.note.isEmpty() ? 0 : 1) + int(tags.size());
    if (bodies > 0) {
        w.key(u"body");
        if (bodies > 1)
            w.beginArray();
        if (!a.note.isEmpty())
            textualBody(w, a.note, false);
        for (const QString &tag : tags)
            textualBody(w, tag, true);
        if (bodies > 1)
            w.endArray();
    }
    w.key(u"target");
    w.beginObject();
    w.key(u"type");
    w.value(u"SpecificResource");
    w.key(u"source");
    w.value(source);
    w.key(u"styleClass");
    w.value(QString(u"lede-"_s + colour.key + u" lede-"_s + styleName(a.style)));
    w.key(u"selector");
    if (a.isOrphan()) {
        quoteSelector(w, a.anchor.exact, a.anchor.prefix, a.anchor.suffix);
    } else {
        const Anchor cur = Anchor::fromRange(in.document.text(), map, a.range);
        w.beginArray();
        quoteSelector(w, cur.exact, cur.prefix, cur.suffix);
        w.beginObject();
        w.key(u"type");
        w.value(u"TextPositionSelector");
        w.key(u"start");
        w.value(cur.start);
        w.key(u"end");
        w.value(cur.end);
        w.endObject();
        w.endArray();
    }
    w.endObject();
    w.key(kTermColor);
    w.value(colour.key);
    w.key(kTermStyle);
    w.value(styleName(a.style));
    w.key(kTermStatus);
    w.value(anchorStatusName(a.status));
    if (a.targetKind != TargetKind::TextSpan) {
        w.key(kTermTargetKind);
        w.value(targetKindName(a.targetKind));
        w.key(kTermTargetKey);
        w.value(a.targetKey);
    }
    w.endObject();
}

} // namespace

QByteArray annotationsToJsonLd(const ExportInput &in)
{
    const OffsetMap map(in.document.text());
    const QString source = documentUri(in.document);
    const QString hash = in.document.contentHash();
    const QString title = in.document.title();
    JsonWriter w;
    w.beginObject();
    w.key(u"@context");
    w.beginArray();
    w.value(kW3cAnnotationContext);
    w.beginObject();
    w.key(u"lede");
    w.value(kLedeVocabulary);
    w.endObject();
    w.endArray();
    w.key(u"id");
    w.value(QString(u"urn:uuid:"_s + QUuid::createUuidV5(kLedeNamespaceUuid, hash).toString(QUuid::WithoutBraces)));
    w.key(u"type");
    w.value(u"AnnotationCollection");
    w.key(u"label");
    w.value(title.isEmpty() ? u"Annotations"_s : u"Annotations on “%1”"_s.arg(title));
    w.key(u"total");
    w.value(int(in.annotations.size()));
    w.key(u"generator");
    w.beginObject();
    w.key(u"id");
    w.value(kLedeHomepage);
    w.key(u"type");
    w.value(u"Software");
    w.key(u"name");
    w.value(QStringLiteral("Lede " LEDE_VERSION));
    w.endObject();
    w.key(u"generated");
    w.value(isoTimestamp(nowUtc()));
    w.key(u"first");
    w.beginObject();
    w.key(u"id");
    w.value(QString(u"urn:uuid:"_s
                    + QUuid::createUuidV5(kLedeNamespaceUuid, QString(hash + u"/page1"_s)).toString(QUuid::WithoutBraces)));
    w.key(u"type");
    w.value(u"AnnotationPage");
    w.key(u"startIndex");
    w.value(0);
    w.key(u"items");
    w.beginArray();
    for (const Annotation *a : inReadingOrder(in.annotations))
        writeAnnotation(w, *a, in, map, source);
    w.endArray();
    w.endObject();
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace lede
