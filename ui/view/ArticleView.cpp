#include "view/ArticleView.h"

#include "app/Settings.h"
#include "app/Theme.h"
#include "view/ArticleHighlighter.h"
#include "view/DocumentRenderer.h"
#include "view/MarkerScrollBar.h"
#include "view/PlainReadingEdit.h"
#include "view/RichReadingEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace lede::ui {

namespace {
constexpr double kZoomFactor = 1.1;
constexpr double kBasePointSize = 12.5;
constexpr int kColumnChars = 70;
} // namespace

ArticleView::ArticleView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Article"));
    createSurface(true);
}

ArticleView::~ArticleView() = default;

QAbstractScrollArea *ArticleView::editor() const { return m_surface ? m_surface->scrollArea() : nullptr; }

QFont ArticleView::readingFont() const
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Georgia"),
                   QStringLiteral("serif")});
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(kBasePointSize * std::pow(kZoomFactor, m_zoomSteps));
    return f;
}

void ArticleView::createSurface(bool rich)
{
    if (m_surface && m_rich == rich)
        return;
    delete m_surfaceWidget.data();
    m_surface = nullptr;
    m_rich = rich;
    QAbstractScrollArea *area;
    if (rich) {
        auto *e = new RichReadingEdit(this);
        m_surface = e;
        area = e;
    } else {
        auto *e = new PlainReadingEdit(this);
        m_surface = e;
        area = e;
    }
    m_surfaceWidget = area;
    area->setAccessibleName(tr("Article text"));
    area->setAccessibleDescription(tr("The article being read. Entities and quotes are highlighted."));
    m_markerBar = new MarkerScrollBar(area);
    area->setVerticalScrollBar(m_markerBar);
    area->viewport()->installEventFilter(this);
    area->setAcceptDrops(false);  // files dropped on the text go to the window (opens them)
    area->viewport()->setAcceptDrops(false);
    area->viewport()->setMouseTracking(true);
    layout()->addWidget(area);
    if (rich)
        connect(static_cast<QTextEdit *>(area), &QTextEdit::selectionChanged, this, &ArticleView::selectionChanged);
    else
        connect(static_cast<QPlainTextEdit *>(area), &QPlainTextEdit::selectionChanged, this,
                &ArticleView::selectionChanged);
    setFocusProxy(area);
    applyStyle();
}

void ArticleView::applyStyle()
{
    if (!m_surface)
        return;
    const Theme &theme = Theme::current();
    QAbstractScrollArea *area = m_surface->scrollArea();
    QPalette p = area->palette();
    p.setColor(QPalette::Base, theme.paper());
    p.setColor(QPalette::Text, theme.ink());
    p.setColor(QPalette::Window, theme.margin());
    // keep the selection visible when the panel has the focus
    p.setColor(QPalette::Inactive, QPalette::Highlight, p.color(QPalette::Active, QPalette::Highlight));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, p.color(QPalette::Active, QPalette::HighlightedText));
    area->setPalette(p);
    area->setBackgroundRole(QPalette::Window);
    area->setAutoFillBackground(true);
    area->viewport()->setAutoFillBackground(true);
    const QFont font = readingFont();
    area->setFont(font);
    m_surface->setColumnWidth(int(QFontMetricsF(font).averageCharWidth() * kColumnChars) + 48);
}

void ArticleView::setDocument(const Document &doc)
{
    m_document = doc;
    m_analysis.reset();
    m_findMatches.clear();
    m_focusedEntity = -1;
    createSurface(doc.text().size() <= kRichDocumentLimit);
    applyStyle();

    ReadingStyle style{readingFont()};
    QTextDocument *old = m_textDocument;
    m_textDocument = m_rich ? renderRichDocument(doc, style) : renderPlainDocument(doc, style);
    m_textDocument->setParent(this);
    m_highlighter = new ArticleHighlighter(m_textDocument);
    m_highlighter->setContent(&m_document, nullptr, !m_rich);
    for (int t = 0; t < kEntityTypeCount; ++t)
        m_highlighter->setTypeVisible(EntityType(t), Settings::isTypeVisible(EntityType(t)));
    if (m_rich)
        static_cast<QTextEdit *>(m_surface->scrollArea())->setDocument(m_textDocument);
    else
        static_cast<QPlainTextEdit *>(m_surface->scrollArea())->setDocument(m_textDocument);
    if (m_rich)  // Qt 6.4 truncation bug: finish the layout before any later format change
        m_textDocument->documentLayout()->documentSize();
    delete old;
    updateExtraSelections();
    updateMarkers();
}

void ArticleView::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    m_focusedEntity = -1;
    if (!m_highlighter)
        return;
    m_highlighter->setContent(&m_document, m_analysis.get(), !m_rich);
    rehighlightKeepingPosition();
    updateExtraSelections();
    updateMarkers();
}

void ArticleView::setTypeVisible(EntityType t, bool visible)
{
    if (!m_highlighter || m_highlighter->isTypeVisible(t) == visible)
        return;
    m_highlighter->setTypeVisible(t, visible);
    rehighlightKeepingPosition();
}

void ArticleView::setHighlightLayer(const QString &name, const HighlightLayer &layer)
{
    if (!m_highlighter || (layer.spans.isEmpty() && !m_highlighter->hasLayer(name)))
        return;
    m_highlighter->setLayer(name, layer);
    rehighlightKeepingPosition();
}

void ArticleView::rehighlightKeepingPosition()
{
    // A whole-document pass restarts QTextEdit's layout: put the reading position back.
    const int top = firstVisiblePosition();
    const int offset = m_rich ? rectForPosition(top).top() : 0;
    m_highlighter->rehighlightAll();
    if (m_rich) {
        m_textDocument->documentLayout()->documentSize();
        QScrollBar *bar = m_surface->scrollArea()->verticalScrollBar();
        bar->setValue(bar->value() + rectForPosition(top).top() - offset);
    }
}

void ArticleView::setFocusedEntity(int entityIndex)
{
    m_focusedEntity = entityIndex;
    updateExtraSelections();
    updateMarkers();
}

void ArticleView::setFindMatches(const QList<TextRange> &matches)
{
    m_findMatches = matches;
    updateExtraSelections();
    updateMarkers();
}

void ArticleView::updateExtraSelections()
{
    if (!m_surface)
        return;
    const Theme &theme = Theme::current();
    QList<QTextEdit::ExtraSelection> sels;
    auto add = [&](TextRange r, const QTextCharFormat &f) {
        QTextCursor c(m_textDocument);
        c.setPosition(r.start);
        c.setPosition(r.end, QTextCursor::KeepAnchor);
        sels.append({c, f});
    };
    if (m_analysis && m_focusedEntity >= 0 && m_focusedEntity < m_analysis->entities.size()) {
        const Entity &e = m_analysis->entities[m_focusedEntity];
        QTextCharFormat f;
        f.setBackground(theme.selectedBackground(e.type));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(theme.typeColor(e.type));
        for (int m : e.mentions)
            add(m_analysis->mentions[m].range, f);
    }
    QTextCharFormat found;
    found.setBackground(theme.findBackground());
    found.setForeground(QColor(0x1a, 0x1a, 0x1a));
    for (const TextRange &r : m_findMatches)
        add(r, found);
    m_surface->setSelections(sels);
}

void ArticleView::updateMarkers()
{
    if (!m_surface)
        return;
    QList<double> marks;
    if (m_analysis && m_focusedEntity >= 0 && m_focusedEntity < m_analysis->entities.size()) {
        for (int m : m_analysis->entities[m_focusedEntity].mentions)
            marks.append(m_surface->verticalFraction(m_analysis->mentions[m].range.start));
    }
    for (const TextRange &r : m_findMatches)
        marks.append(m_surface->verticalFraction(r.start));
    m_markerBar->setMarkers(marks, Theme::current().markerColor());
}

void ArticleView::selectRange(TextRange r)
{
    if (!m_surface || r.end > m_textDocument->characterCount())
        return;
    QTextCursor c(m_textDocument);
    c.setPosition(r.start);
    c.setPosition(r.end, QTextCursor::KeepAnchor);
    m_surface->setCursor(c);
    // Bring it into the upper third of the view, not just barely visible.
    QScrollBar *bar = m_surface->scrollArea()->verticalScrollBar();
    const QRect rect = m_surface->rectForCursor(c);
    const int viewportH = m_surface->scrollArea()->viewport()->height();
    if (rect.top() < viewportH / 6 || rect.bottom() > viewportH * 5 / 6) {
        if (m_rich)
            bar->setValue(bar->value() + rect.top() - viewportH / 3);
        else
            static_cast<QPlainTextEdit *>(m_surface->scrollArea())->centerCursor();
    }
}

TextRange ArticleView::selectedRange() const
{
    if (!m_surface)
        return {};
    const QTextCursor c = m_surface->cursor();
    return {c.selectionStart(), c.selectionEnd()};
}

QString ArticleView::selectedText() const
{
    const TextRange r = selectedRange();
    return m_document.text().mid(r.start, r.length());
}

int ArticleView::firstVisiblePosition() const
{
    if (!m_surface)
        return 0;
    if (m_rich) {
        auto *e = static_cast<QTextEdit *>(m_surface->scrollArea());
        return e->cursorForPosition(QPoint(0, 0)).position();
    }
    auto *e = static_cast<QPlainTextEdit *>(m_surface->scrollArea());
    return e->cursorForPosition(QPoint(0, 0)).position();
}

QRect ArticleView::rectForPosition(int pos) const
{
    QTextCursor c(m_textDocument);
    c.setPosition(pos);
    return m_surface->rectForCursor(c);
}

void ArticleView::setZoomSteps(int steps)
{
    m_zoomSteps = steps;
    applyStyle();
    if (m_textDocument) {
        m_textDocument->setDefaultFont(readingFont());
        if (m_rich)
            m_textDocument->documentLayout()->documentSize();
        m_highlighter->rehighlightAll();
    }
    updateMarkers();
}

void ArticleView::applyTheme()
{
    applyStyle();
    if (m_highlighter)
        m_highlighter->rehighlightAll();
    updateExtraSelections();
    updateMarkers();
    Q_EMIT themeChanged();
}

void ArticleView::showContextMenu(QPoint viewportPos)
{
    QMenu menu(this);
    const TextRange sel = selectedRange();
    QAction *copy = menu.addAction(tr("&Copy"), this, [this] { QGuiApplication::clipboard()->setText(selectedText()); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!sel.isEmpty());
    menu.addAction(tr("Select &All"), this, [this] { selectRange({0, int(m_document.text().size())}); })
        ->setShortcut(QKeySequence::SelectAll);
    Q_EMIT contextMenuAboutToShow(&menu, m_surface->positionAt(viewportPos));
    menu.exec(m_surface->scrollArea()->viewport()->mapToGlobal(viewportPos));
}

QStringList ArticleView::toolTipAt(int pos) const
{
    if (!m_analysis || pos < 0)
        return {};
    QStringList lines;
    const int mi = m_analysis->mentionAt(pos);
    if (mi >= 0) {
        const Mention &m = m_analysis->mentions[mi];
        if (m.entity >= 0) {
            const Entity &e = m_analysis->entities[m.entity];
            lines << tr("<b>%1</b> — %2 · %n mention(s)", nullptr, int(e.mentions.size()))
                         .arg(e.name.toHtmlEscaped(), entityTypeSingular(e.type));
        }
    }
    const int qi = m_analysis->quoteAt(pos);
    if (qi >= 0) {
        const Quote &q = m_analysis->quotes[qi];
        QString speaker = tr("unattributed");
        if (q.speakerEntity >= 0)
            speaker = m_analysis->entities[q.speakerEntity].name;
        else if (q.speaker)
            speaker = m_document.text().mid(q.speaker->start, q.speaker->length());
        lines << tr("Quote (%1) — said by <b>%2</b>").arg(quoteKindCode(q.kind), speaker.toHtmlEscaped());
    }
    return lines;
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_surface || watched != m_surface->scrollArea()->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *he = static_cast<QHelpEvent *>(event);
        const int pos = m_surface->positionAt(he->pos());
        QStringList lines = toolTipAt(pos);
        if (pos >= 0)
            Q_EMIT toolTipAboutToShow(pos, &lines);
        const QString tip = lines.join(u"<br>");
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), tip, m_surface->scrollArea()->viewport());
        return true;
    }
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->pos();
        break;
    case QEvent::ContextMenu:
        showContextMenu(static_cast<QContextMenuEvent *>(event)->pos());
        return true;
    case QEvent::MouseButtonRelease: {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() != Qt::LeftButton)
            break;
        if ((me->pos() - m_pressPos).manhattanLength() > 4)
            break;  // a drag that selected text, not a click
        const int pos = m_surface->positionAt(me->pos());
        if (pos < 0)
            break;
        const int mi = m_analysis ? m_analysis->mentionAt(pos) : -1;
        const int qi = m_analysis && mi < 0 ? m_analysis->quoteAt(pos) : -1;
        if (mi >= 0)
            Q_EMIT mentionClicked(mi);
        else if (qi >= 0)
            Q_EMIT quoteClicked(qi);
        Q_EMIT textClicked(pos);
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lede::ui
