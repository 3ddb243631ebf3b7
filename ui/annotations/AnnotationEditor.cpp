#include "annotations/AnnotationEditor.h"

#include "annotations/AnnotationText.h"
#include "annotations/TagEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lede::ui {

AnnotationEditor::AnnotationEditor(const AnnotationPalette &palette, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent), m_about(new QLabel(this)), m_color(new QComboBox(this)), m_style(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_tags(new TagEdit(this))
{
    setObjectName(QStringLiteral("annotationEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(480, 380);

    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setAccessibleName(tr("Annotated text"));
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    for (int i = 0; i < palette.size(); ++i)
        m_color->addItem(colorSwatch(palette.color(i).hex), colorLabel(palette, i), i);
    m_color->setAccessibleName(tr("Colour"));
    for (AnnotationStyle s : {AnnotationStyle::Highlight, AnnotationStyle::Underline, AnnotationStyle::StrikeThrough})
        m_style->addItem(styleLabel(s), int(s));
    m_style->setAccessibleName(tr("Style"));

    m_note->setPlaceholderText(tr("Your note (Markdown: **bold**, *italic*, [link](https://…), - lists)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_tags->setKnownTags(knownTags);
    m_tags->setAccessibleName(tr("Tags"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("St&yle:"), m_style);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Tags:"), m_tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    m_note->setFocus();
}

void AnnotationEditor::setAnnotation(const Annotation &a, const QString &title, const QString &about)
{
    m_annotation = a;
    setWindowTitle(title);
    m_about->setText(shortened(about, 400));
    m_color->setCurrentIndex(std::max(0, m_color->findData(a.color)));
    m_style->setCurrentIndex(std::max(0, m_style->findData(int(a.style))));
    m_note->setPlainText(a.note);
    m_tags->setTags(a.tags);
    m_note->moveCursor(QTextCursor::End);
    m_note->setFocus();
}

Annotation AnnotationEditor::edited() const
{
    Annotation a = m_annotation;
    a.color = m_color->currentData().toInt();
    a.style = AnnotationStyle(m_style->currentData().toInt());
    a.note = m_note->toPlainText().trimmed();
    a.tags = m_tags->tags();
    return a;
}

} // namespace lede::ui
