// lede extract FILE|URL|- [--format txt|json] [--timeout SECONDS]
//
// Prints the article a page yields. txt: the Document's text (headline first, blocks
// separated by a blank line). json: {"title", "byline", "date", "site", "url", "text"} where
// text is the body without the headline. A URL is fetched (nothing else it references is)
// and not kept; the reader's Open URL keeps pages (PageStore).
#include "cli/CliContext.h"
#include "core/JsonWriter.h"
#include "document/WebPageParser.h"
#include "net/PageFetcher.h"
#include "net/WebDocument.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::cli {

namespace {

QByteArray articleJson(const Document &doc)
{
    const DocumentMetadata &m = doc.metadata();
    JsonWriter w;
    w.beginObject();
    const auto field = [&w](const char16_t *key, const QString &value) {
        w.key(QStringView(key));
        if (value.isEmpty())
            w.null();
        else
            w.value(value);
    };
    const bool hasTitleBlock = !doc.blocks().isEmpty() && doc.blocks().front().kind == BlockKind::Title;
    field(u"title", hasTitleBlock ? m.title : QString());
    field(u"byline", m.byline);
    field(u"date", m.date);
    field(u"site", m.site);
    field(u"url", m.url);
    w.key(u"text");
    w.value(articleBodyText(doc));
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace

int runExtract(const QStringList &args)
{
    QString input;
    QString format = u"txt"_s;
    double timeoutSeconds = 30;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--format" || a.startsWith(u"--format=")) {
            if (a == u"--format") {
                if (i + 1 >= args.size())
                    return usageError(QObject::tr("extract: --format needs a value (txt or json)."));
                format = args[++i];
            } else {
                format = a.mid(9);
            }
            if (format != u"txt" && format != u"json")
                return usageError(QObject::tr("extract: unknown format “%1” (use txt or json).").arg(format));
        } else if (a == u"--timeout") {
            bool ok = false;
            timeoutSeconds = i + 1 < args.size() ? args[++i].toDouble(&ok) : 0;
            if (!ok || timeoutSeconds <= 0)
                return usageError(QObject::tr("extract: --timeout needs a number of seconds."));
        } else if (a.startsWith(u"--") || (a.startsWith(u'-') && a != u"-")) {
            return usageError(QObject::tr("extract: unknown option “%1”.").arg(a));
        } else if (input.isEmpty()) {
            input = a;
        } else {
            return usageError(QObject::tr("extract: one input at a time (got “%1” and “%2”).").arg(input, a));
        }
    }
    if (input.isEmpty())
        return usageError(QObject::tr("extract: which page? Give a file, a URL or “-” for standard input."));

    Result<Document> doc = Error{};
    if (PageFetcher::isWebAddress(input)) {
        auto page = PageFetcher::fetchBlocking(QUrl(input.trimmed()),
                                               std::chrono::milliseconds(qint64(timeoutSeconds * 1000)));
        doc = page ? documentFromFetchedPage(*page) : Result<Document>(page.error());
    } else {
        doc = loadDocumentArgument(input, u"extract"_s);
    }
    if (!doc) {
        writeErr(doc.error().message);
        return ExitInput;
    }
    if (format == u"json") {
        writeOut(articleJson(*doc));
    } else {
        QByteArray out = doc->text().toUtf8();
        out.append('\n');
        writeOut(out);
    }
    return ExitOk;
}

} // namespace lede::cli
