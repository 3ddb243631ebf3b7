// RichReadingEdit: read-only QTextEdit showing a rendered article (paragraph spacing, line
// height, headings) in a centred column; for articles up to kRichDocumentLimit.
#pragma once

#include "view/ReadingEditBase.h"

#include <QTextEdit>

namespace lede::ui {

class RichReadingEdit final : public ReadingEditBase<QTextEdit> {
public:
    explicit RichReadingEdit(QWidget *parent = nullptr) : ReadingEditBase(parent) {}
    int positionAt(QPoint viewportPos) const override;
    double verticalFraction(int pos) const override;
};

} // namespace lede::ui
