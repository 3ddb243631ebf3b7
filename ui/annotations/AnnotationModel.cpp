#include "annotations/AnnotationModel.h"

#include "annotations/AnnotationTargets.h"
#include "annotations/AnnotationText.h"
#include "annotations/DocumentAnnotations.h"

#include <QColor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

AnnotationModel::AnnotationModel(QObject *parent) : QAbstractListModel(parent) {}

AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::setSession(DocumentAnnotations *session)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    m_plainNotes.clear();
    if (session) {
        m_palette = session->palette();
        m_connections = {
            connect(session, &DocumentAnnotations::aboutToBeReset, this, [this] { beginResetModel(); }),
            connect(session, &DocumentAnnotations::reset, this, [this] { endResetModel(); }),
            connect(session, &DocumentAnnotations::aboutToBeInserted, this,
                    [this](int first, int last) { beginInsertRows({}, first, last); }),
            connect(session, &DocumentAnnotations::inserted, this, [this] { endInsertRows(); }),
            connect(session, &DocumentAnnotations::aboutToBeRemoved, this,
                    [this](int row) { beginRemoveRows({}, row, row); }),
            connect(session, &DocumentAnnotations::removed, this, [this] { endRemoveRows(); }),
            connect(session, &DocumentAnnotations::changed, this, [this](int row) {
                const QModelIndex i = index(row, 0);
                Q_EMIT dataChanged(i, i);
            }),
            connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); }),
        };
    }
    endResetModel();
}

void AnnotationModel::setPalette(const AnnotationPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QModelIndex AnnotationModel::indexOf(const QUuid &id) const
{
    const int row = m_session ? m_session->indexOf(id) : -1;
    return row < 0 ? QModelIndex() : index(row, 0);
}

QStringList AnnotationModel::tags() const
{
    QStringList out;
    if (!m_session)
        return out;
    for (const Annotation &a : m_session->annotations())
        for (const QString &t : a.tags)
            if (!out.contains(t, Qt::CaseInsensitive))
                out.append(t);
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : m_session->count();
}

QString AnnotationModel::passage(const Annotation &a) const
{
    if (a.isOrphan() || a.range.isEmpty())
        return a.anchor.exact;
    return m_session->document().text().mid(a.range.start, a.range.length());
}

QString AnnotationModel::plainNoteOf(const Annotation &a) const
{
    if (a.note.isEmpty())
        return {};
    auto it = m_plainNotes.find(a.id);
    if (it == m_plainNotes.end() || it->first != a.note)
        it = m_plainNotes.insert(a.id, {a.note, plainNote(a.note)});
    return it->second;
}

QString AnnotationModel::targetName(const Annotation &a) const
{
    const QString name = entityNameOfKey(a.targetKey);
    return name.isEmpty() ? shortened(passage(a), 40) : name;
}

QString AnnotationModel::summary(const Annotation &a) const
{
    QStringList parts;
    parts << colorLabel(m_palette, a.color);
    if (a.style != AnnotationStyle::Highlight)
        parts << styleLabel(a.style);
    if (a.targetKind == TargetKind::Entity)
        parts << tr("note on %1").arg(targetName(a));
    parts << tr("“%1”").arg(shortened(passage(a), 120));
    if (!a.note.isEmpty())
        parts << plainNoteOf(a);
    if (!a.tags.isEmpty())
        parts << tr("tags: %1").arg(a.tags.join(u", "_s));
    if (!statusText(a.status).isEmpty())
        parts << statusText(a.status);
    return parts.join(u"; "_s);
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session
        || index.row() >= m_session->count())
        return {};
    const Annotation &a = m_session->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return summary(a);
    case Qt::ToolTipRole:
        return annotationToolTip(a, m_palette);
    case Qt::DecorationRole:
    case ColorRole:
        return QColor(m_palette.color(a.color).hex);
    case IdRole:
        return a.id;
    case ColorIndexRole:
        return a.color;
    case MeaningRole:
        return m_palette.meaning(a.color);
    case StyleRole:
        return int(a.style);
    case PassageRole:
        return passage(a);
    case NoteRole:
        return a.note;
    case PlainNoteRole:
        return plainNoteOf(a);
    case TagsRole:
        return a.tags;
    case StatusRole:
        return int(a.status);
    case StatusTextRole:
        return statusText(a.status);
    case OrphanRole:
        return a.isOrphan();
    case PositionRole:
        return a.isOrphan() ? -1 : a.range.start;
    case CreatedRole:
        return a.created;
    case ModifiedRole:
        return a.modified;
    case TargetKindRole:
        return int(a.targetKind);
    case TargetLabelRole:
        if (a.targetKind == TargetKind::Entity)
            return tr("Note on %1").arg(targetName(a));
        if (a.targetKind == TargetKind::Quote)
            return tr("Note on a quote");
        return QString();
    case SearchTextRole:
        return QStringList{passage(a), a.note, a.tags.join(u' '), m_palette.meaning(a.color)}.join(u'\n');
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    const std::pair<int, const char *> names[] = {
        {IdRole, "id"},           {ColorIndexRole, "colorIndex"}, {ColorRole, "color"},
        {MeaningRole, "meaning"}, {StyleRole, "style"},           {PassageRole, "passage"},
        {NoteRole, "note"},       {PlainNoteRole, "plainNote"},   {TagsRole, "tags"},
        {StatusRole, "status"},   {StatusTextRole, "statusText"}, {OrphanRole, "orphan"},
        {PositionRole, "position"}, {CreatedRole, "created"},     {ModifiedRole, "modified"},
        {TargetKindRole, "targetKind"}, {TargetLabelRole, "targetLabel"}, {SearchTextRole, "searchText"},
    };
    for (const auto &[role, name] : names)
        r.insert(role, name);
    return r;
}

} // namespace lede::ui
