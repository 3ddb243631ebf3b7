// bench_extract: how long main-content extraction takes, per stage, on one core.
//
//   bench_extract [--runs N] [FILE|:synthetic|:nested …]
//
// Without files it measures built-in pages: a synthetic 1 MB news page (article text plus
// the usual boilerplate, scripts and styles), and the hostile "50 MB of nested divs". Files
// may be .html or .html.gz. For each page it prints the median over N runs (default 15) of
// the thread's CPU time (ms on one core) for:
// decode (UTF-8 check, or decoding to UTF-8), prepass, parse (libxml2 → HtmlTree), metadata, extract (scoring +
// cleaning + blocks), and total = DocumentLoader::loadBytes (everything the reader does).
#include "document/ArticleExtractor.h"
#include "document/ArticleWriter.h"
#include "document/DocumentLoader.h"
#include "document/Gzip.h"
#include "document/HtmlPrepass.h"
#include "document/HtmlTree.h"
#include "document/PageMetadata.h"
#include "document/TextDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace lede;

namespace {

// CPU time of this thread: the time on one core, whatever else the machine is doing (the
// shared 2-core machine is rarely idle, and wall-clock times there vary by 2-3x).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        f();
        t.push_back(threadCpuMs() - start);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QByteArray syntheticPage(qsizetype targetBytes)
{
    QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A long story | Example</title>"
                      "<meta property=\"og:title\" content=\"A long story\">"
                      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                      "\"NewsArticle\",\"headline\":\"A long story\",\"author\":{\"name\":\"A. Writer\"}}</script>"
                      "<style>.a{color:red}</style></head><body>"
                      "<header><nav class=\"menu\"><ul>";
    for (int i = 0; i < 40; ++i)
        page += "<li><a href=\"/s" + QByteArray::number(i) + "\">Section " + QByteArray::number(i) + "</a></li>";
    page += "</ul></nav></header><main><article><h1>A long story</h1><div class=\"body\">";
    const auto para = [](int k) -> QByteArray {  // every paragraph differs (repeated ones are dropped as gallery captions)
        return "<p>On day " + QByteArray::number(k) + " the council met to discuss the budget, and after a long "
               "debate, in which <a href=\"/x\">several members</a> spoke <em>against</em> the plan, it voted to "
               "delay the decision until the spring.</p>\n";
    };
    const QByteArray script = "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
                              "gtag('js',new Date());var cfg={a:1,b:'<div>',c:[1,2,3,4,5,6,7,8,9]};</script>\n";
    const QByteArray aside = "<aside class=\"related\"><ul><li><a href=\"/r1\">Related one</a></li>"
                             "<li><a href=\"/r2\">Related two</a></li></ul></aside><div class=\"ad-slot\">"
                             "<iframe src=\"/ad\"></iframe></div>\n";
    int n = 0;
    while (page.size() < targetBytes - 2000) {
        page += para(n);
        if (++n % 3 == 0)
            page += script;
        if (n % 10 == 0)
            page += aside;
    }
    page += "</div></article></main><footer class=\"footer\">© Example</footer></body></html>";
    return page;
}

QByteArray nestedDivs(qsizetype bytes)
{
    const qsizetype levels = bytes / 11;
    return "<html><body>" + QByteArray("<div>").repeated(levels) + "<p>The only paragraph, at the bottom.</p>"
        + QByteArray("</div>").repeated(levels) + "</body></html>";
}

void bench(const QString &name, const QByteArray &raw, int runs)
{
    QByteArray bytes = raw;
    if (isGzip(bytes))
        bytes = *gunzip(bytes, name, 1LL << 30);
    const QString text = decodeText(bytes, name, declaredHtmlCharset(bytes))->text;
    const QByteArray utf8 = text.toUtf8();
    const PrepassResult pre = prepassHtml(utf8);
    const HtmlTree tree = HtmlTree::parse(pre.html);
    const PageMetadata meta = readPageMetadata(tree, pre.jsonLd);

    // What DocumentLoader does: valid UTF-8 is only checked; anything else is decoded and re-encoded.
    const bool utf8Input = checkUtf8(bytes.constData(), bytes.size()).invalid == 0;
    const double tDecode = medianMs(runs, [&] {
        if (utf8Input)
            (void)checkUtf8(bytes.constData(), bytes.size());
        else
            (void)decodeText(bytes, name, declaredHtmlCharset(bytes))->text.toUtf8();
    });
    const double tPrepass = medianMs(runs, [&] { (void)prepassHtml(utf8); });
    const double tParse = medianMs(runs, [&] { (void)HtmlTree::parse(pre.html); });
    const double tMeta = medianMs(runs, [&] { (void)readPageMetadata(tree, pre.jsonLd); });
    const double tExtract = medianMs(runs, [&] {
        ArticleExtractor x(tree, meta.title);
        const ArticleSelection sel = x.run();
        (void)writeArticleBlocks(x.dom(), sel.nodes);
    });
    int textChars = 0;
    const double tTotal = medianMs(runs, [&] {
        const auto doc = DocumentLoader().loadBytes(bytes, name, SourceFormat::Html);
        textChars = doc ? int(doc->text().size()) : -1;
    });
    std::printf("%-28s %9.2f MB  prepass→%7.2f MB  nodes %7d | decode %6.2f  prepass %6.2f  parse %6.2f  "
                "meta %5.2f  extract %6.2f | total %7.2f ms  (%.0f MB/s)  text %d chars\n",
                qPrintable(name.right(28)), double(bytes.size()) / 1e6, double(pre.html.size()) / 1e6, tree.size(),
                tDecode, tPrepass, tParse, tMeta, tExtract, tTotal, double(bytes.size()) / 1e6 / (tTotal / 1000),
                textChars);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 15;
    if (args.size() >= 2 && args.front() == u"--runs") {
        runs = std::max(1, args[1].toInt());
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        bench(u"synthetic 1 MB news page"_s, syntheticPage(1000 * 1000), runs);
        bench(u"50 MB of nested divs"_s, nestedDivs(50 * 1000 * 1000), std::max(1, runs / 5));
        return 0;
    }
    for (const QString &path : args) {
        if (path == u":synthetic") {
            bench(u"synthetic 1 MB news page"_s, syntheticPage(1000 * 1000), runs);
            continue;
        }
        if (path == u":nested") {
            bench(u"50 MB of nested divs"_s, nestedDivs(50 * 1000 * 1000), runs);
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_extract: cannot read %s\n", qPrintable(path));
            return 2;
        }
        bench(QFileInfo(path).dir().dirName() + u'/' + QFileInfo(path).fileName(), f.readAll(), runs);
    }
    return 0;
}
