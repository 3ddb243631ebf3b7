// PlainReadingEdit: read-only QPlainTextEdit for long documents (megabytes): it lays out
// only the visible blocks, so opening, jumping and resizing stay fast. No paragraph formats.
#pragma once

#include "view/ReadingSurface.h"

#include <QPlainTextEdit>

namespace lede::ui {

class PlainReadingEdit final : public QPlainTextEdit, public ReadingSurface {
    Q_OBJECT
public:
    explicit PlainReadingEdit(QWidget *parent = nullptr);

    QAbstractScrollArea *scrollArea() override { return this; }
    QTextDocument *textDocument() const override { return document(); }
    QTextCursor cursor() const override { return textCursor(); }
    void setCursor(const QTextCursor &c) override { setTextCursor(c); }
    void setSelections(const QList<QTextEdit::ExtraSelection> &s) override { setExtraSelections(s); }
    QRect rectForCursor(const QTextCursor &c) const override { return cursorRect(c); }
    int positionAt(QPoint viewportPos) const override;
    double verticalFraction(int pos) const override;
    void setColumnWidth(int pixels) override;

protected:
    bool event(QEvent *e) override;

private:
    void updateMargins(int width);
    int m_column = 720;
};

} // namespace lede::ui
