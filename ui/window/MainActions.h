// MainActions: every action of the main window with its shortcut, and the menus that hold
// them. Created once; MainWindow connects them. Every action has a keyboard path.
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace lede::ui {

struct MainActions {
    QAction *open = nullptr;
    QAction *openUrl = nullptr;
    QMenu *recentMenu = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *findNext = nullptr;
    QAction *findPrevious = nullptr;
    QAction *nextMention = nullptr;
    QAction *previousMention = nullptr;
    QAction *filterEntities = nullptr;
    QAction *showEntities = nullptr;
    QAction *showQuotes = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *togglePanel = nullptr;
    QAction *themeSystem = nullptr;
    QAction *themeLight = nullptr;
    QAction *themeDark = nullptr;
    QAction *cancelAnalysis = nullptr;
    QAction *about = nullptr;

    // The menus, for other parts of the window to add their actions to.
    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *goMenu = nullptr;
    QMenu *helpMenu = nullptr;

    // Creates the actions (parented to window) and its menu bar.
    static MainActions create(QMainWindow *window);
};

} // namespace lede::ui
