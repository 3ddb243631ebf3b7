// AnnotationEditor: the dialog that adds or edits an annotation — what it is about (the
// passage, or the entity / quote), its colour (each with its meaning), style (highlight,
// underline, strike-through), note (Markdown) and tags (completed from the tags already
// used). Ctrl+Enter saves, Escape cancels. It only edits values; the caller applies them
// through DocumentAnnotations (one undo step).
//
//   auto *dlg = new AnnotationEditor(palette, knownTags, window);
//   dlg->setAnnotation(a, tr("Edit Annotation"), passage);
//   connect(dlg, &QDialog::accepted, … dlg->edited() …); dlg->open();
#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace lede::ui {

class TagEdit;

class AnnotationEditor final : public QDialog {
    Q_OBJECT
public:
    AnnotationEditor(const AnnotationPalette &palette, const QStringList &knownTags, QWidget *parent = nullptr);

    // Shows `a` (new or existing); `about` is what it annotates ("“passage”", "Kyaw Win").
    void setAnnotation(const Annotation &a, const QString &title, const QString &about);
    // The annotation given to setAnnotation with the dialog's colour, style, note and tags.
    Annotation edited() const;

    QComboBox *colorBox() const { return m_color; }
    QComboBox *styleBox() const { return m_style; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    TagEdit *tagEdit() const { return m_tags; }

private:
    Annotation m_annotation;
    QLabel *m_about;
    QComboBox *m_color;
    QComboBox *m_style;
    QPlainTextEdit *m_note;
    TagEdit *m_tags;
};

} // namespace lede::ui
