#include "web/OpenUrlDialog.h"

#include "net/PageFetcher.h"
#include "net/UrlOpener.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lede::ui {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent), m_opener(new UrlOpener(this)), m_field(new QLineEdit(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open URL"));
    setAccessibleName(tr("Open URL"));
    auto *intro = new QLabel(tr("Address of a news article (the page is kept on this computer so you can reread "
                                "and annotate it offline):"),
                             this);
    intro->setWordWrap(true);
    m_field->setPlaceholderText(QStringLiteral("https://"));
    m_field->setAccessibleName(tr("Web address"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(460);
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (PageFetcher::isWebAddress(clip))
        m_field->setText(clip);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Download status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_field);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenUrlDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenUrlDialog::reject);
    connect(m_opener, &UrlOpener::progress, this, [this](qint64 got, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * got / total));
        } else {
            m_progress->setRange(0, 0);  // busy indicator
        }
        m_status->setText(tr("Downloading… %1").arg(QLocale().formattedDataSize(got)));
    });
    connect(m_opener, &UrlOpener::opened, this, [this](const Document &doc) {
        setBusy(false);
        Q_EMIT documentReady(doc);
        accept();
    });
    connect(m_opener, &UrlOpener::failed, this, &OpenUrlDialog::showError);
}

void OpenUrlDialog::start()
{
    const QString text = m_field->text().trimmed();
    if (!PageFetcher::isWebAddress(text)) {
        m_status->setText(tr("“%1” is not a web address. Type an address that starts with http:// or https://.")
                              .arg(text));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Connecting…"));
    m_opener->open(QUrl::fromUserInput(text));
}

void OpenUrlDialog::setBusy(bool busy)
{
    m_field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
}

void OpenUrlDialog::showError(const Error &error)
{
    setBusy(false);
    if (error.code == ErrorCode::Cancelled)
        return;
    m_status->setText(error.message);
    m_field->setFocus();
}

void OpenUrlDialog::reject()
{
    if (m_opener->isBusy()) {
        m_opener->cancel();  // Esc while downloading stops the download first
        setBusy(false);
        m_status->setText(tr("Cancelled."));
        return;
    }
    QDialog::reject();
}

} // namespace lede::ui
