#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QObject>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace lede::cli {

namespace {

// The headless commands. To add one: write CommandX.cpp with runX(), declare it in
// CliContext.h and add a row here.
const Command kCommands[] = {
    {"analyze", "lede analyze FILE|- [--format json|conll]\n  lede analyze --jsonl",
     "print entities, entity groups and quotes as JSON (code-point offsets); --jsonl reads "
     "{\"id\",\"text\"} lines on stdin and writes one analysis per line",
     &runAnalyze},
    {"export", "lede export FILE --format md|jsonld|csv|html [-o OUT]",
     "export the stored annotations of FILE (W3C Web Annotation JSON-LD, Markdown, CSV or an HTML page) to OUT "
     "or standard output",
     &runExport},
    {"import", "lede import FILE ANNOTATIONS",
     "import annotations (W3C Web Annotation JSON-LD or Hypothesis JSON) into the store for FILE, re-anchored in "
     "its text; importing twice adds nothing",
     &runImport},
    {"extract", "lede extract FILE|URL|- [--format txt|json] [--timeout SECONDS]",
     "print the article a web page (or any document) yields: txt is the text as the reader shows it; "
     "json is {\"title\", \"byline\", \"date\", \"site\", \"url\", \"text\"} (text without the headline)",
     &runExtract},
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1StringView(c.name))
            return &c;
    return nullptr;
}

} // namespace

QString helpText()
{
    QString s = QObject::tr(
        "Lede %1 — a reader for news articles: who is mentioned, who said what, and your notes.\n"
        "\n"
        "Usage:\n"
        "  lede [FILE]                      open FILE in the reader (the bundled sample article if none)\n"
        "  lede --screenshot OUT.png [FILE] render the reader window, once analysis is done, to a PNG and exit\n"
        "      (--tab entities|quotes|annotations: the side panel's tab to show; default entities)\n"
        "  (add --theme light|dark|system to either of these to use that colour theme)\n")
                    .arg(QStringLiteral(LEDE_VERSION));
    for (const Command &c : kCommands)
        s += u"  "_s + QString::fromUtf8(c.usage) + u"\n      "_s + QObject::tr(c.summary) + u'\n';
    s += QObject::tr(
        "  lede --version                   print the version\n"
        "  lede --help                      print this help\n"
        "\n"
        "FILE may be plain text (any common encoding), Markdown (.md) or a web page (.html, .htm, .xhtml, .html.gz).\n"
        "Exit codes: 0 ok, 1 usage error, 2 input could not be read or parsed.\n");
    return s;
}

std::optional<int> runHeadless(int &argc, char **argv)
{
    if (argc < 2)
        return std::nullopt;
    const QString first = QString::fromLocal8Bit(argv[1]);
    const bool screenshot = first == u"--screenshot";
    if (screenshot && argc >= 3)
        return std::nullopt;
    if (!screenshot && !first.startsWith(u'-') && !findCommand(first))
        return std::nullopt;  // lede FILE
    if (first == u"--theme" && argc >= 3)
        return std::nullopt;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lede"_s);
    QCoreApplication::setOrganizationName(u"Lede"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        writeOut(helpText().toUtf8());
        return ExitOk;
    }
    if (name == u"--screenshot")
        return usageError(QObject::tr("--screenshot needs the path of the PNG to write."));
    if (name == u"--version" || name == u"-v") {
        writeOut(QStringLiteral("lede " LEDE_VERSION "\n").toUtf8());
        return ExitOk;
    }
    if (const Command *c = findCommand(name)) {
        if (args.contains(u"--help") || args.contains(u"-h")) {
            writeOut((u"Usage: "_s + QString::fromUtf8(c->usage) + u"\n"_s + QObject::tr(c->summary) + u'\n').toUtf8());
            return ExitOk;
        }
        return c->run(args);
    }
    return usageError(QObject::tr("unknown option or command “%1”.").arg(name));
}

GuiRequest parseGuiArguments(const QStringList &args)
{
    GuiRequest r;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--screenshot" && i + 1 < args.size())
            r.screenshotPath = args[++i];
        else if (args[i] == u"--theme" && i + 1 < args.size())
            r.theme = args[++i];
        else if (args[i] == u"--tab" && i + 1 < args.size())
            r.tab = args[++i];
        else if (!args[i].startsWith(u"--") && r.file.isEmpty())
            r.file = args[i];
    }
    return r;
}

} // namespace lede::cli
