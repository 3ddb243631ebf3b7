// Shared plumbing for headless commands: stdout/stderr writing, usage errors, exit codes.
#pragma once

#include "core/Result.h"
#include "document/Document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lede {
class AnnotationStore;
}

namespace lede::cli {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInput = 2 };

void writeOut(const QByteArray &bytes);  // to stdout, unbuffered by Qt
void writeErr(const QString &message);   // to stderr, with a trailing newline
int usageError(const QString &message);  // prints "lede: message" + a hint; returns ExitUsage

// Reads all of stdin (bounded by maxBytes); nullopt on read error.
std::optional<QByteArray> readStdin(qint64 maxBytes);

// Opens the annotation store for a command; prints any recovery message (a damaged database
// moved aside) and, on failure, the error prefixed with "lede COMMAND:". nullptr on failure.
std::unique_ptr<AnnotationStore> openAnnotationStoreFor(const char *command);
// The document named by a command's FILE argument ("-" = standard input), or the error, with
// a message that names the input, ready for writeErr(). command: "analyze", "extract" …
Result<Document> loadDocumentArgument(const QString &file, const QString &command);

// A headless command: name, one-line summary, usage, and its entry point (args after the name).
struct Command {
    const char *name;
    const char *usage;
    const char *summary;
    int (*run)(const QStringList &args);
};

// Commands, one file each (CommandAnalyze.cpp, …).
int runAnalyze(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runExtract(const QStringList &args);

} // namespace lede::cli
