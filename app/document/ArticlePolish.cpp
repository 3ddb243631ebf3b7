#include "document/ArticlePolish.h"

#include "document/DocumentBuilder.h"
#include "document/HtmlText.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

// A short line above the text that only says who wrote it or when: "By Jane Roe",
// "Updated 5:27 am CST, Wednesday, November 20, 2019".
bool isBylineOrDateline(const QString &text, const QString &byline)
{
    if (text.size() > 90)
        return false;
    static const QRegularExpression by(u"^(By|BY|Por|Par|Von|Di|Oleh|Door|Av|Af)\\s+\\p{Lu}"_s);
    static const QRegularExpression stamp(
        u"^(Published|Updated|Posted|Last updated|First published|Publicado|Atualizado|Publié|Mis à jour|Veröffentlicht|Aktualisiert)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clock(u"\\b\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?|[AP]M|h)\\b"_s);
    static const QRegularExpression date(
        u"\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"_s);
    if (!byline.isEmpty() && text.contains(byline, Qt::CaseInsensitive))
        return true;
    // any language: a year and a time of day on one short line ("22 de janeiro de 2018 às 0:13")
    static const QRegularExpression yearAndTime(u"\\b(19|20)\\d{2}\\b.*\\b\\d{1,2}[:h]\\d{2}\\b|\\b\\d{1,2}[:h]\\d{2}\\b.*\\b(19|20)\\d{2}\\b"_s);
    return by.match(text).hasMatch() || stamp.match(text).hasMatch()
        || (text.size() < 70
            && (clock.match(text).hasMatch() || date.match(text).hasMatch() || yearAndTime.match(text).hasMatch()));
}

// A short closing line that is about the site, not the story: contact addresses, "Follow us",
// newsletter and copyright notices.
bool isSignOff(const QString &text)
{
    if (text.size() > 200)
        return false;
    static const QRegularExpression re(
        u"[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\b(follow (us|him|her|them|me)|subscribe|newsletters?|sign up|click here|"
        "all rights reserved)\\b|©"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

QList<ArticleBlock> polishArticleBlocks(const QList<ArticleBlock> &blocks, const QString &title,
                                        const QString &byline)
{
    qsizetype end = blocks.size();
    while (end > 1 && blocks[end - 1].kind == BlockKind::Paragraph
           && isSignOff(collapseWhitespace(blocks[end - 1].text)))
        --end;
    QList<ArticleBlock> out;
    bool inLead = true;  // before the first real paragraph
    QSet<QString> seen;
    for (qsizetype k = 0; k < end; ++k) {
        const ArticleBlock &blk = blocks[k];
        const QString text = collapseWhitespace(blk.text);
        if (out.isEmpty() && !title.isEmpty() && blk.kind == BlockKind::Heading
            && (text == title || textSimilarity(title, text) > 0.9))
            continue;
        if (inLead && blk.kind == BlockKind::Paragraph) {
            if (text.size() >= 100)
                inLead = false;
            else if (isBylineOrDateline(text, byline))
                continue;
        }
        if (text.size() >= 80 && text.size() < 400 && blk.kind != BlockKind::Preformatted) {
            if (seen.contains(text))
                continue;
            seen.insert(text);
        }
        out.append(blk);
    }
    return out;
}

} // namespace lede
