#include "cli/CliContext.h"

#include "annotations/AnnotationStore.h"
#include "document/DocumentLoader.h"

#include <QFile>
#include <QObject>

#include <cstdio>
#include <unistd.h>

namespace lede::cli {

void writeOut(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n <= 0)
            return;  // a closed pipe: nothing more to do
        p += n;
        left -= n;
    }
}

void writeErr(const QString &message)
{
    const QByteArray b = message.toLocal8Bit() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    writeErr(QObject::tr("lede: %1").arg(message));
    writeErr(QObject::tr("Try “lede --help” for more information."));
    return ExitUsage;
}

std::unique_ptr<AnnotationStore> openAnnotationStoreFor(const char *command)
{
    auto store = AnnotationStore::open();
    if (!store) {
        writeErr(QObject::tr("lede %1: %2").arg(QLatin1StringView(command), store.error().message));
        return nullptr;
    }
    (*store)->setPollInterval(0);
    if (!(*store)->recoveryMessage().isEmpty())
        writeErr(QObject::tr("lede %1: %2").arg(QLatin1StringView(command), (*store)->recoveryMessage()));
    return std::move(*store);
}

std::optional<QByteArray> readStdin(qint64 maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray all = in.read(maxBytes);
    return all;
}

Result<Document> loadDocumentArgument(const QString &file, const QString &command)
{
    DocumentLoader loader;
    if (file != u"-")
        return loader.loadFile(file);
    auto bytes = readStdin(loader.maxBytes());
    if (!bytes)
        return makeError(ErrorCode::Unreadable, QObject::tr("lede %1: cannot read standard input.").arg(command));
    return loader.loadBytes(*bytes, QObject::tr("standard input"));
}

} // namespace lede::cli
