// CorrectionCommand: one undoable change of the reader's corrections (an UndoCommand for the
// window's UndoStack, beside the annotation edits). It keeps the corrections before and
// after; redo() and undo() go through DocumentCorrections::replace(), which stores the
// change at once and refuses (ErrorCode::Conflict) when another window changed the same part
// since, or when another document is open by now.
//
//   Corrections next = corrections->current();
//   next.rules.append({u"Monday"_s, EntityType::DATE});
//   stack->push(std::make_unique<CorrectionCommand>(corrections, hash, corrections->current(),
//                                                   next, tr("Always Treat “Monday” as Date")));
//
// Usually built by Corrector. The DocumentCorrections must outlive the command or the
// command fails cleanly (it holds a QPointer).
#pragma once

#include "annotations/UndoStack.h"
#include "session/DocumentCorrections.h"

#include <QPointer>

namespace lede {

class CorrectionCommand final : public UndoCommand {
public:
    CorrectionCommand(DocumentCorrections *target, QString docHash, Corrections before, Corrections after,
                      QString text);
    QString text() const override { return m_text; }
    Result<void> redo() override { return apply(m_before, m_after); }
    Result<void> undo() override { return apply(m_after, m_before); }

private:
    Result<void> apply(const Corrections &from, const Corrections &to);

    QPointer<DocumentCorrections> m_target;
    QString m_hash;
    Corrections m_before;
    Corrections m_after;
    QString m_text;
};

} // namespace lede
