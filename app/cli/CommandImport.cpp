// lede import FILE ANNOTATIONS
#include "annotations/AnnotationStore.h"
#include "cli/CliContext.h"
#include "document/DocumentLoader.h"
#include "export/AnnotationImport.h"

#include <QDir>
#include <QFile>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::cli {

int runImport(const QStringList &args)
{
    QStringList files;
    for (const QString &a : args) {
        if (a.startsWith(u'-') && a != u"-")
            return usageError(QObject::tr("import: unknown option “%1”.").arg(a));
        files.append(a);
    }
    if (files.size() != 2)
        return usageError(QObject::tr("import: give the document and the annotation file (lede import FILE ANNOTATIONS)."));
    auto doc = DocumentLoader().loadFile(files[0]);
    if (!doc) {
        writeErr(doc.error().message);
        return ExitInput;
    }
    QByteArray bytes;
    if (files[1] == u"-") {
        auto in = readStdin(256LL * 1024 * 1024);
        if (!in) {
            writeErr(QObject::tr("lede import: cannot read standard input."));
            return ExitInput;
        }
        bytes = *in;
    } else {
        QFile f(files[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            writeErr(QObject::tr("lede import: cannot read %1: %2.").arg(QDir::toNativeSeparators(files[1]), f.errorString()));
            return ExitInput;
        }
        bytes = f.readAll();
    }
    const auto store = openAnnotationStoreFor("import");
    if (!store)
        return ExitInput;
    auto names = store->paletteNames();
    const AnnotationPalette palette = names ? AnnotationPalette::withNames(*names) : AnnotationPalette();
    const QString name = files[1] == u"-" ? QObject::tr("standard input") : QDir::toNativeSeparators(files[1]);
    auto parsed = parseAnnotationFile(bytes, name, *doc, palette);
    if (!parsed) {
        writeErr(parsed.error().message);
        writeErr(QObject::tr("lede import: nothing was imported."));
        return ExitInput;
    }
    auto fresh = store->withoutDuplicates(parsed->annotations);
    if (!fresh) {
        writeErr(QObject::tr("lede import: %1").arg(fresh.error().message));
        return ExitInput;
    }
    auto report = store->insertNew(*fresh);
    if (!report) {
        writeErr(QObject::tr("lede import: %1").arg(report.error().message));
        return ExitInput;
    }
    for (const QString &p : std::as_const(parsed->problems))
        writeErr(p);
    int orphans = 0;
    for (const Annotation &a : std::as_const(report->inserted))
        orphans += a.isOrphan() ? 1 : 0;
    writeOut(QObject::tr("Imported %1 annotation(s) from %2 (%3) into %4: %5 orphaned, %6 already there, %7 left out.\n")
                 .arg(report->inserted.size())
                 .arg(name, parsed->format, QDir::toNativeSeparators(files[0]))
                 .arg(orphans)
                 .arg(parsed->annotations.size() - fresh->size())
                 .arg(parsed->problems.size())
                 .toUtf8());
    return parsed->problems.isEmpty() ? ExitOk : ExitInput;
}

} // namespace lede::cli
