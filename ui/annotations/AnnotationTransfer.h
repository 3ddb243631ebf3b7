// AnnotationTransfer: File ▸ Export Annotations… and File ▸ Import Annotations… — a file
// dialog (the export format is chosen by its file type: Markdown, W3C JSON-LD, CSV, HTML),
// then the core exporter with an atomic write, or the core importer and one undo step
// (DocumentAnnotations::addImported). The outcome is shown in a dialog naming the file:
// an error with its reason, or the import report (how many were added, how many were
// already there or orphaned, which were left out and why). Never throws, never blocks on
// exec(): the dialogs are window-modal and asynchronous.
#pragma once

#include "annotations/DocumentAnnotations.h"
#include "core/Result.h"
#include "export/AnnotationExport.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

namespace lede::ui {

class AnnotationTransfer final : public QObject {
    Q_OBJECT
public:
    // window: the parent of the dialogs; session may be nullptr (then nothing to do).
    AnnotationTransfer(QWidget *window, DocumentAnnotations *session, QObject *parent = nullptr);

    void chooseExportFile();  // opens the save dialog (object name "exportDialog")
    void chooseImportFile();  // opens the open dialog (object name "importDialog")

    // What the dialogs do once a file is chosen (also for tests and scripts).
    Result<void> exportTo(const QString &path, ExportFormat format);
    void importFrom(const QString &path);

    static QString nameFilter(ExportFormat format);

Q_SIGNALS:
    void finished(const QString &statusMessage);

private:
    void showMessage(bool error, const QString &title, const QString &text, const QString &details = {});
    QString suggestedName(ExportFormat format) const;
    // A window-modal, self-deleting file dialog (acceptMode: QFileDialog::AcceptMode).
    QFileDialog *fileDialog(const QString &title, const QString &name, int acceptMode) const;

    QPointer<QWidget> m_window;
    QPointer<DocumentAnnotations> m_session;
};

} // namespace lede::ui
