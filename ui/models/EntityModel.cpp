#include "models/EntityModel.h"

#include "app/Theme.h"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPixmap>

namespace lede::ui {

EntityModel::EntityModel(QObject *parent) : QAbstractItemModel(parent) {}

void EntityModel::clear() { setAnalysis(nullptr); }

void EntityModel::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_types.clear();
    for (auto &list : m_entitiesByType)
        list.clear();
    if (m_analysis) {
        for (int i = 0; i < m_analysis->entities.size(); ++i)
            m_entitiesByType[size_t(m_analysis->entities[i].type)].append(i);
        const auto &ents = m_analysis->entities;
        for (auto &list : m_entitiesByType) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                const auto ca = ents[a].mentions.size(), cb = ents[b].mentions.size();
                if (ca != cb)
                    return ca > cb;
                return ents[a].firstMention() < ents[b].firstMention();
            });
        }
        for (EntityType t : {EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC, EntityType::DATE})
            if (!m_entitiesByType[size_t(t)].isEmpty())
                m_types.append(t);
    }
    endResetModel();
}

QModelIndex EntityModel::indexForEntity(int entityIndex) const
{
    if (!m_analysis || entityIndex < 0 || entityIndex >= m_analysis->entities.size())
        return {};
    const EntityType t = m_analysis->entities[entityIndex].type;
    const int typeRow = int(m_types.indexOf(t));
    const int row = int(m_entitiesByType[size_t(t)].indexOf(entityIndex));
    if (typeRow < 0 || row < 0)
        return {};
    return createIndex(row, NameColumn, quintptr(typeRow));
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTypeRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTypeRow)
        return {};
    return createIndex(int(child.internalId()), 0, kTypeRow);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_types.size());
    if (parent.column() != 0 || parent.internalId() != kTypeRow)
        return 0;
    return int(m_entitiesByType[size_t(m_types[parent.row()])].size());
}

int EntityModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis)
        return {};
    const bool typeRow = index.internalId() == kTypeRow;
    const EntityType type = m_types[typeRow ? index.row() : int(index.internalId())];
    const QList<int> &ents = m_entitiesByType[size_t(type)];
    if (typeRow) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return entityTypePlural(type);
            return QString::number(ents.size());
        case Qt::AccessibleTextRole:
            return tr("%1, %n entities", nullptr, int(ents.size())).arg(entityTypePlural(type));
        case Qt::DecorationRole:
            if (index.column() == NameColumn) {
                QPixmap swatch(10, 10);
                swatch.fill(Theme::current().typeColor(type));
                return swatch;
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case EntityIndexRole:
            return -1;
        case EntityTypeRole:
            return int(type);
        case Qt::FontRole: {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        default:
            return {};
        }
    }
    const int entityIndex = ents[index.row()];
    const Entity &e = m_analysis->entities[entityIndex];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(e.name) : QVariant(int(e.mentions.size()));
    case Qt::ToolTipRole: {
        QStringList others = e.aliases;
        others.removeAll(e.name);
        QString tip = tr("<b>%1</b> — %2, %n mention(s)", nullptr, int(e.mentions.size()))
                          .arg(e.name.toHtmlEscaped(), entityTypeSingular(e.type));
        if (!others.isEmpty())
            tip += QStringLiteral("<br>") + tr("Also written: %1").arg(others.join(QStringLiteral(", ")).toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %n mention(s)", nullptr, int(e.mentions.size())).arg(e.name, entityTypeSingular(e.type));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIndexRole:
        return entityIndex;
    case EntityTypeRole:
        return int(e.type);
    case MentionCountRole:
        return int(e.mentions.size());
    case AliasesRole:
        return e.aliases;
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return index.internalId() == kTypeRow ? f : f | Qt::ItemIsDragEnabled;
}

QStringList EntityModel::mimeTypes() const { return {QString(kEntityMimeType)}; }

QMimeData *EntityModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> entities;
    for (const QModelIndex &i : indexes) {
        const int e = i.data(EntityIndexRole).toInt();
        if (i.isValid() && e >= 0 && !entities.contains(e))
            entities.append(e);
    }
    if (entities.isEmpty())
        return nullptr;
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << entities;
    }
    auto *mime = new QMimeData;
    mime->setData(QString(kEntityMimeType), bytes);
    return mime;
}

QList<int> EntityModel::droppedEntities(const QMimeData *data)
{
    QList<int> entities;
    if (data && data->hasFormat(QString(kEntityMimeType)))
    {
        QDataStream in(data->data(QString(kEntityMimeType)));
        in >> entities;
    }
    return entities;
}

bool EntityModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent) const
{
    if (row >= 0 || !parent.isValid() || !m_analysis)
        return false;  // only onto a row, not between rows
    const QList<int> entities = droppedEntities(data);
    const int target = parent.data(EntityIndexRole).toInt();
    return !entities.isEmpty() && !(target >= 0 && entities == QList<int>{target});
}

bool EntityModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<int> entities = droppedEntities(data);
    const int target = parent.data(EntityIndexRole).toInt();
    if (target >= 0)
        Q_EMIT entitiesDroppedOnEntity(entities, target);
    else
        Q_EMIT entitiesDroppedOnType(entities, EntityType(parent.data(EntityTypeRole).toInt()));
    return true;
}

} // namespace lede::ui
