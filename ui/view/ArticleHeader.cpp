#include "view/ArticleHeader.h"

#include "app/Theme.h"

#include <QUrl>

namespace lede::ui {

ArticleHeader::ArticleHeader(QWidget *parent) : QLabel(parent)
{
    setAccessibleName(tr("Article source"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setContentsMargins(12, 6, 12, 6);
    applyTheme();
    hide();
}

void ArticleHeader::applyTheme()
{
    const Theme &t = Theme::current();
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, t.margin());
    p.setColor(QPalette::WindowText, t.isDark() ? QColor(0xb4, 0xb1, 0xaa) : QColor(0x5f, 0x5c, 0x56));
    setPalette(p);
}

void ArticleHeader::setDocument(const Document &doc)
{
    const DocumentMetadata &m = doc.metadata();
    QStringList parts;
    if (!m.byline.isEmpty())
        parts << m.byline;
    if (!m.date.isEmpty())
        parts << m.date;
    if (!m.site.isEmpty())
        parts << m.site;
    const QUrl url(m.url);
    const bool web = url.scheme() == u"http" || url.scheme() == u"https";
    if (web)
        parts << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    setText(parts.join(QStringLiteral("  ·  ")));
    setToolTip(web ? tr("Source: %1").arg(m.url) : QString());
    setVisible(!parts.isEmpty());
}

} // namespace lede::ui
