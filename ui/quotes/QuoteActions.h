// QuoteActions: what the reader does with a quote — copy it as a citation (the quote, its
// speaker, the article's title, source and date), fix its speaker (choose from the people and
// organisations of the article), or dismiss it ("not a quote"). Corrections are undoable
// (CorrectionsController) and stored with the document's annotations.
//
// Paths: the Quotes tab's context menu (right click or the menu key) and Ctrl+C on a quote
// there; the article's context menu over a quote; Edit ▸ Copy Quote as Citation
// (Ctrl+Shift+C) and Edit ▸ Correct Quote ▸ Change Speaker… (Ctrl+Shift+R) / Not a Quote
// (Ctrl+Shift+D), which act on the quote at the text cursor when the article has the focus,
// else on the quote selected in the Quotes tab.
#pragma once

#include "core/TextRange.h"

#include <QObject>

class QAction;
class QMenu;

namespace lede::ui {

class CorrectionsController;

class QuoteActions final : public QObject {
    Q_OBJECT
public:
    explicit QuoteActions(CorrectionsController *controller);

    void addToMenu(QMenu *menu);             // Copy Quote as Citation
    void addCorrectionsToMenu(QMenu *menu);  // Change Speaker…, Not a Quote

    QAction *copyCitationAction() const { return m_copy; }
    QAction *changeSpeakerAction() const { return m_changeSpeaker; }
    QAction *dismissAction() const { return m_dismiss; }

    // The quote the window-wide actions work on, or -1.
    int currentQuote() const;
    // The citation text of a quote of the shown analysis.
    QString citation(int quote) const;
    void copyCitation(int quote);
    void changeSpeaker(int quote);  // opens the speaker dialog
    void dismiss(int quote);

private:
    void fillMenu(QMenu *menu, int quote);
    void fillQuoteMenu(QMenu *menu, int quote, bool inPanel);
    void fillArticleMenu(QMenu *menu, int position);
    void selectQuoteNear(TextRange range);
    bool haveQuote(int quote);

    CorrectionsController *m_controller;
    QAction *m_copy;
    QAction *m_panelCopy;
    QAction *m_changeSpeaker;
    QAction *m_dismiss;
};

} // namespace lede::ui
