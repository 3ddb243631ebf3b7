#include "ConllCorpus.h"

#include <QFile>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede::train {

int typeIndex(QStringView code)
{
    static const QStringList types = {u"PER"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s};
    return int(types.indexOf(code));
}

namespace {

struct Builder {
    const CorpusOptions &options;
    QList<GoldDoc> docs;
    GoldDoc doc;
    bool sentenceOpen = false;
    int openStart = -1, openEnd = -1, openType = -1;

    void closeEntity()
    {
        if (openStart >= 0 && options.keepTypes.contains(openType))
            doc.spans.append(GoldSpan{openStart, openEnd, openType});
        openStart = -1;
    }
    void endSentence()
    {
        closeEntity();
        sentenceOpen = false;
    }
    void endDoc()
    {
        endSentence();
        if (!doc.tokenStarts.isEmpty())
            docs.append(doc);
        doc = GoldDoc{};
    }
    void token(const QString &word, const QString &tag)
    {
        if (!doc.text.isEmpty())
            doc.text += sentenceOpen ? u' ' : u'\n';
        sentenceOpen = true;
        const int start = int(doc.text.size());
        doc.text += word;
        const int end = int(doc.text.size());
        doc.tokenStarts.append(start);
        doc.tokenEnds.append(end);
        if (tag == u"O" || tag.size() < 3) {
            closeEntity();
            return;
        }
        const QChar part = tag[0];
        const int type = typeIndex(QStringView(tag).mid(2));
        // B and S always start; I (IOB1 or after O) continues only the same type.
        const bool starts = part == u'B' || part == u'S' || part == u'U' || openStart < 0 || type != openType;
        if (starts) {
            closeEntity();
            openStart = start;
            openType = type;
        }
        openEnd = end;
        if (part == u'E' || part == u'L' || part == u'S' || part == u'U')
            closeEntity();
    }
};

} // namespace

Result<QList<GoldDoc>> readConll(const QString &path, const CorpusOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QObject::tr("%1: %2").arg(path, f.errorString()));
    Builder b{options, {}, {}};
    const QString all = QString::fromUtf8(f.readAll());
    for (QStringView line : QStringView(all).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty()) {
            b.endSentence();
            continue;
        }
        const QList<QStringView> cols = line.split(line.contains(u'\t') ? u'\t' : u' ', Qt::SkipEmptyParts);
        if (cols.front() == u"-DOCSTART-") {
            b.endDoc();
            continue;
        }
        b.token(cols.front().toString(), cols.size() > 1 ? cols.back().toString() : u"O"_s);
    }
    b.endDoc();
    return b.docs;
}

} // namespace lede::train
