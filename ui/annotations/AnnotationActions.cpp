#include "annotations/AnnotationActions.h"

#include "annotations/AnnotationText.h"
#include "window/MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace lede::ui {

namespace {

QAction *make(QObject *parent, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, parent);
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setStatusTip(tip);
    a->setToolTip(key.isEmpty() ? tip : QObject::tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

AnnotationActions AnnotationActions::create(QMainWindow *w, QWidget *article, const MainActions &main)
{
    AnnotationActions a;
    a.highlight = make(w, QObject::tr("&Highlight"), QKeySequence(Qt::Key_H),
                       QObject::tr("Highlight the selected passage"));
    a.underline = make(w, QObject::tr("&Underline"), QKeySequence(Qt::Key_U),
                       QObject::tr("Underline the selected passage"));
    a.strikeThrough = make(w, QObject::tr("&Strike Through"), QKeySequence(Qt::Key_S),
                           QObject::tr("Strike through the selected passage"));
    a.note = make(w, QObject::tr("Add &Note…"), QKeySequence(Qt::Key_N),
                  QObject::tr("Add a note to the selected passage, or edit the note of the annotation there"));
    a.edit = make(w, QObject::tr("&Edit Annotation…"), {}, QObject::tr("Edit the annotation at the cursor"));
    a.remove = make(w, QObject::tr("&Delete Annotation"), {}, QObject::tr("Delete the annotation at the cursor"));
    a.meanings = make(w, QObject::tr("Colour &Meanings…"), {}, QObject::tr("Rename what each colour means"));
    a.showPanel = make(w, QObject::tr("&Annotations"), QKeySequence(Qt::ALT | Qt::Key_3),
                       QObject::tr("Show the Annotations tab"));
    a.exportFile = make(w, QObject::tr("&Export Annotations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                        QObject::tr("Save this article's annotations as Markdown, JSON-LD, CSV or HTML"));
    a.importFile = make(w, QObject::tr("&Import Annotations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                        QObject::tr("Add annotations from a W3C JSON-LD or Hypothesis file"));
    // Single letters act where the reader selects: in the article (lists keep type-ahead).
    for (QAction *x : {a.highlight, a.underline, a.strikeThrough, a.note}) {
        x->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        article->addAction(x);
    }
    a.colorGroup = new QActionGroup(w);
    for (int i = 0; i < AnnotationPalette::kSize; ++i) {
        QAction *c = make(w, QString(), i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence(), {});
        c->setCheckable(true);
        c->setData(i);
        a.colorGroup->addAction(c);
        a.colors.append(c);
    }

    QMenu *m = a.menu = new QMenu(QObject::tr("&Annotate"), w);
    m->addAction(a.highlight);
    m->addAction(a.underline);
    m->addAction(a.strikeThrough);
    a.colorMenu = m->addMenu(QObject::tr("Highlight &Colour"));
    a.colorMenu->addActions(a.colors);
    m->addSeparator();
    m->addAction(a.note);
    m->addAction(a.edit);
    m->addAction(a.remove);
    m->addSeparator();
    m->addAction(a.meanings);
    w->menuBar()->insertMenu(main.helpMenu->menuAction(), m);

    main.fileMenu->insertAction(main.quit, a.importFile);
    main.fileMenu->insertAction(main.quit, a.exportFile);
    main.fileMenu->insertSeparator(main.quit);
    main.viewMenu->addAction(a.showPanel);

    QToolBar *bar = a.toolbar = new QToolBar(QObject::tr("Annotate"), w);
    bar->setObjectName(QStringLiteral("annotationToolbar"));
    bar->setAccessibleName(QObject::tr("Annotation toolbar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a.highlight);
    for (QAction *c : std::as_const(a.colors))
        bar->addAction(c);
    bar->addSeparator();
    bar->addAction(a.underline);
    bar->addAction(a.strikeThrough);
    bar->addAction(a.note);
    w->addToolBar(Qt::TopToolBarArea, bar);
    main.viewMenu->addAction(bar->toggleViewAction());
    for (QAction *c : std::as_const(a.colors))  // swatches only; the menu shows the names
        if (QWidget *button = bar->widgetForAction(c))
            button->setProperty("toolButtonStyle", int(Qt::ToolButtonIconOnly));
    return a;
}

void AnnotationActions::setPalette(const AnnotationPalette &palette, int currentColor)
{
    for (QAction *c : std::as_const(colors)) {
        const int i = c->data().toInt();
        const QString label = colorLabel(palette, i);
        c->setText(label);
        c->setIcon(colorSwatch(palette.color(i).hex));
        const QString tip = QObject::tr("Highlight in %1").arg(label);
        c->setStatusTip(tip);
        c->setToolTip(c->shortcut().isEmpty() ? tip
                                               : QObject::tr("%1 (%2)").arg(tip, c->shortcut().toString(QKeySequence::NativeText)));
        c->setChecked(i == currentColor);
    }
    const QString current = colorLabel(palette, currentColor);
    highlight->setIcon(colorSwatch(palette.color(currentColor).hex));
    highlight->setToolTip(QObject::tr("Highlight the selected passage in %1 (%2)")
                              .arg(current, highlight->shortcut().toString(QKeySequence::NativeText)));
}

void AnnotationActions::setAvailable(bool available)
{
    for (QAction *x : {highlight, underline, strikeThrough, note, edit, remove, meanings, exportFile, importFile})
        x->setEnabled(available);
    colorGroup->setEnabled(available);
}

} // namespace lede::ui
