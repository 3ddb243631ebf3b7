// RichReadingEdit: read-only QTextEdit showing a rendered article in a centred column.
#pragma once

#include "view/ReadingSurface.h"

#include <QTextEdit>

namespace lede::ui {

class RichReadingEdit final : public QTextEdit, public ReadingSurface {
    Q_OBJECT
public:
    explicit RichReadingEdit(QWidget *parent = nullptr);

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
