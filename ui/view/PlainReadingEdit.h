// PlainReadingEdit: read-only QPlainTextEdit for long documents (megabytes): it lays out
// only the visible blocks, so opening, jumping and resizing stay fast. No paragraph formats.
#pragma once

#include "view/ReadingEditBase.h"

#include <QPlainTextEdit>

namespace lede::ui {

class PlainReadingEdit final : public ReadingEditBase<QPlainTextEdit> {
public:
    explicit PlainReadingEdit(QWidget *parent = nullptr) : ReadingEditBase(parent) {}
    int positionAt(QPoint viewportPos) const override;
    double verticalFraction(int pos) const override;
};

} // namespace lede::ui
