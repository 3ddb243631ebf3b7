// lede analyze FILE|- [--format json|conll]   |   lede analyze --jsonl
#include "analysis/Analyzer.h"
#include "cli/CliContext.h"
#include "core/JsonWriter.h"
#include "export/AnalysisJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::cli {

namespace {

int analyzeJsonl(const Analyzer &analyzer)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        writeErr(QObject::tr("lede analyze: cannot read standard input."));
        return ExitInput;
    }
    int lineNo = 0;
    int failures = 0;
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd())
            break;
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            writeErr(QObject::tr("lede analyze: standard input, line %1: not a JSON object (%2).")
                         .arg(lineNo)
                         .arg(perr.error != QJsonParseError::NoError ? perr.errorString() : u"wrong type"_s));
            ++failures;
            continue;
        }
        const QJsonObject obj = doc.object();
        const QJsonValue text = obj.value(u"text");
        if (!text.isString()) {
            writeErr(QObject::tr("lede analyze: standard input, line %1: no \"text\" string.").arg(lineNo));
            ++failures;
            continue;
        }
        const QString t = text.toString();
        auto a = analyzer.analyze(t);
        if (!a) {
            writeErr(QObject::tr("lede analyze: standard input, line %1: %2").arg(lineNo).arg(a.error().message));
            ++failures;
            continue;
        }
        JsonWriter w;
        writeAnalysisJson(w, t, *a, obj.contains(u"id") ? obj.value(u"id") : QJsonValue(QJsonValue::Null));
        QByteArray out = w.take();
        out.append('\n');
        writeOut(out);
    }
    return failures > 0 ? ExitInput : ExitOk;
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QString file;
    QString format = u"json"_s;
    bool jsonl = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--jsonl") {
            jsonl = true;
        } else if (a == u"--format" || a.startsWith(u"--format=")) {
            if (a == u"--format") {
                if (i + 1 >= args.size())
                    return usageError(QObject::tr("analyze: --format needs a value (json or conll)."));
                format = args[++i];
            } else {
                format = a.mid(9);
            }
            if (format != u"json" && format != u"conll")
                return usageError(QObject::tr("analyze: unknown format “%1” (use json or conll).").arg(format));
        } else if (a.startsWith(u"--") || (a.startsWith(u'-') && a != u"-")) {
            return usageError(QObject::tr("analyze: unknown option “%1”.").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return usageError(QObject::tr("analyze: one input at a time (got “%1” and “%2”).").arg(file, a));
        }
    }
    if (jsonl && !file.isEmpty() && file != u"-")
        return usageError(QObject::tr("analyze --jsonl reads standard input; no FILE."));
    if (!jsonl && file.isEmpty())
        return usageError(QObject::tr("analyze: which file? (use “-” for standard input)"));

    auto analyzer = Analyzer::create();
    if (!analyzer) {
        writeErr(QObject::tr("lede analyze: %1").arg(analyzer.error().message));
        return ExitInput;
    }
    if (jsonl)
        return analyzeJsonl(**analyzer);

    const Result<Document> doc = loadDocumentArgument(file, u"analyze"_s);
    if (!doc) {
        writeErr(doc.error().message);
        return ExitInput;
    }
    auto analysis = (*analyzer)->analyze(doc->text());
    if (!analysis) {
        writeErr(QObject::tr("lede analyze: %1").arg(analysis.error().message));
        return ExitInput;
    }
    writeOut(format == u"conll" ? analysisToConll(doc->text(), *analysis) : analysisToJson(doc->text(), *analysis));
    return ExitOk;
}

} // namespace lede::cli
