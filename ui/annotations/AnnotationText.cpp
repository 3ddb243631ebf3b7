#include "annotations/AnnotationText.h"

#include <QIcon>
#include <QObject>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

QString colorLabel(const AnnotationPalette &palette, int index)
{
    const PaletteColor &c = palette.color(index);
    const QString meaning = c.meaning.simplified();
    return meaning.isEmpty() ? c.label : QObject::tr("%1 — %2").arg(c.label, meaning);
}

QString styleLabel(AnnotationStyle style)
{
    switch (style) {
    case AnnotationStyle::Highlight: return QObject::tr("Highlight");
    case AnnotationStyle::Underline: return QObject::tr("Underline");
    case AnnotationStyle::StrikeThrough: return QObject::tr("Strike-through");
    }
    return {};
}

namespace {
// GitHub's Markdown without raw HTML: a note shows what it says, it does not run markup.
constexpr auto kMarkdown = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                           | QTextDocument::MarkdownNoHTML);
} // namespace

QString plainNote(const QString &markdown)
{
    if (markdown.isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown, kMarkdown);
    return doc.toPlainText().remove(QChar::ObjectReplacementCharacter).trimmed();  // images
}

QString noteHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument doc;
    doc.setMarkdown(markdown, kMarkdown);
    QString html = doc.toHtml();
    static const QRegularExpression body(u"<body[^>]*>(.*)</body>"_s, QRegularExpression::DotMatchesEverythingOption);
    const auto m = body.match(html);
    html = m.hasMatch() ? m.captured(1).trimmed() : markdown.toHtmlEscaped();
    // No images: a note must not make the reader load files (or anything else).
    static const QRegularExpression img(u"<img[^>]*>"_s);
    return html.remove(img);
}

QString statusText(AnchorStatus status)
{
    return status == AnchorStatus::Anchored ? QString() : anchorStatusLabel(status);
}

QString shortened(const QString &text, int maxChars)
{
    const QString s = text.simplified();
    if (s.size() <= maxChars)
        return s;
    qsizetype cut = s.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return s.left(cut) + QChar(0x2026);
}

QString annotationToolTip(const Annotation &a, const AnnotationPalette &palette)
{
    QStringList parts;
    QString head = colorLabel(palette, a.color).toHtmlEscaped();
    if (a.style != AnnotationStyle::Highlight)
        head += u" · "_s + styleLabel(a.style).toHtmlEscaped();
    if (!statusText(a.status).isEmpty())
        head += u" · "_s + statusText(a.status).toHtmlEscaped();
    parts << u"<b>%1</b>"_s.arg(head);
    const QString note = noteHtml(a.note);
    if (!note.isEmpty())
        parts << note;
    if (!a.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : a.tags)
            tags << u'#' + t.toHtmlEscaped();
        parts << u"<i>%1</i>"_s.arg(tags.join(u' '));
    }
    return u"<div>%1</div>"_s.arg(parts.join(u"<br>"_s));
}

QIcon colorSwatch(const QString &hex, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(hex));
    p.setPen(QColor(hex).darker(140));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pm);
}

} // namespace lede::ui
