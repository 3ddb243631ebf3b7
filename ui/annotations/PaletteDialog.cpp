#include "annotations/PaletteDialog.h"

#include "annotations/AnnotationText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lede::ui {

PaletteDialog::PaletteDialog(const AnnotationPalette &palette, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("paletteDialog"));
    setWindowTitle(tr("Colour Meanings"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(tr("What each highlight colour means to you. The meaning is shown in the "
                                "Annotations tab and exported as a tag; leave it empty for none."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    for (int i = 0; i < palette.size(); ++i) {
        const PaletteColor &c = palette.color(i);
        auto *edit = new QLineEdit(c.meaning, this);
        edit->setAccessibleName(tr("Meaning of %1").arg(c.label));
        edit->setPlaceholderText(tr("no meaning"));
        edit->setMaxLength(60);
        auto *label = new QLabel(tr("&%1:").arg(c.label), this);
        label->setBuddy(edit);
        auto *swatch = new QLabel(this);
        swatch->setPixmap(colorSwatch(c.hex, 16).pixmap(16, 16));
        grid->addWidget(swatch, i, 0);
        grid->addWidget(label, i, 1);
        grid->addWidget(edit, i, 2);
        m_edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QStringList PaletteDialog::meanings() const
{
    QStringList out;
    for (const QLineEdit *e : m_edits)
        out << e->text().simplified();
    return out;
}

} // namespace lede::ui
