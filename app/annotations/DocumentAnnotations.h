// DocumentAnnotations: the annotations of the open document — what the reader UI talks to.
//
// One per open document (window). It loads the document's annotations from an
// AnnotationStore, re-anchors them in the document's text (Reanchorer), and offers every
// change as an undoable command on its undoStack(); each change is written to the store at
// once. It notices changes made by other windows (same store: its annotationsChanged signal)
// or other processes (the store's changedElsewhere, polled every 2 s) and reloads.
//
//   auto session = new DocumentAnnotations(store, this);   // store must outlive it
//   session->setDocument(doc);                                // Result<void>
//   session->create({.range = selection, .color = 0});        // H key: Result<QUuid>
//   Annotation a = session->at(row); a.note = text; session->update(a);   // editor
//   session->remove(id);                                      // Delete key
//   session->undoStack()->undo();                             // Ctrl+Z
//
// For a QAbstractItemModel: rows are annotations() in this order (new ones are appended);
// aboutToBeInserted/inserted, aboutToBeRemoved/removed, changed and aboutToBeReset/reset map
// one-to-one onto beginInsertRows/…; sort and filter with a proxy model. Orphans
// (status Orphaned, empty range) are part of the list.
//
// Errors (a conflict with another window, a store failure) come back from the call; those
// from undo/redo, the timer or another window are also signalled by errorOccurred.
// Not thread-safe: use it from the store's thread.
#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"
#include "annotations/AnnotationStore.h"
#include "annotations/Reanchorer.h"
#include "annotations/UndoStack.h"
#include "core/Result.h"
#include "document/Document.h"

#include <QObject>

#include <memory>

namespace lede {

struct AnnotationDraft {
    TextRange range = {};  // UTF-16 into the document's text; must not be empty
    int color = 0;
    AnnotationStyle style = AnnotationStyle::Highlight;
    QString note = {};
    QStringList tags = {};
    TargetKind targetKind = TargetKind::TextSpan;
    QString targetKey = {};  // the entity / quote key for Entity / Quote targets
};

class DocumentAnnotations : public QObject {
    Q_OBJECT
public:
    explicit DocumentAnnotations(AnnotationStore *store, QObject *parent = nullptr);
    ~DocumentAnnotations() override;

    // Loads and re-anchors the document's annotations; clears the undo history.
    Result<void> setDocument(const Document &doc);
    const Document &document() const { return m_doc; }
    const DocumentKey &key() const { return m_key; }
    AnnotationStore *store() const { return m_store; }
    UndoStack *undoStack() const { return m_undo; }
    // The palette with the user's colour meanings.
    AnnotationPalette palette() const;

    const QList<Annotation> &annotations() const { return m_list; }
    int count() const { return int(m_list.size()); }
    const Annotation &at(int row) const { return m_list[row]; }
    int indexOf(const QUuid &id) const;
    // The anchored passage annotation on exactly `range`, or nullptr (H on it recolours it,
    // N edits its note, rather than stacking a second one).
    const Annotation *onPassage(TextRange range) const;
    // The annotation on an entity or a quote as a whole (targetKind/targetKey), or nullptr.
    const Annotation *onTarget(TargetKind kind, const QString &key) const;
    // Rows of the (non-orphaned) annotations covering UTF-16 position pos.
    QList<int> rowsAt(int pos) const;

    // Each of these is one undoable step, stored at once.
    Result<QUuid> create(const AnnotationDraft &draft);
    // Takes the UI's edited copy of an annotation; colour, style, note, tags and target are
    // applied (id, anchor and dates are the core's). No change → no undo step.
    Result<void> update(const Annotation &edited);
    Result<void> remove(const QUuid &id);
    Result<void> removeMany(const QList<QUuid> &ids);
    // Attaches an (orphaned or any) annotation to a new selection of the current text.
    Result<void> reattach(const QUuid &id, TextRange range);
    // Adds imported annotations (already anchored by the importer) as one step; ids already
    // stored are skipped. Returns how many were added.
    Result<int> addImported(const QList<Annotation> &list, const QString &undoText);

    // Reloads from the store now (normally automatic).
    Result<void> reload() { return reload(true); }

Q_SIGNALS:
    void aboutToBeReset();
    void reset();
    void aboutToBeInserted(int first, int last);
    void inserted(int first, int last);
    void aboutToBeRemoved(int row);
    void removed(int row);
    void changed(int row);
    void changedElsewhere();  // the list was reloaded because another window/process wrote
    void errorOccurred(const QString &message);

private:
    friend class AnnotationCommand;
    // Store + list + signals; used by the commands.
    Result<void> applyInsert(const QList<Annotation> &items);
    Result<void> applyUpdate(const Annotation &from, const Annotation &to);
    Result<void> applyRemove(const QList<Annotation> &items);
    Result<void> reload(bool external);
    Result<void> checkRows(const QList<Annotation> &expected, QList<Annotation> *current) const;
    Result<void> run(std::unique_ptr<UndoCommand> cmd);
    void onStoreChanged(const QString &docHash, const QString &docPath);
    Annotation resolved(Annotation a) const;

    AnnotationStore *m_store;
    UndoStack *m_undo;
    std::unique_ptr<Reanchorer> m_anchorer;
    Document m_doc;
    DocumentKey m_key;
    QList<Annotation> m_list;
    bool m_writing = false;
};

} // namespace lede
