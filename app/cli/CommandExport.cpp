// lede export FILE --format md|jsonld|csv|html [-o OUT]
#include "annotations/AnnotationStore.h"
#include "annotations/Reanchorer.h"
#include "cli/CliContext.h"
#include "document/DocumentLoader.h"
#include "export/AnnotationExport.h"

#include <QFileInfo>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::cli {

int runExport(const QStringList &args)
{
    QString file, out, formatName;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--format" || a == u"-f" || a == u"-o" || a == u"--output") {
            if (i + 1 >= args.size())
                return usageError(QObject::tr("export: %1 needs a value.").arg(a));
            (a == u"-o" || a == u"--output" ? out : formatName) = args[++i];
        } else if (a.startsWith(u"--format=")) {
            formatName = a.mid(9);
        } else if (a.startsWith(u"--output=")) {
            out = a.mid(9);
        } else if (a.startsWith(u'-')) {
            return usageError(QObject::tr("export: unknown option “%1”.").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usageError(QObject::tr("export: one document at a time (got “%1” and “%2”).").arg(file, a));
        }
    }
    if (file.isEmpty())
        return usageError(QObject::tr("export: which document?"));
    if (formatName.isEmpty() && !out.isEmpty())
        formatName = QFileInfo(out).suffix().toLower();
    const auto format = exportFormatFromName(formatName);
    if (!format)
        return usageError(formatName.isEmpty()
                              ? QObject::tr("export: --format is needed (md, jsonld, csv or html).")
                              : QObject::tr("export: unknown format “%1” (use md, jsonld, csv or html).").arg(formatName));

    auto doc = DocumentLoader().loadFile(file);
    if (!doc) {
        writeErr(doc.error().message);
        return ExitInput;
    }
    const auto store = openAnnotationStoreFor("export");
    if (!store)
        return ExitInput;
    auto list = store->load(DocumentKey::of(*doc));
    auto names = store->paletteNames();
    if (!list || !names) {
        writeErr(QObject::tr("lede export: %1").arg((!list ? list.error() : names.error()).message));
        return ExitInput;
    }
    Reanchorer(doc->text()).resolveAll(*list);
    const AnnotationPalette palette = AnnotationPalette::withNames(*names);
    const QByteArray bytes = exportAnnotations(*format, {*doc, *list, palette});
    if (out.isEmpty() || out == u"-") {
        writeOut(bytes);
        return ExitOk;
    }
    if (auto w = writeExportFile(out, bytes); !w) {
        writeErr(QObject::tr("lede export: %1").arg(w.error().message));
        return ExitInput;
    }
    return ExitOk;
}

} // namespace lede::cli
