#include "window/MainWindow.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationStore.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/UndoStack.h"
#include "app/Settings.h"
#include "app/Theme.h"
#include "core/Version.h"
#include "corrections/CorrectionsController.h"
#include "document/DocumentLoader.h"
#include "find/FindBar.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "net/PageFetcher.h"
#include "net/WebDocument.h"
#include "view/ArticleHeader.h"
#include "view/ArticleView.h"
#include "web/OpenUrlDialog.h"
#include "view/MentionNavigator.h"
#include "window/AnalysisStatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace lede::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new DocumentSession(this)), m_view(new ArticleView(this)),
      m_header(new ArticleHeader(this)),
      m_findBar(new FindBar(this)), m_panel(new SidePanel(this)), m_status(new AnalysisStatus(this)),
      m_navigator(std::make_unique<MentionNavigator>())
{
    setWindowTitle(tr("Lede"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lede.svg")));
    setAcceptDrops(true);
    resize(1280, 820);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);

    addDockWidget(Qt::RightDockWidgetArea, m_panel);
    resizeDocks({m_panel}, {360}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_status);

    m_actions = MainActions::create(this);
    connectActions();
    connectSession();
    connectAnnotations();
    new AnnotationController(this);  // the Annotations tab, menu, toolbar, layers, export/import
    rebuildRecentMenu();

    const ThemeChoice theme = Settings::theme();
    m_actions.themeSystem->setChecked(theme == ThemeChoice::System);
    m_actions.themeLight->setChecked(theme == ThemeChoice::Light);
    m_actions.themeDark->setChecked(theme == ThemeChoice::Dark);
    m_view->setZoomSteps(Settings::zoomSteps());
    if (!Settings::windowGeometry().isEmpty()) {
        restoreGeometry(Settings::windowGeometry());
        restoreState(Settings::windowState());
    }
    new CorrectionsController(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    const MainActions &a = m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a.openUrl, &QAction::triggered, this, [this] { showOpenUrlDialog(); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(a.findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(a.findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(a.nextMention, &QAction::triggered, this, [this] { stepMention(true); });
    connect(a.previousMention, &QAction::triggered, this, [this] { stepMention(false); });
    connect(a.filterEntities, &QAction::triggered, this, [this] {
        m_panel->show();
        m_panel->showEntities();
        m_panel->entities()->focusFilter();
    });
    connect(a.showEntities, &QAction::triggered, this, [this] {
        m_panel->show();
        m_panel->showEntities();
        m_panel->entities()->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.showQuotes, &QAction::triggered, this, [this] {
        m_panel->show();
        m_panel->showQuotes();
        m_panel->quotes()->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.zoomIn, &QAction::triggered, this, [this] { setZoom(m_view->zoomSteps() + 1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { setZoom(m_view->zoomSteps() - 1); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { setZoom(0); });
    connect(a.togglePanel, &QAction::toggled, m_panel, &QDockWidget::setVisible);
    connect(m_panel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!isMinimized() && isVisible())
            m_actions.togglePanel->setChecked(visible || !m_panel->isHidden());
    });
    connect(a.themeSystem, &QAction::triggered, this, [this] { setTheme(int(ThemeChoice::System)); });
    connect(a.themeLight, &QAction::triggered, this, [this] { setTheme(int(ThemeChoice::Light)); });
    connect(a.themeDark, &QAction::triggered, this, [this] { setTheme(int(ThemeChoice::Dark)); });
    connect(a.cancelAnalysis, &QAction::triggered, m_session, &DocumentSession::cancelAnalysis);
    connect(m_status, &AnalysisStatus::cancelRequested, m_session, &DocumentSession::cancelAnalysis);
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Lede"),
                           tr("<h3>Lede %1</h3><p>A reader for news articles: who is mentioned, who said what, "
                              "and your own notes. Everything runs on this computer; nothing you open leaves it.</p>")
                               .arg(QStringLiteral(LEDE_VERSION)));
    });

    EntitiesPane *entities = m_panel->entities();
    connect(entities, &EntitiesPane::entityActivated, this, &MainWindow::showEntity);
    connect(entities, &EntitiesPane::typeVisibilityChanged, m_view, &ArticleView::setTypeVisible);
    connect(m_panel->quotes(), &QuotesPane::quoteActivated, this, &MainWindow::showQuote);
    connect(m_view, &ArticleView::mentionClicked, this, [this](int mention) {
        m_navigator->setCurrentMention(mention);
        const int entity = m_navigator->entity();
        m_view->setFocusedEntity(entity);
        m_panel->showEntities();
        m_panel->entities()->selectEntity(entity);
        m_panel->entities()->setMentionPosition(m_navigator->position(), m_navigator->count());
    });
    connect(m_view, &ArticleView::quoteClicked, this, [this](int quote) {
        m_panel->showQuotes();
        m_panel->quotes()->selectQuote(quote);
    });
    connect(m_view, &ArticleView::selectionChanged, this,
            [this] { m_findBar->setCursorPosition(m_view->selectedRange().start); });
    connect(m_findBar, &FindBar::matchesChanged, m_view, &ArticleView::setFindMatches);
    connect(m_findBar, &FindBar::matchSelected, m_view, &ArticleView::selectRange);
    connect(m_findBar, &FindBar::closed, m_view, [this] { m_view->setFocus(); });
}

void MainWindow::connectSession()
{
    connect(m_session, &DocumentSession::documentOpened, this, &MainWindow::onDocumentOpened);
    connect(m_session, &DocumentSession::openFailed, this, [this](const QString &message) {
        if (!m_pendingPath.isEmpty() && !PageFetcher::isWebAddress(m_pendingPath) && !QFileInfo::exists(m_pendingPath)) {
            Settings::removeRecentFile(QFileInfo(m_pendingPath).absoluteFilePath());
            rebuildRecentMenu();
        }
        m_pendingPath.clear();
        showError(tr("Cannot open file"), message);
    });
    connect(m_session, &DocumentSession::loadingStarted, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Opening %1…").arg(path)); });
    connect(m_session, &DocumentSession::analysisStarted, m_status, &AnalysisStatus::started);
    connect(m_session, &DocumentSession::analysisProgress, m_status, &AnalysisStatus::progress);
    connect(m_session, &DocumentSession::analysisFinished, this, &MainWindow::onAnalysisFinished);
    connect(m_session, &DocumentSession::correctionsApplied, this, &MainWindow::onAnalysisFinished);
    connect(m_session, &DocumentSession::analysisCancelled, this,
            [this] { m_status->stopped(tr("Analysis cancelled — the text is shown without highlights")); });
    connect(m_session, &DocumentSession::analysisFailed, this, [this](const QString &message) {
        m_status->stopped(tr("Analysis failed"));
        showError(tr("Analysis failed"), message);
    });
    connect(m_session, &DocumentSession::busyChanged, this,
            [this](bool busy) { m_actions.cancelAnalysis->setEnabled(busy && m_session->isAnalyzing()); });
}

void MainWindow::connectAnnotations()
{
    auto store = AnnotationStore::open();
    if (!store) {
        showError(tr("Annotations are not available"), store.error().message);
        return;
    }
    m_store = std::move(*store);
    m_session->setAnnotationStore(m_store.get());
    if (!m_store->recoveryMessage().isEmpty())
        showError(tr("Annotation database recovered"), m_store->recoveryMessage());
    m_annotations = new DocumentAnnotations(m_store.get(), this);
    UndoStack *undo = m_annotations->undoStack();
    auto runUndo = [this](Result<void> r) {
        if (!r)
            showError(tr("Cannot undo or redo"), r.error().message);
    };
    connect(m_actions.undo, &QAction::triggered, this, [undo, runUndo] { runUndo(undo->undo()); });
    connect(m_actions.redo, &QAction::triggered, this, [undo, runUndo] { runUndo(undo->redo()); });
    connect(undo, &UndoStack::canUndoChanged, m_actions.undo, &QAction::setEnabled);
    connect(undo, &UndoStack::canRedoChanged, m_actions.redo, &QAction::setEnabled);
    connect(undo, &UndoStack::undoTextChanged, m_actions.undo, [this](const QString &t) {
        m_actions.undo->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t));
    });
    connect(undo, &UndoStack::redoTextChanged, m_actions.redo, [this](const QString &t) {
        m_actions.redo->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t));
    });
    connect(m_annotations, &DocumentAnnotations::errorOccurred, this,
            [this](const QString &message) { showError(tr("Annotations"), message); });
}

void MainWindow::openFile(const QString &path)
{
    m_pendingPath = path;
    m_session->openFile(path);
}

void MainWindow::openUrl(const QUrl &url)
{
    auto kept = openStoredPage(url);
    if (kept) {
        m_pendingPath = url.toString();
        m_session->openDocument(std::move(*kept));
        return;
    }
    showOpenUrlDialog(url.toString());
}

void MainWindow::showOpenUrlDialog(const QString &address)
{
    auto *dialog = new OpenUrlDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("openUrlDialog"));
    connect(dialog, &OpenUrlDialog::documentReady, this, [this](const Document &doc) {
        m_pendingPath = doc.metadata().url;
        m_session->openDocument(doc);
    });
    dialog->open();
    if (!address.isEmpty()) {
        dialog->field()->setText(address);
        dialog->start();
    }
}

void MainWindow::openSample()
{
    m_pendingPath.clear();
    m_session->openDocument(DocumentLoader::sampleDocument());
}

void MainWindow::chooseFile()
{
    const QString dir = Settings::recentFiles().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(Settings::recentFiles().constFirst()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), dir,
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onDocumentOpened()
{
    const Document &doc = m_session->document();
    if (m_annotations) {
        if (auto r = m_annotations->setDocument(doc); !r)
            showError(tr("Cannot load the annotations"), r.error().message);
    }
    m_navigator->setAnalysis(nullptr);
    m_view->setDocument(doc);
    m_header->setDocument(doc);
    m_panel->entities()->setAnalysis(nullptr);
    m_panel->quotes()->setAnalysis(nullptr, {});
    m_findBar->setText(doc.text());
    const QString title = doc.title().isEmpty() ? tr("Untitled") : doc.title();
    setWindowTitle(tr("%1 — Lede").arg(title.size() > 80 ? title.left(79) + QChar(0x2026) : title));
    statusBar()->clearMessage();
    if (!m_pendingPath.isEmpty()) {
        Settings::addRecentFile(m_pendingPath);
        rebuildRecentMenu();
        m_pendingPath.clear();
    }
}

void MainWindow::onAnalysisFinished()
{
    const auto analysis = m_session->sharedAnalysis();
    m_navigator->setAnalysis(analysis);
    m_view->setAnalysis(analysis);
    m_panel->entities()->setAnalysis(analysis);
    m_panel->quotes()->setAnalysis(analysis, m_session->document().text());
    m_status->finished(tr("%n entities", nullptr, int(analysis->entities.size())) + QStringLiteral(" · ")
                       + tr("%n quotes", nullptr, int(analysis->quotes.size())));
}

void MainWindow::showMention(int mentionIndex)
{
    const Analysis *a = m_session->analysis();
    if (!a || mentionIndex < 0)
        return;
    m_view->setFocusedEntity(m_navigator->entity());
    m_view->selectRange(a->mentions[mentionIndex].range);
    m_panel->entities()->setMentionPosition(m_navigator->position(), m_navigator->count());
}

void MainWindow::showEntity(int entityIndex) { showMention(m_navigator->activate(entityIndex)); }

void MainWindow::stepMention(bool forward)
{
    if (m_navigator->entity() < 0) {
        statusBar()->showMessage(tr("Select an entity in the panel first"), 3000);
        return;
    }
    showMention(forward ? m_navigator->next() : m_navigator->previous());
}

void MainWindow::showQuote(int quoteIndex)
{
    const Analysis *a = m_session->analysis();
    if (!a || quoteIndex < 0 || quoteIndex >= a->quotes.size())
        return;
    const Quote &q = a->quotes[quoteIndex];
    m_view->selectRange(q.range);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and asynchronous: the reader keeps working with what was open.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->open();
    statusBar()->showMessage(message, 8000);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions.recentMenu;
    menu->clear();
    const QStringList files = Settings::recentFiles();
    int n = 0;
    for (const QString &f : files) {
        ++n;
        const QString name = PageFetcher::isWebAddress(f) ? f : QFileInfo(f).fileName();
        const QString label = (n < 10 ? QStringLiteral("&%1 ").arg(n) : QString()) + name;
        QAction *act = menu->addAction(label);
        act->setStatusTip(f);
        connect(act, &QAction::triggered, this, [this, f] {
            if (PageFetcher::isWebAddress(f))
                openUrl(QUrl(f));
            else
                openFile(f);
        });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        menu->addSeparator();
        connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            Settings::clearRecentFiles();
            rebuildRecentMenu();
        });
    }
}

void MainWindow::setZoom(int steps)
{
    Settings::setZoomSteps(steps);
    m_view->setZoomSteps(Settings::zoomSteps());
}

void MainWindow::setTheme(int choice)
{
    Settings::setTheme(ThemeChoice(choice));
    Theme::apply(Theme::forChoice(ThemeChoice(choice)));
    m_view->applyTheme();
    m_header->applyTheme();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    m_session->cancelAnalysis();
    Settings::setWindowGeometry(saveGeometry(), saveState());
    QMainWindow::closeEvent(e);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    const QList<QUrl> urls = e->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    const QList<QUrl> urls = e->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    e->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}

} // namespace lede::ui
