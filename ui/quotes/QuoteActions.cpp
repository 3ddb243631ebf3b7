#include "quotes/QuoteActions.h"

#include "analysis/QuoteCitation.h"
#include "analysis/QuoteGrouping.h"
#include "corrections/CorrectionsController.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "quotes/ChooseSpeakerDialog.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QTreeView>

namespace lede::ui {

QuoteActions::QuoteActions(CorrectionsController *controller) : QObject(controller), m_controller(controller)
{
    MainWindow *w = controller->window();
    auto make = [](QWidget *owner, const QString &text, QKeySequence key, Qt::ShortcutContext context) {
        auto *a = new QAction(text, owner);
        a->setShortcut(key);
        a->setShortcutContext(context);
        return a;
    };
    m_copy = make(w, tr("Copy Quote as &Citation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                  Qt::WindowShortcut);
    m_copy->setStatusTip(tr("Copy the quote with its speaker, the article's title, source and date"));
    m_changeSpeaker = make(w, tr("Change &Speaker…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           Qt::WindowShortcut);
    m_changeSpeaker->setStatusTip(tr("Choose who said the quote"));
    m_dismiss = make(w, tr("&Not a Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), Qt::WindowShortcut);
    m_dismiss->setStatusTip(tr("Remove a quote the analysis found by mistake"));
    // Ctrl+C in the Quotes tab copies the selected quote as a citation
    QTreeView *tree = w->sidePanel()->quotes()->view();
    m_panelCopy = make(tree, tr("Copy as Citation"), QKeySequence::Copy, Qt::WidgetWithChildrenShortcut);
    tree->addAction(m_panelCopy);

    connect(m_copy, &QAction::triggered, this, [this] { copyCitation(currentQuote()); });
    connect(m_panelCopy, &QAction::triggered, this,
            [this] { copyCitation(m_controller->window()->sidePanel()->quotes()->currentQuote()); });
    connect(m_changeSpeaker, &QAction::triggered, this, [this] { changeSpeaker(currentQuote()); });
    connect(m_dismiss, &QAction::triggered, this, [this] { dismiss(currentQuote()); });
    connect(w->sidePanel()->quotes(), &QuotesPane::contextMenuAboutToShow, this, &QuoteActions::fillMenu);
    connect(w->articleView(), &ArticleView::contextMenuAboutToShow, this, &QuoteActions::fillArticleMenu);
}

void QuoteActions::addToMenu(QMenu *menu) { menu->addAction(m_copy); }

void QuoteActions::addCorrectionsToMenu(QMenu *menu)
{
    menu->addAction(m_changeSpeaker);
    menu->addAction(m_dismiss);
}

int QuoteActions::currentQuote() const
{
    const Analysis *a = m_controller->analysis();
    if (!a)
        return -1;
    MainWindow *w = m_controller->window();
    if (m_controller->articleHasFocus())
        return a->quoteAt(w->articleView()->selectedRange().start);
    return w->sidePanel()->quotes()->currentQuote();
}

bool QuoteActions::haveQuote(int quote)
{
    const Analysis *a = m_controller->analysis();
    if (a && quote >= 0 && quote < a->quotes.size())
        return true;
    m_controller->showHint(tr("Select a quote in the Quotes tab, or put the text cursor in one."));
    return false;
}

QString QuoteActions::citation(int quote) const
{
    const Analysis *a = m_controller->analysis();
    if (!a || quote < 0 || quote >= a->quotes.size())
        return {};
    const Document &doc = m_controller->session()->document();
    const DocumentMetadata &meta = doc.metadata();
    // a resource URL (the bundled sample) means nothing to a reader of the citation
    const QString url = meta.url.startsWith(QStringLiteral("qrc:")) ? QString() : meta.url;
    const CitationSource source{doc.title(), meta.site, meta.date, url};
    const Quote &q = a->quotes[quote];
    return formatQuoteCitation(doc.text(), q, quoteSpeakerName(doc.text(), q, a->entities), source);
}

void QuoteActions::copyCitation(int quote)
{
    if (!haveQuote(quote))
        return;
    QGuiApplication::clipboard()->setText(citation(quote));
    m_controller->showHint(tr("Citation copied"));
}

void QuoteActions::selectQuoteNear(TextRange range)
{
    if (m_controller->session()->isApplyingCorrections()) {  // a long document: wait for the result
        connect(m_controller->session(), &DocumentSession::correctionsApplied, this,
                [this, range] { selectQuoteNear(range); }, Qt::SingleShotConnection);
        return;
    }
    // the same quote (same range) after the correction, else the next one in the text
    const Analysis *a = m_controller->analysis();
    if (!a)
        return;
    int best = -1;
    for (int i = 0; i < a->quotes.size(); ++i) {
        if (a->quotes[i].range == range) {
            best = i;
            break;
        }
        if (best < 0 && a->quotes[i].range.start >= range.start)
            best = i;
    }
    if (best >= 0)
        m_controller->window()->sidePanel()->quotes()->selectQuote(best);
}

void QuoteActions::changeSpeaker(int quote)
{
    if (!haveQuote(quote))
        return;
    const std::shared_ptr<const Analysis> shown = m_controller->session()->sharedAnalysis();
    const Quote &q = shown->quotes[quote];
    const QString text = m_controller->session()->document().text();
    auto *dialog = new ChooseSpeakerDialog(*shown, q.speakerEntity, quoteSnippet(text, q, 60), m_controller->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, quote, shown] {
        const std::optional<int> entity = dialog->chosenEntity();
        if (!entity || m_controller->session()->sharedAnalysis() != shown)
            return;  // nothing chosen, or the analysis changed meanwhile
        const TextRange range = shown->quotes[quote].range;
        if (m_controller->report(m_controller->corrector().setQuoteSpeaker(quote, *entity)))
            selectQuoteNear(range);
    });
    dialog->open();
}

void QuoteActions::dismiss(int quote)
{
    if (!haveQuote(quote))
        return;
    const TextRange range = m_controller->analysis()->quotes[quote].range;
    if (m_controller->report(m_controller->corrector().dismissQuote(quote)))
        selectQuoteNear(range);
}

void QuoteActions::fillMenu(QMenu *menu, int quote) { fillQuoteMenu(menu, quote, true); }

void QuoteActions::fillQuoteMenu(QMenu *menu, int quote, bool inPanel)
{
    const Analysis *a = m_controller->analysis();
    if (!a || quote < 0 || quote >= a->quotes.size())
        return;
    QAction *copy = menu->addAction(tr("&Copy as Citation"), this, [this, quote] { copyCitation(quote); });
    if (inPanel)
        copy->setShortcut(QKeySequence::Copy);  // Ctrl+C in the panel does the same
    menu->addSeparator();
    menu->addAction(tr("Change &Speaker…"), this, [this, quote] { changeSpeaker(quote); });
    menu->addAction(tr("&Not a Quote"), this, [this, quote] { dismiss(quote); });
}

void QuoteActions::fillArticleMenu(QMenu *menu, int position)
{
    const Analysis *a = m_controller->analysis();
    const int quote = a && position >= 0 ? a->quoteAt(position) : -1;
    if (quote < 0)
        return;
    const QString speaker = quoteSpeakerName(m_controller->session()->document().text(), a->quotes[quote], a->entities);
    menu->addSeparator();
    fillQuoteMenu(menu->addMenu(tr("&Quote by %1").arg(speaker)), quote, false);
}

} // namespace lede::ui
