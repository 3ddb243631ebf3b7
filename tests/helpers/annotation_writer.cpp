// Test helper: writes annotations into a store in a loop, printing "ack <id>" on stdout (an
// unbuffered write) after each one is committed. Used by the crash test (killed with SIGKILL
// at random moments) and the two-process concurrency test.
//
//   annotation_writer DB_PATH PREFIX COUNT     (COUNT 0 = until killed)
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: annotation_writer DB_PATH PREFIX COUNT\n", stderr);
        return 1;
    }
    auto store = AnnotationStore::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 2;
    }
    (*store)->setPollInterval(0);
    const qint64 count = args[3].toLongLong();
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        Annotation a;
        a.id = QUuid::createUuid();
        a.docHash = u"writer-test"_s;
        a.anchor.exact = args[2] + u'-' + QString::number(i);
        a.anchor.start = int(i);
        a.anchor.end = int(i) + 1;
        a.note = u"note %1 of %2"_s.arg(i).arg(args[2]);
        a.tags = {args[2]};
        a.created = a.modified = nowUtc();
        auto r = (*store)->insert(a);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 2;
        }
        const QByteArray line = "ack " + a.id.toString(QUuid::WithoutBraces).toLatin1() + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 3;
    }
    return 0;
}
