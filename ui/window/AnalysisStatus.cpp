#include "window/AnalysisStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace lede::ui {

AnalysisStatus::AnalysisStatus(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this)),
      m_showDelay(new QTimer(this))
{
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Analysis progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel analysis"));
    m_cancel->setToolTip(tr("Stop analysing this document (Ctrl+.)"));
    m_label->setAccessibleName(tr("Analysis status"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->hide();
    m_cancel->hide();
    m_showDelay->setSingleShot(true);
    m_showDelay->setInterval(300);
    connect(m_showDelay, &QTimer::timeout, this, [this] {
        m_bar->show();
        m_cancel->show();
    });
    connect(m_cancel, &QToolButton::clicked, this, &AnalysisStatus::cancelRequested);
}

void AnalysisStatus::started()
{
    m_label->setText(tr("Analysing…"));
    m_bar->setValue(0);
    m_showDelay->start();
}

void AnalysisStatus::progress(double fraction) { m_bar->setValue(int(fraction * 1000)); }

void AnalysisStatus::finished(const QString &summary)
{
    m_showDelay->stop();
    m_bar->hide();
    m_cancel->hide();
    m_label->setText(summary);
}

void AnalysisStatus::stopped(const QString &message) { finished(message); }

} // namespace lede::ui
