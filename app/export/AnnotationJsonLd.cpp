// W3C Web Annotation JSON-LD export: one AnnotationCollection with one embedded page.
//
// Each Annotation: id urn:uuid, motivation, created/modified, bodies (the note as a Markdown
// TextualBody with purpose "commenting"; each tag — the colour's meaning included — as a
// TextualBody with purpose "tagging"), and a target on the document with a TextQuoteSelector
// and, when anchored, a TextPositionSelector (code points). Lede's own fields (colour, style,
// what the annotation is about) ride along as "lede:" terms declared in the @context, so a
// Lede import restores them and other tools can ignore them.
#include "core/OffsetMap.h"
#include "core/Version.h"
#include "export/AnnotationExport.h"
#include "export/AnnotationJsonLdTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QJsonObject quoteSelector(const QString &exact, const QString &prefix, const QString &suffix)
{
    QJsonObject s{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, exact}};
    if (!prefix.isEmpty())
        s.insert(u"prefix"_s, prefix);
    if (!suffix.isEmpty())
        s.insert(u"suffix"_s, suffix);
    return s;
}

QJsonObject annotationJson(const Annotation &a, const ExportInput &in, const OffsetMap &map, const QString &source)
{
    const QString &text = in.document.text();
    QJsonArray selectors;
    if (a.isOrphan()) {
        selectors.append(quoteSelector(a.anchor.exact, a.anchor.prefix, a.anchor.suffix));
    } else {
        const Anchor cur = Anchor::fromRange(text, map, a.range);
        selectors.append(quoteSelector(cur.exact, cur.prefix, cur.suffix));
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, cur.start}, {u"end"_s, cur.end}});
    }
    const PaletteColor &colour = in.palette.color(a.color);
    QJsonObject target{
        {u"type"_s, u"SpecificResource"_s},
        {u"source"_s, source},
        {u"styleClass"_s, QString(u"lede-"_s + colour.key + u" lede-"_s + styleName(a.style))},
        {u"selector"_s, selectors.size() == 1 ? QJsonValue(selectors.first()) : QJsonValue(selectors)},
    };
    QJsonArray bodies;
    if (!a.note.isEmpty())
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, a.note},
                                  {u"format"_s, u"text/markdown"_s}, {u"purpose"_s, u"commenting"_s}});
    for (const QString &tag : exportTags(a, in.palette))
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, tag}, {u"purpose"_s, u"tagging"_s}});

    QJsonObject o{
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, a.note.isEmpty() ? u"highlighting"_s : u"commenting"_s},
        {u"target"_s, target},
        {kTermColor, colour.key},
        {kTermStyle, styleName(a.style)},
        {kTermStatus, anchorStatusName(a.status)},
    };
    o.insert(u"id"_s, QString(u"urn:uuid:"_s + a.id.toString(QUuid::WithoutBraces)));
    if (a.created.isValid())
        o.insert(u"created"_s, isoTimestamp(a.created));
    if (a.modified.isValid())
        o.insert(u"modified"_s, isoTimestamp(a.modified));
    if (!bodies.isEmpty())
        o.insert(u"body"_s, bodies.size() == 1 ? QJsonValue(bodies.first()) : QJsonValue(bodies));
    if (a.targetKind != TargetKind::TextSpan) {
        o.insert(kTermTargetKind, targetKindName(a.targetKind));
        o.insert(kTermTargetKey, a.targetKey);
    }
    return o;
}

} // namespace

QByteArray annotationsToJsonLd(const ExportInput &in)
{
    const OffsetMap map(in.document.text());
    const QString source = documentUri(in.document);
    QJsonArray items;
    for (const Annotation *a : inReadingOrder(in.annotations))
        items.append(annotationJson(*a, in, map, source));
    const QString collectionId =
        u"urn:uuid:"_s + QUuid::createUuidV5(kLedeNamespaceUuid, in.document.contentHash()).toString(QUuid::WithoutBraces);
    const QString pageId =
        u"urn:uuid:"_s
        + QUuid::createUuidV5(kLedeNamespaceUuid, in.document.contentHash() + u"/page1"_s).toString(QUuid::WithoutBraces);
    const QString title = in.document.title();
    QJsonObject collection{
        {u"@context"_s, QJsonArray{kW3cAnnotationContext, QJsonObject{{u"lede"_s, kLedeVocabulary}}}},
        {u"id"_s, collectionId},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, title.isEmpty() ? u"Annotations"_s : u"Annotations on “%1”"_s.arg(title)},
        {u"total"_s, int(items.size())},
        {u"generator"_s, QJsonObject{{u"id"_s, kLedeHomepage}, {u"type"_s, u"Software"_s},
                                     {u"name"_s, QStringLiteral("Lede " LEDE_VERSION)}}},
        {u"generated"_s, isoTimestamp(nowUtc())},
        {u"first"_s, QJsonObject{{u"id"_s, pageId}, {u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0},
                                 {u"items"_s, items}}},
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace lede
