#include "corrections/SplitEntityDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lede::ui {

namespace {
constexpr int kSurfaceRole = Qt::UserRole + 1;
}

SplitEntityDialog::SplitEntityDialog(const QString &entityName, const QList<EntitySurface> &surfaces, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)), m_list(new QListView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("splitEntityDialog"));
    setWindowTitle(tr("Split “%1”").arg(entityName));
    auto *label = new QLabel(tr("Check the names that belong to <b>another</b> entity. They will be moved to a new "
                                "entity; the others stay with “%1”.")
                                 .arg(entityName.toHtmlEscaped()),
                             this);
    label->setWordWrap(true);
    for (const EntitySurface &s : surfaces) {
        auto *item = new QStandardItem(tr("%1 — %n mention(s)", nullptr, s.mentions).arg(s.surface));
        item->setData(s.surface, kSurfaceRole);
        item->setCheckable(true);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Names to move to a new entity"));
    label->setBuddy(m_list);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Split"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &SplitEntityDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_list->setFocus();
    updateOk();
}

QStringList SplitEntityDialog::chosenSurfaces() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->checkState() == Qt::Checked)
            out << m_model->item(r)->data(kSurfaceRole).toString();
    return out;
}

void SplitEntityDialog::updateOk()
{
    const auto n = chosenSurfaces().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0 && n < m_model->rowCount());
}

} // namespace lede::ui
