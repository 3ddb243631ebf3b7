// AnalysisStatus: the status-bar part that shows the analysis of the current document —
// a progress bar with a Cancel button while it runs (shown only if it takes longer than a
// moment, to avoid flicker), then a short summary ("23 entities · 13 quotes").
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace lede::ui {

class AnalysisStatus final : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisStatus(QWidget *parent = nullptr);

    void started();
    void progress(double fraction);
    void finished(const QString &summary);
    void stopped(const QString &message);  // cancelled or failed
    QToolButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QTimer *m_showDelay;
};

} // namespace lede::ui
