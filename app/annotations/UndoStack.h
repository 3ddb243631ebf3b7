// UndoStack / UndoCommand: a minimal undo history for the core, shaped like Qt's
// QUndoStack/QUndoCommand (same names: push, undo, redo, canUndo, undoText, indexChanged …).
//
// Why not QUndoStack: in Qt 6 QUndoCommand and QUndoStack live in QtGui, and ledecore links
// Qt Core/Sql/Concurrent/Network only (no GUI). Our commands also write to a database and can
// fail (a conflict with another window, a full disk), which QUndoCommand cannot report. A UI
// that wants a QUndoStack (e.g. for a QUndoView or a window-wide stack) can wrap each core
// command in a QUndoCommand whose redo()/undo() call ours; the plain way is to bind the Edit
// menu's Undo/Redo actions to undo()/redo() and to the canUndoChanged/undoTextChanged signals.
//
// Semantics: push() runs the command's redo() and keeps it only if that succeeded (the redo
// tail is dropped, as in QUndoStack). When an undo() or redo() fails, the history no longer
// describes the data (it was changed elsewhere), so the stack is cleared and the error
// returned. Not thread-safe: use from one thread.
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace lede {

class UndoCommand {
public:
    virtual ~UndoCommand() = default;
    virtual QString text() const = 0;  // "Highlight", "Edit note" … (translated)
    virtual Result<void> redo() = 0;   // do (first time) or redo
    virtual Result<void> undo() = 0;
};

class UndoStack : public QObject {
    Q_OBJECT
public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    Result<void> push(std::unique_ptr<UndoCommand> command);
    Result<void> undo();
    Result<void> redo();
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < int(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; }  // commands [0, index) are done
    void setUndoLimit(int limit);          // 0 = unlimited (default 1000)
    int undoLimit() const { return m_limit; }

Q_SIGNALS:
    void indexChanged(int index);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &text);
    void redoTextChanged(const QString &text);

private:
    struct State {
        int index;
        bool canUndo, canRedo;
        QString undoText, redoText;
    };
    State state() const;
    void notify(const State &before);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    int m_limit = 1000;
};

} // namespace lede
