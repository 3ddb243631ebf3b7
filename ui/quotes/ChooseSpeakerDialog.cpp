#include "quotes/ChooseSpeakerDialog.h"

#include "app/Theme.h"
#include "session/Corrector.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lede::ui {

namespace {
constexpr int kEntityRole = Qt::UserRole + 1;
}

ChooseSpeakerDialog::ChooseSpeakerDialog(const Analysis &analysis, int current, const QString &quoteSnippet,
                                         QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("chooseSpeakerDialog"));
    setWindowTitle(tr("Who Said This?"));
    auto *label = new QLabel(tr("The speaker of “%1”:").arg(quoteSnippet.toHtmlEscaped()), this);
    label->setWordWrap(true);
    auto *none = new QStandardItem(tr("No speaker (unattributed)"));
    none->setData(-1, kEntityRole);
    m_model->appendRow(none);
    for (int e : speakerCandidates(analysis)) {
        const Entity &entity = analysis.entities[e];
        auto *item = new QStandardItem(entity.name);
        item->setData(e, kEntityRole);
        item->setToolTip(tr("%1, %n mention(s)", nullptr, int(entity.mentions.size())).arg(entityTypeSingular(entity.type)));
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Speakers"));
    m_filter->setPlaceholderText(tr("Filter people and organisations"));
    m_filter->setAccessibleName(tr("Filter speakers"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    label->setBuddy(m_filter);
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->data(kEntityRole).toInt() == current)
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(r, 0)));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t);
        m_list->setCurrentIndex(m_proxy->rowCount() > 0 ? m_proxy->index(0, 0) : QModelIndex());
    });
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_filter->setFocus();
}

std::optional<int> ChooseSpeakerDialog::chosenEntity() const
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    return i.data(kEntityRole).toInt();
}

bool ChooseSpeakerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // arrows in the filter box move through the list
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lede::ui
