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

namespace {

// Names as exported, indexed by the enum's value (the enums count from 0).
constexpr const char16_t *kStyleNames[] = {u"highlight", u"underline", u"strike-through"};
constexpr const char16_t *kTargetKindNames[] = {u"text", u"entity", u"quote"};
constexpr const char16_t *kStatusNames[] = {u"anchored", u"moved", u"text-changed", u"orphaned"};

template <class E, size_t N>
QString nameOf(const char16_t *const (&names)[N], E value)
{
    const auto i = size_t(value);
    return QString::fromUtf16(names[i < N ? i : 0]);
}

template <class E, size_t N>
std::optional<E> valueOf(const char16_t *const (&names)[N], QStringView name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QStringView(names[i]))
            return E(i);
    return std::nullopt;
}

} // namespace

QString styleName(AnnotationStyle s) { return nameOf(kStyleNames, s); }
std::optional<AnnotationStyle> styleFromName(QStringView n) { return valueOf<AnnotationStyle>(kStyleNames, n); }
QString targetKindName(TargetKind k) { return nameOf(kTargetKindNames, k); }
std::optional<TargetKind> targetKindFromName(QStringView n) { return valueOf<TargetKind>(kTargetKindNames, n); }
QString anchorStatusName(AnchorStatus s) { return nameOf(kStatusNames, s); }

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
