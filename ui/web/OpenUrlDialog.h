// OpenUrlDialog: File ▸ Open URL (Ctrl+L). The reader types or pastes a web address; the page
// is fetched (with progress, and Cancel), kept for offline rereading and its article
// extracted by the core (UrlOpener). Errors (404, timeout, not a web page, no article …) are
// shown in the dialog, which stays open to try again. On success it emits documentReady and
// closes.
#pragma once

#include "document/Document.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace lede {
class UrlOpener;
struct Error;
}

namespace lede::ui {

class OpenUrlDialog final : public QDialog {
    Q_OBJECT
public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    UrlOpener *opener() const { return m_opener; }
    QLabel *status() const { return m_status; }
    void start();  // fetches what the field holds

Q_SIGNALS:
    void documentReady(const lede::Document &document);

protected:
    void reject() override;

private:
    void setBusy(bool busy);
    void showError(const lede::Error &error);

    UrlOpener *m_opener;
    QLineEdit *m_field;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace lede::ui
