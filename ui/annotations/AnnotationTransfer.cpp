#include "annotations/AnnotationTransfer.h"

#include "annotations/DocumentAnnotations.h"
#include "export/AnnotationImport.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

namespace {
constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;
constexpr ExportFormat kFormats[] = {ExportFormat::Markdown, ExportFormat::JsonLd, ExportFormat::Csv, ExportFormat::Html};
} // namespace

AnnotationTransfer::AnnotationTransfer(QWidget *window, DocumentAnnotations *session, QObject *parent)
    : QObject(parent), m_window(window), m_session(session)
{
}

QString AnnotationTransfer::nameFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return tr("Markdown for Obsidian (*.md)");
    case ExportFormat::JsonLd: return tr("W3C Web Annotation JSON-LD (*.jsonld)");
    case ExportFormat::Csv: return tr("CSV spreadsheet (*.csv)");
    case ExportFormat::Html: return tr("HTML page (*.html)");
    }
    return {};
}

QString AnnotationTransfer::suggestedName(ExportFormat format) const
{
    const Document &doc = m_session->document();
    const QString source = doc.metadata().sourcePath;
    QString base = source.isEmpty() ? doc.title().left(60).simplified() : QFileInfo(source).completeBaseName();
    base.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    if (base.isEmpty())
        base = tr("annotations");
    const QString dir = source.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(source).absolutePath();
    return QDir(dir).filePath(tr("%1 annotations").arg(base) + u'.' + exportFileSuffix(format));
}

QFileDialog *AnnotationTransfer::fileDialog(const QString &title, const QString &name, int acceptMode) const
{
    auto *dlg = new QFileDialog(m_window, title);
    dlg->setObjectName(name);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptMode(acceptMode));
    dlg->setFileMode(acceptMode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    return dlg;
}

void AnnotationTransfer::chooseExportFile()
{
    if (!m_session || !m_window)
        return;
    QFileDialog *dlg = fileDialog(tr("Export Annotations"), u"exportDialog"_s, QFileDialog::AcceptSave);
    QStringList filters;
    for (ExportFormat f : kFormats)
        filters << nameFilter(f);
    dlg->setNameFilters(filters);
    dlg->selectNameFilter(nameFilter(ExportFormat::Markdown));
    dlg->setDefaultSuffix(exportFileSuffix(ExportFormat::Markdown));
    dlg->selectFile(suggestedName(ExportFormat::Markdown));
    connect(dlg, &QFileDialog::filterSelected, dlg, [dlg](const QString &filter) {
        for (ExportFormat f : kFormats)
            if (filter == nameFilter(f)) {
                dlg->setDefaultSuffix(exportFileSuffix(f));
                const QStringList chosen = dlg->selectedFiles();
                if (!chosen.isEmpty())  // keep the name, change the extension
                    dlg->selectFile(QFileInfo(chosen.first()).completeBaseName() + u'.' + exportFileSuffix(f));
            }
    });
    connect(dlg, &QFileDialog::fileSelected, this, [this, dlg](const QString &path) {
        ExportFormat format = ExportFormat::Markdown;
        for (ExportFormat f : kFormats)
            if (dlg->selectedNameFilter() == nameFilter(f))
                format = f;
        if (auto r = exportTo(path, format); !r)
            showMessage(true, tr("Cannot export the annotations"), r.error().message);
    });
    dlg->open();
}

Result<void> AnnotationTransfer::exportTo(const QString &path, ExportFormat format)
{
    if (!m_session)
        return makeError(ErrorCode::Usage, tr("No article is open."));
    const AnnotationPalette palette = m_session->palette();
    const QByteArray bytes =
        exportAnnotations(format, {m_session->document(), m_session->annotations(), palette});
    if (auto r = writeExportFile(path, bytes); !r)
        return r;
    Q_EMIT finished(tr("Exported %n annotation(s) to %1", nullptr, m_session->count()).arg(QDir::toNativeSeparators(path)));
    return {};
}

void AnnotationTransfer::chooseImportFile()
{
    if (!m_session || !m_window)
        return;
    QFileDialog *dlg = fileDialog(tr("Import Annotations"), u"importDialog"_s, QFileDialog::AcceptOpen);
    dlg->setNameFilters({tr("Web annotations (*.jsonld *.json)"), tr("All files (*)")});
    connect(dlg, &QFileDialog::fileSelected, this, &AnnotationTransfer::importFrom);
    dlg->open();
}

void AnnotationTransfer::importFrom(const QString &path)
{
    if (!m_session)
        return;
    const QString name = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(true, tr("Cannot import annotations"), tr("Cannot read %1: %2.").arg(name, f.errorString()));
        return;
    }
    if (f.size() > kMaxImportBytes) {
        showMessage(true, tr("Cannot import annotations"),
                    tr("%1 is too large (%2 MB) to be an annotation file.").arg(name).arg(f.size() / (1024 * 1024)));
        return;
    }
    const QByteArray bytes = f.readAll();
    auto parsed = parseAnnotationFile(bytes, name, m_session->document(), m_session->palette());
    if (!parsed) {
        showMessage(true, tr("Cannot import annotations"), parsed.error().message + u"\n\n"_s + tr("Nothing was imported."));
        return;
    }
    auto added = m_session->addImported(parsed->annotations, tr("Import Annotations"));
    if (!added) {
        showMessage(true, tr("Cannot import annotations"),
                    tr("The annotations of %1 could not be stored: %2").arg(name, added.error().message));
        return;
    }
    int orphans = 0;
    for (const Annotation &a : std::as_const(parsed->annotations))
        orphans += a.isOrphan() ? 1 : 0;
    const int already = int(parsed->annotations.size()) - *added;
    QStringList lines;
    lines << tr("%n annotation(s) added from %1 (%2).", nullptr, *added).arg(name, parsed->format);
    if (already > 0)
        lines << tr("%n were already there and were not added again.", nullptr, already);
    if (orphans > 0)
        lines << tr("%n could not be placed in this article's text; they are kept as orphans in the Annotations tab.",
                    nullptr, orphans);
    if (!parsed->problems.isEmpty())
        lines << tr("%n were left out (see the details).", nullptr, int(parsed->problems.size()));
    showMessage(!parsed->problems.isEmpty(), tr("Import Annotations"), lines.join(u'\n'),
                parsed->problems.join(u'\n'));
    Q_EMIT finished(lines.constFirst());
}

void AnnotationTransfer::showMessage(bool error, const QString &title, const QString &text, const QString &details)
{
    if (!m_window)
        return;
    auto *box = new QMessageBox(error ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                m_window);
    box->setObjectName(error && details.isEmpty() ? u"annotationError"_s : u"importReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace lede::ui
