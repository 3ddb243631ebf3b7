// AnnotationModel: the Annotations tab's list — a read-only QAbstractListModel over the open
// document's DocumentAnnotations, one row per annotation in the session's order (orphans
// included). The session's signals map one-to-one onto begin/end insert/remove/reset and
// dataChanged, so views follow every create, edit, delete, undo, redo and reload at once.
// Sort and filter with AnnotationFilterModel.
//
//   auto *model = new AnnotationModel(this);
//   model->setSession(window->annotations());   // may be nullptr (no store): empty
//
// The session must outlive the model or be reset with setSession(nullptr). GUI thread only.
#pragma once

#include "annotations/DocumentAnnotations.h"
#include "annotations/AnnotationPalette.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUuid>

namespace lede::ui {

class AnnotationModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,  // QUuid
        ColorIndexRole,             // int, AnnotationPalette index
        ColorRole,                  // QColor
        MeaningRole,                // QString: the colour's meaning ("important")
        StyleRole,                  // int(AnnotationStyle)
        PassageRole,                // QString: the text now there (the stored quote for orphans)
        NoteRole,                   // QString: Markdown as written
        PlainNoteRole,              // QString: the note without Markdown marks
        TagsRole,                   // QStringList
        StatusRole,                 // int(AnchorStatus)
        StatusTextRole,             // QString: "moved", "text changed" … ("" when anchored)
        OrphanRole,                 // bool
        PositionRole,               // int: start in the text, -1 for orphans
        CreatedRole,                // QDateTime
        ModifiedRole,               // QDateTime
        TargetKindRole,             // int(TargetKind)
        TargetLabelRole,            // QString: "Note on Kyaw Win" / "Note on a quote" / ""
        SearchTextRole,             // QString: passage, note, tags and meaning (for filtering)
    };

    explicit AnnotationModel(QObject *parent = nullptr);
    ~AnnotationModel() override;

    void setSession(DocumentAnnotations *session);
    DocumentAnnotations *session() const { return m_session; }
    // Colour meanings changed (renamed): refresh the rows.
    void setPalette(const AnnotationPalette &palette);
    const AnnotationPalette &palette() const { return m_palette; }

    QModelIndex indexOf(const QUuid &id) const;
    // Every tag used by this document's annotations, sorted case-insensitively.
    QStringList tags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString passage(const Annotation &a) const;
    QString summary(const Annotation &a) const;
    QString targetName(const Annotation &a) const;
    QString plainNoteOf(const Annotation &a) const;  // cached: Markdown is parsed once per note

    QPointer<DocumentAnnotations> m_session;
    AnnotationPalette m_palette;
    QList<QMetaObject::Connection> m_connections;
    mutable QHash<QUuid, std::pair<QString, QString>> m_plainNotes;  // id → (note, plain text)
};

} // namespace lede::ui
