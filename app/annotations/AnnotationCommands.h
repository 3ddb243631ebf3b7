// The undoable annotation edits pushed by DocumentAnnotations (internal to the session).
// Each keeps snapshots of what it changes; undo/redo only proceed when the annotation is
// still in the state the command left it in (same content, and the stored row version the
// session last saw), so that undoing something another window or program changed since fails
// with ErrorCode::Conflict instead of silently overwriting their change.
#pragma once

#include "annotations/Annotation.h"
#include "annotations/UndoStack.h"

namespace lede {

class DocumentAnnotations;

class AnnotationCommand : public UndoCommand {
public:
    AnnotationCommand(DocumentAnnotations *session, QString text) : m_session(session), m_text(std::move(text)) {}
    QString text() const override { return m_text; }

protected:
    Result<void> insert(const QList<Annotation> &items);
    Result<void> update(const Annotation &from, const Annotation &to);
    Result<void> remove(const QList<Annotation> &items);

private:
    DocumentAnnotations *m_session;
    QString m_text;
};

// Creates one or more annotations (a highlight, an import).
class CreateAnnotationsCommand : public AnnotationCommand {
public:
    CreateAnnotationsCommand(DocumentAnnotations *s, QList<Annotation> items, QString text);
    Result<void> redo() override { return insert(m_items); }
    Result<void> undo() override { return remove(m_items); }
    const QList<Annotation> &items() const { return m_items; }

private:
    QList<Annotation> m_items;
};

class DeleteAnnotationsCommand : public AnnotationCommand {
public:
    DeleteAnnotationsCommand(DocumentAnnotations *s, QList<Annotation> items, QString text);
    Result<void> redo() override { return remove(m_items); }
    Result<void> undo() override { return insert(m_items); }

private:
    QList<Annotation> m_items;
};

// Replaces an annotation's stored content (note, tags, colour, style, target, anchor).
class EditAnnotationCommand : public AnnotationCommand {
public:
    EditAnnotationCommand(DocumentAnnotations *s, Annotation before, Annotation after, QString text);
    Result<void> redo() override { return update(m_before, m_after); }
    Result<void> undo() override { return update(m_after, m_before); }

private:
    Annotation m_before;
    Annotation m_after;
};

} // namespace lede
