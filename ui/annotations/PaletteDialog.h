// PaletteDialog: renames what each highlight colour means ("important", "dispute" …). The
// meaning is exported as a tag of every annotation in that colour. The caller stores the
// result (AnnotationStore::setPaletteName), which all windows then show.
#pragma once

#include "annotations/AnnotationPalette.h"

#include <QDialog>

class QLineEdit;

namespace lede::ui {

class PaletteDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PaletteDialog(const AnnotationPalette &palette, QWidget *parent = nullptr);
    QStringList meanings() const;  // one per colour, trimmed
    QLineEdit *meaningEdit(int index) const { return m_edits.value(index); }

private:
    QList<QLineEdit *> m_edits;
};

} // namespace lede::ui
