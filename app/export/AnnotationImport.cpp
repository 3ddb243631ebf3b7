#include "export/AnnotationImport.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Reanchorer.h"
#include "export/AnnotationExport.h"
#include "export/AnnotationJsonLdTerms.h"
#include "export/ImportCandidate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

int ImportResult::orphans() const
{
    return int(std::count_if(annotations.cbegin(), annotations.cend(), [](const Annotation &a) { return a.isOrphan(); }));
}

namespace {

struct Context {
    const Document &doc;
    const AnnotationPalette &palette;
    const Reanchorer &anchorer;
    DocumentKey key;
    QString docName;
    QStringList uris;  // the names this document goes by in a target's "source"
};

bool refersToThisDocument(const QString &source, const Context &cx)
{
    return source.isEmpty() || cx.uris.contains(source);
}

QUuid importedId(const ImportCandidate &c, const Context &cx)
{
    const QString docKey = cx.key.path.isEmpty() ? cx.key.hash : cx.key.path;
    if (c.sourceId.startsWith(u"urn:uuid:")) {
        const QUuid u = QUuid::fromString(QStringView(c.sourceId).mid(9));
        if (!u.isNull())
            return u;  // (AnnotationStore::withoutDuplicates re-keys it if another document has it)
    }
    const QString name = c.sourceId.isEmpty()
        ? QString::fromUtf8(QJsonDocument(c.raw).toJson(QJsonDocument::Compact))
        : c.sourceId;
    return QUuid::createUuidV5(kLedeNamespaceUuid, name + u'\n' + docKey);
}

// Builds the annotation, or returns a problem message.
std::optional<QString> toAnnotation(const ImportCandidate &c, const Context &cx, Annotation &a)
{
    const QString &text = cx.doc.text();
    const OffsetMap &map = cx.anchorer.offsets();
    const bool thisDoc = refersToThisDocument(c.source, cx);
    if (c.start && c.end && *c.start > *c.end)
        return QObject::tr("the start offset %1 is after the end offset %2").arg(*c.start).arg(*c.end);
    const bool positionsFit = c.start && c.end && *c.end <= map.codePointLength();

    Anchor anchor;
    bool tryAnchoring = c.textTarget;
    if (c.textTarget && c.hasQuote && !c.exact.isEmpty()) {
        anchor.exact = c.exact;
        anchor.prefix = c.prefix;
        anchor.suffix = c.suffix;
        if (positionsFit) {
            anchor.start = *c.start;
            anchor.end = *c.end;
        }
    } else if (c.textTarget && c.start && thisDoc) {
        if (!positionsFit)
            return QObject::tr("the offsets %1–%2 are outside the text of %3 (%4 characters)")
                .arg(*c.start).arg(*c.end).arg(cx.docName).arg(map.codePointLength());
        const TextRange r{*map.toUtf16(*c.start), *map.toUtf16(*c.end)};
        if (r.isEmpty())
            return QObject::tr("the offsets %1–%2 select no text").arg(*c.start).arg(*c.end);
        anchor = Anchor::fromRange(text, map, r);
    } else {
        tryAnchoring = false;  // another resource's positions, an SVG/CSS target, a whole page
        anchor.exact = c.exact;
        anchor.prefix = c.prefix;
        anchor.suffix = c.suffix;
    }

    a.id = importedId(c, cx);
    a.origin = c.sourceId;
    a.docHash = cx.key.hash;
    a.docPath = cx.key.path;
    a.note = c.note;
    a.color = c.color.value_or(AnnotationPalette::kImportedColor);
    a.style = c.style.value_or(AnnotationStyle::Highlight);
    QStringList tags = normalizedTags(c.tags);
    if (c.color) {
        const QString colourTag = cx.palette.tagFor(*c.color);
        tags.removeIf([&](const QString &t) { return t.compare(colourTag, Qt::CaseInsensitive) == 0; });
    }
    a.tags = tags;
    a.targetKind = c.targetKind;
    a.targetKey = c.targetKey;
    a.created = c.created.isValid() ? c.created : (c.modified.isValid() ? c.modified : nowUtc());
    a.modified = c.modified.isValid() ? c.modified : a.created;
    a.anchor = anchor;
    a.status = AnchorStatus::Orphaned;
    if (tryAnchoring) {
        const AnchorMatch m = cx.anchorer.resolve(anchor);
        a.range = m.range;
        a.status = m.status;
        if (m.status == AnchorStatus::Anchored || m.status == AnchorStatus::Moved) {
            a.anchor = Anchor::fromRange(text, map, m.range);  // Lede's own anchor in this text
            a.status = AnchorStatus::Anchored;
        }
    }
    return std::nullopt;
}

} // namespace

Result<ImportResult> parseAnnotationFile(const QByteArray &bytes, const QString &fileName, const Document &doc,
                                         const AnnotationPalette &palette)
{
    QJsonParseError err;
    const QJsonDocument jd = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Parse, QObject::tr("%1 is not valid JSON: %2 at byte %3.")
                                               .arg(fileName, err.errorString())
                                               .arg(err.offset));
    ImportResult result;
    CandidateBatch batch;
    QString fatal;
    if (jd.isArray()) {
        result.format = u"W3C Web Annotation"_s;
        fatal = collectW3c(jd.array(), batch);
    } else {
        const QJsonObject o = jd.object();
        if (o.contains(u"rows")) {
            result.format = u"Hypothesis"_s;
            fatal = collectHypothesis(o, batch);
        } else if (o.contains(u"@context") || o.contains(u"type")) {
            result.format = u"W3C Web Annotation"_s;
            fatal = collectW3c(o, batch);
        } else if (o.contains(u"target") || o.contains(u"uri")) {
            result.format = u"Hypothesis"_s;
            fatal = collectHypothesis(o, batch);
        } else {
            fatal = QObject::tr("it is neither a W3C Web Annotation (no “@context” or “type”) nor Hypothesis "
                                "JSON (no “rows” or “target”)");
        }
    }
    if (!fatal.isEmpty())
        return makeError(ErrorCode::Parse, QObject::tr("%1: %2.").arg(fileName, fatal));

    const Reanchorer anchorer(doc.text());
    const QString docName = doc.metadata().sourcePath.isEmpty() ? doc.title() : doc.metadata().sourcePath;
    const Context cx{doc, palette, anchorer, DocumentKey::of(doc), docName.isEmpty() ? QObject::tr("the document") : docName,
                     {documentUri(doc), doc.metadata().url, u"urn:sha256:"_s + doc.contentHash()}};
    result.problems = batch.problems;
    for (const ImportCandidate &c : std::as_const(batch.candidates)) {
        Annotation a;
        if (auto problem = toAnnotation(c, cx, a))
            result.problems.append(c.label() + u": "_s + *problem);
        else
            result.annotations.append(a);
    }
    for (QString &p : result.problems)
        p = fileName + u": "_s + p;
    if (result.annotations.isEmpty() && !result.problems.isEmpty())
        return makeError(ErrorCode::Parse, result.problems.join(u'\n'));
    return result;
}

} // namespace lede
