// CorrectionsController: the reader's corrections of the analysis, in the window — created by
// MainWindow with one line. It composes the entity corrections (EntityCorrectionActions), the
// quote actions (QuoteActions: copy as citation, change speaker, not a quote) and the
// speaker tints in the text (SpeakerHighlights), adds their Edit-menu entries, and gives
// them what they share: a Corrector bound to the window's undo stack (so Ctrl+Z undoes
// corrections and annotations alike) and one way to report the outcome.
//
// It computes nothing: every correction is a Corrector call (core), and the session applies
// it and signals correctionsApplied, which refreshes the window like a finished analysis.
#pragma once

#include "core/Result.h"
#include "session/Corrector.h"

#include <QObject>

class QWidget;

namespace lede {
struct Analysis;
class DocumentSession;
class UndoStack;
}

namespace lede::ui {

class EntityCorrectionActions;
class MainWindow;
class QuoteActions;
class SpeakerHighlights;

class CorrectionsController final : public QObject {
    Q_OBJECT
public:
    explicit CorrectionsController(MainWindow *window);  // a child of window
    ~CorrectionsController() override;

    MainWindow *window() const { return m_window; }
    DocumentSession *session() const;
    const Analysis *analysis() const;  // corrected; nullptr while analysing
    Corrector corrector() const;
    UndoStack *undoStack() const;

    // Shows the outcome of a correction: on success its undo text and how to undo it in the
    // status bar; on failure the reason (a dialog unless it was a mere usage slip).
    bool report(const Result<void> &result);
    void showHint(const QString &message);
    // True when the keyboard focus is in the article (actions then work on the text cursor).
    bool articleHasFocus() const;

    EntityCorrectionActions *entities() const { return m_entities; }
    QuoteActions *quotes() const { return m_quotes; }

private:
    MainWindow *m_window;
    UndoStack *m_fallbackStack;  // when the annotation store could not be opened
    EntityCorrectionActions *m_entities;
    QuoteActions *m_quotes;
    SpeakerHighlights *m_highlights;
};

} // namespace lede::ui
