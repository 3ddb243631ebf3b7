// AnnotationActions: the annotation commands with their keys, in an Annotate menu, a small
// toolbar, the File menu (export / import) and the View menu (the Annotations tab):
//
//   H  Highlight the selection in the current colour     Ctrl+1…8  … in that colour
//   U  Underline        S  Strike through                N  Add or edit the note
//   Alt+3  Annotations tab    Ctrl+Shift+E  Export…     Ctrl+Shift+I  Import…
//
// H, U, S and N work while the article (or the toolbar) has the focus, so that typing in
// lists still searches them. Created once by AnnotationController, which connects them. Colour actions show each
// colour's meaning and follow renames (setPalette).
#pragma once

#include "annotations/AnnotationPalette.h"

#include <QList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace lede::ui {

struct MainActions;

struct AnnotationActions {
    QAction *highlight = nullptr;
    QAction *underline = nullptr;
    QAction *strikeThrough = nullptr;
    QAction *note = nullptr;
    QAction *edit = nullptr;
    QAction *remove = nullptr;
    QList<QAction *> colors;  // checkable, exclusive; data() = palette index
    QActionGroup *colorGroup = nullptr;
    QAction *meanings = nullptr;
    QAction *showPanel = nullptr;
    QAction *exportFile = nullptr;
    QAction *importFile = nullptr;
    QMenu *menu = nullptr;
    QMenu *colorMenu = nullptr;
    QToolBar *toolbar = nullptr;

    // `article`: the reading view, where the single-letter keys work.
    static AnnotationActions create(QMainWindow *window, QWidget *article, const MainActions &main);
    void setPalette(const AnnotationPalette &palette, int currentColor);
    // The actions that need an open document and a store.
    void setAvailable(bool available);
};

} // namespace lede::ui
