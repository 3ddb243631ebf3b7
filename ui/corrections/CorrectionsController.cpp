#include "corrections/CorrectionsController.h"

#include "annotations/DocumentAnnotations.h"
#include "annotations/UndoStack.h"
#include "corrections/EntityCorrectionActions.h"
#include "quotes/QuoteActions.h"
#include "quotes/SpeakerHighlights.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace lede::ui {

CorrectionsController::CorrectionsController(MainWindow *window)
    : QObject(window), m_window(window), m_fallbackStack(new UndoStack(this))
{
    m_entities = new EntityCorrectionActions(this);
    m_quotes = new QuoteActions(this);
    m_highlights = new SpeakerHighlights(window, this);

    QMenu *edit = window->actions().editMenu;
    edit->addSeparator();
    m_quotes->addToMenu(edit);
    m_entities->addToMenu(edit->addMenu(tr("Correct &Entity")));
    m_quotes->addCorrectionsToMenu(edit->addMenu(tr("Correct &Quote")));

    connect(window->session(), &DocumentSession::correctionsFailed, this, [this](const QString &message) {
        report(makeError(ErrorCode::Parse, message));
    });
}

CorrectionsController::~CorrectionsController() = default;

DocumentSession *CorrectionsController::session() const { return m_window->session(); }

const Analysis *CorrectionsController::analysis() const { return m_window->session()->analysis(); }

UndoStack *CorrectionsController::undoStack() const
{
    return m_window->annotations() ? m_window->annotations()->undoStack() : m_fallbackStack;
}

Corrector CorrectionsController::corrector() const { return Corrector(session(), undoStack()); }

void CorrectionsController::showHint(const QString &message) { m_window->statusBar()->showMessage(message, 6000); }

bool CorrectionsController::report(const Result<void> &result)
{
    if (result) {
        const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        if (!undoStack()->undoText().isEmpty())
            showHint(tr("%1 — %2 undoes it").arg(undoStack()->undoText(), undo));
        return true;
    }
    showHint(result.error().message);
    if (result.error().code != ErrorCode::Usage) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Correction not saved"), result.error().message,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("correctionErrorDialog"));
        box->open();
    }
    return false;
}

bool CorrectionsController::articleHasFocus() const
{
    const QWidget *f = QApplication::focusWidget();
    const ArticleView *view = m_window->articleView();
    return f && (f == view || view->isAncestorOf(f));
}

} // namespace lede::ui
