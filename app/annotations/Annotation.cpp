#include "annotations/Annotation.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace lede {

bool Annotation::sameContent(const Annotation &o) const
{
    return id == o.id && anchor == o.anchor && color == o.color && style == o.style && note == o.note
        && tags == o.tags && targetKind == o.targetKind && targetKey == o.targetKey && created == o.created
        && modified == o.modified && docHash == o.docHash && docPath == o.docPath && origin == o.origin;
}

QString styleName(AnnotationStyle s)
{
    switch (s) {
    case AnnotationStyle::Highlight: return u"highlight"_s;
    case AnnotationStyle::Underline: return u"underline"_s;
    case AnnotationStyle::StrikeThrough: return u"strike-through"_s;
    }
    return u"highlight"_s;
}

std::optional<AnnotationStyle> styleFromName(QStringView name)
{
    for (auto s : {AnnotationStyle::Highlight, AnnotationStyle::Underline, AnnotationStyle::StrikeThrough})
        if (name == styleName(s))
            return s;
    return std::nullopt;
}

QString targetKindName(TargetKind k)
{
    switch (k) {
    case TargetKind::TextSpan: return u"text"_s;
    case TargetKind::Entity: return u"entity"_s;
    case TargetKind::Quote: return u"quote"_s;
    }
    return u"text"_s;
}

std::optional<TargetKind> targetKindFromName(QStringView name)
{
    for (auto k : {TargetKind::TextSpan, TargetKind::Entity, TargetKind::Quote})
        if (name == targetKindName(k))
            return k;
    return std::nullopt;
}

QString anchorStatusName(AnchorStatus s)
{
    switch (s) {
    case AnchorStatus::Anchored: return u"anchored"_s;
    case AnchorStatus::Moved: return u"moved"_s;
    case AnchorStatus::TextChanged: return u"text-changed"_s;
    case AnchorStatus::Orphaned: return u"orphaned"_s;
    }
    return u"orphaned"_s;
}

QString anchorStatusLabel(AnchorStatus s)
{
    switch (s) {
    case AnchorStatus::Anchored: return QObject::tr("anchored");
    case AnchorStatus::Moved: return QObject::tr("moved");
    case AnchorStatus::TextChanged: return QObject::tr("text changed");
    case AnchorStatus::Orphaned: return QObject::tr("orphaned");
    }
    return {};
}

QString isoTimestamp(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &s)
{
    // keep milliseconds, truncating finer fractions ("…14.673557+00:00" → "…14.673+00:00")
    static const QRegularExpression fine(uR"(^(.*T\d\d:\d\d:\d\d\.\d{3})\d+(.*)$)"_s);
    QString text = s.trimmed();
    const bool ours = text.size() == 24 && text.endsWith(u'Z') && text[19] == u'.';  // isoTimestamp()'s form
    if (!ours)
        if (const auto m = fine.match(text); m.hasMatch())
            text = m.captured(1) + m.captured(2);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());  // no zone given: read as UTC, not local time
    return t.toUTC();
}

QDateTime nowUtc()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : tags) {
        const QString s = t.simplified();
        if (s.isEmpty() || seen.contains(s.toCaseFolded()))
            continue;
        seen.insert(s.toCaseFolded());
        out.append(s);
    }
    return out;
}

} // namespace lede
