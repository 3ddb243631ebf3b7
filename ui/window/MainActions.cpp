#include "window/MainActions.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

namespace lede::ui {

namespace {

QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys = {}, const QString &tip = {})
{
    auto *a = new QAction(text, parent);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    return a;
}

} // namespace

MainActions MainActions::create(QMainWindow *w)
{
    MainActions a;
    a.open = make(w, QObject::tr("&Open…"), {QKeySequence::Open}, QObject::tr("Open an article"));
    a.openUrl = make(w, QObject::tr("Open &URL…"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                     QObject::tr("Download a news article from the web and read it here"));
    a.quit = make(w, QObject::tr("&Quit"), {QKeySequence::Quit});
    a.undo = make(w, QObject::tr("&Undo"), {QKeySequence::Undo});
    a.redo = make(w, QObject::tr("&Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);
    a.find = make(w, QObject::tr("&Find in Article…"), {QKeySequence::Find});
    a.findNext = make(w, QObject::tr("Find &Next"), {QKeySequence(Qt::Key_F3)});
    a.findPrevious = make(w, QObject::tr("Find Pre&vious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)});
    a.nextMention = make(w, QObject::tr("Next &Mention"), {QKeySequence(Qt::Key_F8)},
                         QObject::tr("Go to the next mention of the selected entity"));
    a.previousMention = make(w, QObject::tr("Previous M&ention"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)},
                             QObject::tr("Go to the previous mention of the selected entity"));
    a.filterEntities = make(w, QObject::tr("F&ilter Entities"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    a.showEntities = make(w, QObject::tr("&Entities"), {QKeySequence(Qt::ALT | Qt::Key_1)});
    a.showQuotes = make(w, QObject::tr("&Quotes"), {QKeySequence(Qt::ALT | Qt::Key_2)});
    a.zoomIn = make(w, QObject::tr("Zoom &In"),
                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    a.zoomOut = make(w, QObject::tr("Zoom &Out"), {QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    a.zoomReset = make(w, QObject::tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.togglePanel = make(w, QObject::tr("Show &Panel"), {QKeySequence(Qt::Key_F9)});
    a.togglePanel->setCheckable(true);
    a.togglePanel->setChecked(true);
    a.themeSystem = make(w, QObject::tr("Follow &System"));
    a.themeLight = make(w, QObject::tr("&Light"));
    a.themeDark = make(w, QObject::tr("&Dark"));
    auto *themes = new QActionGroup(w);
    for (QAction *t : {a.themeSystem, a.themeLight, a.themeDark}) {
        t->setCheckable(true);
        themes->addAction(t);
    }
    a.cancelAnalysis = make(w, QObject::tr("&Cancel Analysis"), {QKeySequence(Qt::CTRL | Qt::Key_Period)});
    a.cancelAnalysis->setEnabled(false);
    a.about = make(w, QObject::tr("&About Lede"));

    QMenuBar *bar = w->menuBar();
    QMenu *file = a.fileMenu = bar->addMenu(QObject::tr("&File"));
    file->addAction(a.open);
    file->addAction(a.openUrl);
    a.recentMenu = file->addMenu(QObject::tr("Open &Recent"));
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = a.editMenu = bar->addMenu(QObject::tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addAction(a.findNext);
    edit->addAction(a.findPrevious);

    QMenu *view = a.viewMenu = bar->addMenu(QObject::tr("&View"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addSeparator();
    QMenu *theme = view->addMenu(QObject::tr("&Theme"));
    theme->addAction(a.themeSystem);
    theme->addAction(a.themeLight);
    theme->addAction(a.themeDark);
    view->addSeparator();
    view->addAction(a.togglePanel);
    view->addAction(a.showEntities);
    view->addAction(a.showQuotes);

    QMenu *go = a.goMenu = bar->addMenu(QObject::tr("&Go"));
    go->addAction(a.nextMention);
    go->addAction(a.previousMention);
    go->addAction(a.filterEntities);
    go->addSeparator();
    go->addAction(a.cancelAnalysis);

    QMenu *help = a.helpMenu = bar->addMenu(QObject::tr("&Help"));
    help->addAction(a.about);
    return a;
}

} // namespace lede::ui
