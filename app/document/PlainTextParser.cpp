#include "document/PlainTextParser.h"

#include "document/DocumentBuilder.h"

namespace lede {

QString normaliseLineEndings(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

Document parsePlainText(QString text, DocumentMetadata meta)
{
    text = normaliseLineEndings(std::move(text));
    QList<Block> blocks = splitParagraphs(text);
    meta.format = SourceFormat::PlainText;
    if (meta.title.isEmpty() && !blocks.isEmpty()) {
        const Block &first = blocks.front();
        QStringView firstPara = QStringView(text).mid(first.range.start, first.range.length());
        const qsizetype eol = firstPara.indexOf(u'\n');
        QStringView line = (eol < 0 ? firstPara : firstPara.left(eol)).trimmed();
        meta.title = line.toString();
        // A short first paragraph of one line that does not end a sentence reads as a headline.
        const bool oneLine = eol < 0;
        const QChar last = line.isEmpty() ? QChar() : line.back();
        if (oneLine && line.size() <= 160 && last != u'.' && last != u',' && last != u';' && blocks.size() > 1)
            blocks.front().kind = BlockKind::Title;
    }
    return Document(std::move(text), std::move(blocks), std::move(meta));
}

} // namespace lede
