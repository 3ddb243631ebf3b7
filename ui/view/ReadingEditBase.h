// ReadingEditBase: what both reading surfaces share — read-only, no frame, selectable text,
// mouse tracking, and a centred text column whose margins are set before the base class
// handles a resize (setting them in resizeEvent() re-wraps twice; see DESIGN.md).
#pragma once

#include "view/ReadingSurface.h"

#include <QResizeEvent>
#include <QScrollBar>

namespace lede::ui {

template <class Editor>
class ReadingEditBase : public Editor, public ReadingSurface {
public:
    explicit ReadingEditBase(QWidget *parent) : Editor(parent)
    {
        this->setReadOnly(true);
        this->setUndoRedoEnabled(false);
        this->setFrameShape(QFrame::NoFrame);
        this->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        this->setMouseTracking(true);
    }

    QAbstractScrollArea *scrollArea() override { return this; }
    QTextDocument *textDocument() const override { return this->document(); }
    QTextCursor cursor() const override { return this->textCursor(); }
    void setCursor(const QTextCursor &c) override { this->setTextCursor(c); }
    void setSelections(const QList<QTextEdit::ExtraSelection> &s) override { this->setExtraSelections(s); }
    QRect rectForCursor(const QTextCursor &c) const override { return this->cursorRect(c); }
    void setColumnWidth(int pixels) override
    {
        m_column = pixels;
        updateMargins(this->width());
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Resize)
            updateMargins(static_cast<QResizeEvent *>(e)->size().width());
        return Editor::event(e);
    }

private:
    void updateMargins(int width)
    {
        const int m = centredMargin(width, this->verticalScrollBar()->sizeHint().width(), m_column);
        this->setViewportMargins(m, 0, m, 0);
    }
    int m_column = 720;
};

} // namespace lede::ui
