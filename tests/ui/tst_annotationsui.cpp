// The annotation UI end to end on the offscreen platform, with real clicks and keys: select a
// passage, press H, add a note with N, see it in the Annotations tab; undo / redo; reopen
// (another file and back, a new window on the same store); Delete in the panel; filter by
// tag and colour; export through the dialog and parse the file back with the core; import
// with its report; an orphan (the file changed) shown apart and re-attached; a note on an
// entity from the context menu; hover shows the note; a click selects it in the panel.
#include "ArticleFormats.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationFilterModel.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationTransfer.h"
#include "annotations/AnnotationsPane.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/PaletteDialog.h"
#include "annotations/TagEdit.h"
#include "app/Settings.h"
#include "app/Theme.h"
#include "export/AnnotationImport.h"
#include "models/EntityModel.h"
#include "models/QuoteTreeModel.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

using namespace lede;
using namespace lede::ui;
using namespace lede::ui::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Invented text.
const QString kArticle =
    u"Diplomat leaves his post in Geneva\n\n"
    "Kyaw Win, a diplomat at the mission in Geneva, resigned on Friday after twenty years of service. "
    "\u201cI can no longer speak for the generals,\u201d Kyaw Win said in a letter to the United Nations.\n\n"
    "The foreign ministry called the resignation a betrayal of the nation. Observers said the sham "
    "elections planned for next year had pushed several officials to leave.\n\n"
    "Kyaw Win has asked Switzerland for asylum and plans to stay in Geneva with his family."_s;

TextRange rangeOf(const QString &text, const QString &s)
{
    const int at = int(text.indexOf(s));
    return {at, at + int(s.size())};
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

} // namespace

class TestAnnotationsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void highlightNoteUndoRedoReopen();
    void deleteInPanel();
    void filterByTagAndColour();
    void exportThroughDialogParsesBack();
    void importShowsReport();
    void orphanIsShownAndReattached();
    void noteOnEntityFromContextMenu();
    void noteOnQuoteFromQuotesTab();
    void tagsCompleteFromTagsUsed();
    void hoverShowsNoteAndClickSelects();
    void stylesAndColourMeanings();

private:
    void openWindow();
    void openFile(const QString &path);
    void select(TextRange r);  // with the mouse: click, then shift+click
    AnnotationController *controller() const { return m_window->findChild<AnnotationController *>(); }
    DocumentAnnotations *session() const { return m_window->annotations(); }
    AnnotationsPane *pane() const { return controller()->pane(); }
    ArticleView *article() const { return m_window->articleView(); }
    QString text() const { return m_window->session()->document().text(); }
    template <class T> T *waitForDialog(const QString &name = {});
    void clickRow(QListView *view, int row);
    // Opens target's context menu at pos and triggers the entry called `entry`; false if absent.
    bool chooseFromContextMenu(QWidget *target, QContextMenuEvent::Reason reason, QPoint pos, const QString &entry);

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAnnotationsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"LedeTest"_s);
    Theme::apply(Theme::forChoice(ThemeChoice::Light));
    QVERIFY(m_dir.isValid());
}

void TestAnnotationsUi::init()
{
    // A fresh store for every test (test mode: under ~/.qttest, this executable's own folder).
    const QString db = AnnotationStore::defaultPath();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(db + suffix);
    Settings::setAnnotationColor(0);
    Settings::setAnnotationsByTime(false);
    m_path = m_dir.filePath(u"article-%1.txt"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    writeFile(m_path, kArticle);
    openWindow();
    openFile(m_path);
}

void TestAnnotationsUi::cleanup() { m_window.reset(); }

void TestAnnotationsUi::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(session());
    QVERIFY(controller());
}

void TestAnnotationsUi::openFile(const QString &path)
{
    QSignalSpy opened(m_window->session(), &DocumentSession::documentOpened);
    QSignalSpy analysed(m_window->session(), &DocumentSession::analysisFinished);
    m_window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.size() == 1, 20000);
    QCOMPARE(m_window->session()->document().metadata().sourcePath, path);
    QCOMPARE(session()->document().text(), text());
}

void TestAnnotationsUi::select(TextRange r)
{
    QWidget *vp = article()->editor()->viewport();
    auto at = [&](int pos) {
        const QRect c = article()->rectForPosition(pos);
        return QPoint(c.left() + 1, c.center().y());
    };
    article()->selectRange({r.start, r.start});  // scrolls it into view
    QTest::mouseClick(vp, Qt::LeftButton, {}, at(r.start));
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ShiftModifier, at(r.end));
    QCOMPARE(article()->selectedRange(), r);
    QTRY_VERIFY(article()->editor()->hasFocus());
}

template <class T> T *TestAnnotationsUi::waitForDialog(const QString &name)
{
    T *dlg = nullptr;
    auto found = [&] {
        for (T *d : m_window->findChildren<T *>())
            if (d->isVisible() && (name.isEmpty() || d->objectName() == name))
                dlg = d;
        return dlg != nullptr;
    };
    if (!QTest::qWaitFor(found, 5000))
        qWarning("no %s dialog appeared", T::staticMetaObject.className());
    return dlg;
}

void TestAnnotationsUi::clickRow(QListView *view, int row)
{
    const QModelIndex i = view->model()->index(row, 0);
    view->scrollTo(i);
    const QRect r = view->visualRect(i);
    QVERIFY(r.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

bool TestAnnotationsUi::chooseFromContextMenu(QWidget *target, QContextMenuEvent::Reason reason, QPoint pos,
                                              const QString &entry)
{
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == entry)
                chosen = a;
        menu->close();
        if (chosen) {
            found = true;
            chosen->trigger();
        }
    });
    QContextMenuEvent ev(reason, pos, target->mapToGlobal(pos));
    QApplication::sendEvent(target, &ev);
    return found;
}

void TestAnnotationsUi::highlightNoteUndoRedoReopen()
{
    const TextRange r = rangeOf(text(), u"resigned on Friday after twenty years of service"_s);
    const QColor yellow(AnnotationPalette().color(0).hex);
    QVERIFY(backgroundAt(article(), r.start + 2) != yellow);
    select(r);
    QTest::keyClick(article()->editor(), Qt::Key_H);
    QCOMPARE(session()->count(), 1);
    QCOMPARE(session()->at(0).range, r);
    QCOMPARE(backgroundAt(article(), r.start + 2), yellow);  // at once, in its colour
    QVERIFY(backgroundAt(article(), r.end + 1) != yellow);
    QCOMPARE(m_window->sidePanel()->tabs()->indexOf(pane()) >= 0, true);
    QListView *list = pane()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().data(AnnotationModel::PassageRole).toString(),
             u"resigned on Friday after twenty years of service"_s);

    // N: the editor for the annotation at the cursor; type a note and tags; Ctrl+Enter saves.
    QTest::keyClick(article()->editor(), Qt::Key_N);
    auto *editor = waitForDialog<AnnotationEditor>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->noteEdit()->hasFocus());
    QTest::keyClicks(editor->noteEdit(), u"Twenty years: check the *ministry* record"_s);
    editor->tagEdit()->setFocus();
    QTest::keyClicks(editor->tagEdit(), u"career, timeline"_s);
    const QPointer<AnnotationEditor> guard(editor);
    QTest::keyClick(editor->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard || !guard->isVisible());
    m_window->activateWindow();  // what the window manager does when a dialog closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(session()->at(0).note, u"Twenty years: check the *ministry* record"_s);
    QCOMPARE(session()->at(0).tags, (QStringList{u"career"_s, u"timeline"_s}));
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data(AnnotationModel::PlainNoteRole).toString(), u"Twenty years: check the ministry record"_s);
    QVERIFY(list->visualRect(row).height() > 2 * list->fontMetrics().height());  // passage + note shown

    // Undo: the note, then the highlight; redo brings both back.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->at(0).note, QString());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session()->count(), 0);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(backgroundAt(article(), r.start + 2) != yellow);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(backgroundAt(article(), r.start + 2), yellow);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(session()->at(0).note, u"Twenty years: check the *ministry* record"_s);

    // Reopen: another file, then this one again.
    const QString other = m_dir.filePath(u"other.txt"_s);
    writeFile(other, u"Another article about the weather in Bern.\n\nIt rained."_s);
    openFile(other);
    QCOMPARE(list->model()->rowCount(), 0);
    openFile(m_path);
    QCOMPARE(list->model()->rowCount(), 1);
    QTRY_COMPARE(backgroundAt(article(), r.start + 2), yellow);
    QCOMPARE(session()->at(0).tags, (QStringList{u"career"_s, u"timeline"_s}));

    // A new window on the same store (the next session of the reader).
    m_window.reset();
    openWindow();
    openFile(m_path);
    QCOMPARE(session()->count(), 1);
    QCOMPARE(session()->at(0).note, u"Twenty years: check the *ministry* record"_s);
    QTRY_COMPARE(backgroundAt(article(), r.start + 2), yellow);
}

void TestAnnotationsUi::deleteInPanel()
{
    select(rangeOf(text(), u"Kyaw Win has asked Switzerland for asylum"_s));
    QTest::keyClick(article()->editor(), Qt::Key_H);
    select(rangeOf(text(), u"the sham elections"_s));
    QTest::keyClick(article()->editor(), Qt::Key_U);
    QCOMPARE(session()->count(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);  // the Annotations tab
    QCOMPARE(m_window->sidePanel()->tabs()->currentWidget(), pane());
    QListView *list = pane()->view();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->model()->rowCount(), 2);
    clickRow(list, 0);  // reading order: the sham elections come first
    QCOMPARE(article()->selectedText(), u"the sham elections"_s);  // click jumps to it and selects it
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(session()->count(), 1);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(AnnotationModel::PassageRole).toString(),
             u"Kyaw Win has asked Switzerland for asylum"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->model()->rowCount(), 2);
    // Enter edits
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    auto *editor = waitForDialog<AnnotationEditor>();
    QVERIFY(editor);
    QCOMPARE(editor->windowTitle(), u"Edit Annotation"_s);
    editor->reject();
}

void TestAnnotationsUi::filterByTagAndColour()
{
    struct Item {
        QString passage;
        int color;
        QStringList tags;
    };
    const QList<Item> items = {{u"Kyaw Win, a diplomat"_s, 0, {u"people"_s}},
                               {u"called the resignation a betrayal"_s, 1, {u"claims"_s, u"people"_s}},
                               {u"the sham elections"_s, 1, {}},
                               {u"asked Switzerland for asylum"_s, 2, {u"people"_s}}};
    for (const Item &it : items) {
        auto id = session()->create({.range = rangeOf(text(), it.passage), .color = it.color, .tags = it.tags});
        QVERIFY(id);
    }
    controller()->showPane();
    QListView *list = pane()->view();
    QCOMPARE(list->model()->rowCount(), 4);
    QComboBox *tags = pane()->tagBox();
    QCOMPARE(tags->count(), 3);  // all, #claims, #people
    tags->setFocus();
    tags->setCurrentIndex(tags->findData(u"people"_s));
    QCOMPARE(list->model()->rowCount(), 3);
    QComboBox *colors = pane()->colorBox();
    colors->setCurrentIndex(colors->findData(1));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(AnnotationModel::PassageRole).toString(),
             u"called the resignation a betrayal"_s);
    QVERIFY(pane()->summaryLabel()->text().contains(u"1 of 4"_s));
    tags->setCurrentIndex(0);
    QCOMPARE(list->model()->rowCount(), 2);
    QTest::keyClicks(pane()->filterEdit(), u"sham"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    pane()->filterEdit()->clear();
    colors->setCurrentIndex(0);
    QCOMPARE(list->model()->rowCount(), 4);
    // newest first
    pane()->orderBox()->setCurrentIndex(1);
    QCOMPARE(list->model()->index(0, 0).data(AnnotationModel::PassageRole).toString(), items.last().passage);
    QVERIFY(Settings::annotationsByTime());
}

void TestAnnotationsUi::exportThroughDialogParsesBack()
{
    auto id = session()->create({.range = rangeOf(text(), u"the sham elections"_s), .color = 1,
                                 .note = u"Whose word is \"sham\"?"_s, .tags = {u"claims"_s}});
    QVERIFY(id);
    const QString out = m_dir.filePath(u"exported.jsonld"_s);
    QFile::remove(out);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dlg = waitForDialog<QFileDialog>(u"exportDialog"_s);
    QVERIFY(dlg);
    QCOMPARE(dlg->nameFilters().size(), 4);
    dlg->selectNameFilter(dlg->nameFilters().at(1));  // JSON-LD
    dlg->selectFile(out);
    static_cast<QDialog *>(dlg)->accept();
    QTRY_VERIFY(QFile::exists(out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto parsed = parseAnnotationFile(f.readAll(), out, session()->document());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->annotations.size(), 1);
    const Annotation &a = parsed->annotations.constFirst();
    QCOMPARE(a.id, *id);
    QCOMPARE(a.note, u"Whose word is \"sham\"?"_s);
    QVERIFY(a.tags.contains(u"claims"_s));
    QCOMPARE(a.range, rangeOf(text(), u"the sham elections"_s));
    QCOMPARE(a.color, 1);
    // the other formats write through the same path
    for (ExportFormat fmt : {ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Html}) {
        const QString path = m_dir.filePath(u"exported."_s + exportFileSuffix(fmt));
        QVERIFY(controller()->transfer()->exportTo(path, fmt));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().contains("sham"));
    }
    // an unwritable place: an error naming the file, no crash
    const QString bad = m_dir.filePath(u"no-such-folder/x.md"_s);
    auto r = controller()->transfer()->exportTo(bad, ExportFormat::Markdown);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"x.md"_s));
}

void TestAnnotationsUi::importShowsReport()
{
    auto id = session()->create({.range = rangeOf(text(), u"the sham elections"_s), .color = 2, .note = u"n"_s});
    QVERIFY(id);
    const QString file = m_dir.filePath(u"round.jsonld"_s);
    QVERIFY(controller()->transfer()->exportTo(file, ExportFormat::JsonLd));
    QVERIFY(session()->remove(*id));
    QCOMPARE(session()->count(), 0);

    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dlg = waitForDialog<QFileDialog>(u"importDialog"_s);
    QVERIFY(dlg);
    dlg->selectFile(file);
    static_cast<QDialog *>(dlg)->accept();
    auto *report = waitForDialog<QMessageBox>(u"importReport"_s);
    QVERIFY(report);
    QVERIFY(report->text().contains(QDir::toNativeSeparators(file)));
    QVERIFY(report->text().contains(u"1 annotation"_s));
    report->accept();
    QCOMPARE(session()->count(), 1);
    QCOMPARE(session()->at(0).note, u"n"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);  // one undo step
    QCOMPARE(session()->count(), 0);

    // A broken file: an error naming it and the reason; nothing changes.
    const QString broken = m_dir.filePath(u"broken.jsonld"_s);
    writeFile(broken, u"{\"type\": \"Annotation\", "_s);
    controller()->transfer()->importFrom(broken);
    auto *error = waitForDialog<QMessageBox>(u"annotationError"_s);
    QVERIFY(error);
    QVERIFY(error->text().contains(QDir::toNativeSeparators(broken)));
    QVERIFY(error->text().contains(u"Nothing was imported"_s));
    error->accept();
    QCOMPARE(session()->count(), 0);
}

void TestAnnotationsUi::orphanIsShownAndReattached()
{
    select(rangeOf(text(), u"called the resignation a betrayal of the nation"_s));
    QTest::keyClick(article()->editor(), Qt::Key_H);
    select(rangeOf(text(), u"asked Switzerland for asylum"_s));
    QTest::keyClick(article()->editor(), Qt::Key_H);
    QCOMPARE(session()->count(), 2);
    // The file changes: the ministry's sentence is rewritten.
    QString changed = kArticle;
    changed.replace(u"The foreign ministry called the resignation a betrayal of the nation."_s,
                    u"A spokesman declined to comment."_s);
    writeFile(m_path, changed);
    openFile(m_path);
    QCOMPARE(text(), changed);
    controller()->showPane();
    QListView *orphans = pane()->orphanView();
    QTRY_VERIFY(orphans->isVisible());
    QCOMPARE(orphans->model()->rowCount(), 1);
    QCOMPARE(orphans->model()->index(0, 0).data(AnnotationModel::PassageRole).toString(),
             u"called the resignation a betrayal of the nation"_s);  // its text, kept
    QCOMPARE(pane()->view()->model()->rowCount(), 1);
    QCOMPARE(pane()->view()->model()->index(0, 0).data(AnnotationModel::StatusTextRole).toString(),
             anchorStatusLabel(AnchorStatus::Moved));
    QVERIFY(!pane()->reattachButton()->isEnabled());
    const TextRange target = rangeOf(changed, u"declined to comment"_s);
    select(target);
    clickRow(orphans, 0);
    QVERIFY(pane()->reattachButton()->isEnabled());
    QTest::mouseClick(pane()->reattachButton(), Qt::LeftButton);
    QCOMPARE(orphans->model()->rowCount(), 0);
    QTRY_VERIFY(!orphans->isVisible());
    QCOMPARE(pane()->view()->model()->rowCount(), 2);
    bool found = false;
    for (const Annotation &a : session()->annotations())
        found = found || (a.range == target && !a.isOrphan());
    QVERIFY(found);
    QCOMPARE(backgroundAt(article(), target.start + 1), QColor(AnnotationPalette().color(0).hex));
}

void TestAnnotationsUi::noteOnEntityFromContextMenu()
{
    const Analysis *analysis = m_window->session()->analysis();
    int entity = -1;
    for (int e = 0; e < analysis->entities.size(); ++e)
        if (analysis->entities[e].name == u"Kyaw Win"_s)
            entity = e;
    QVERIFY2(entity >= 0, "the analysis should find Kyaw Win");
    const QList<int> mentions = analysis->entities[entity].mentions;
    QVERIFY(mentions.size() >= 2);
    const TextRange first = analysis->mentions[mentions[0]].range;

    // Right click on a mention in the text → "Add Note to “Kyaw Win”…"
    const QPoint at = article()->rectForPosition(first.start + 2).center() + QPoint(2, 0);
    QVERIFY(chooseFromContextMenu(article()->editor()->viewport(), QContextMenuEvent::Mouse, at,
                                  u"Add Note to \u201cKyaw Win\u201d\u2026"_s));
    auto *editor = waitForDialog<AnnotationEditor>();
    QVERIFY(editor);
    QVERIFY(editor->windowTitle().contains(u"Kyaw Win"_s));
    QTest::keyClicks(editor->noteEdit(), u"Career diplomat since 2003"_s);
    editor->accept();
    QCOMPARE(session()->count(), 1);
    const Annotation &a = session()->at(0);
    QCOMPARE(a.targetKind, TargetKind::Entity);
    QCOMPARE(a.targetKey, u"PER|Kyaw Win"_s);
    // every mention carries it
    for (int m : mentions)
        QTRY_VERIFY(hasFormatAt(article(), analysis->mentions[m].range.start + 1, QTextFormat::FontUnderline)
                    || backgroundAt(article(), analysis->mentions[m].range.start + 1).alpha() < 255);
    QCOMPARE(pane()->view()->model()->index(0, 0).data(AnnotationModel::TargetLabelRole).toString(),
             u"Note on Kyaw Win"_s);

    // From the Entities tab: the same entity → edits that note (no second one)
    m_window->sidePanel()->showEntities();
    QTreeView *tree = m_window->sidePanel()->entities()->view();
    const QModelIndex idx = m_window->sidePanel()->entities()->model()->indexForEntity(entity);
    QModelIndex proxyIdx;
    for (int r = 0; r < tree->model()->rowCount() && !proxyIdx.isValid(); ++r)
        for (int c = 0; c < tree->model()->rowCount(tree->model()->index(r, 0)); ++c)
            if (tree->model()->index(c, 0, tree->model()->index(r, 0)).data().toString() == u"Kyaw Win"_s)
                proxyIdx = tree->model()->index(c, 0, tree->model()->index(r, 0));
    QVERIFY(idx.isValid() && proxyIdx.isValid());
    tree->scrollTo(proxyIdx);
    QVERIFY(chooseFromContextMenu(tree->viewport(), QContextMenuEvent::Mouse, tree->visualRect(proxyIdx).center(),
                                  u"Edit Note on \u201cKyaw Win\u201d\u2026"_s));
    auto *again = waitForDialog<AnnotationEditor>();
    QVERIFY(again);
    QCOMPARE(again->noteEdit()->toPlainText(), u"Career diplomat since 2003"_s);
    again->reject();
    QCOMPARE(session()->count(), 1);
}

void TestAnnotationsUi::noteOnQuoteFromQuotesTab()
{
    const Analysis *analysis = m_window->session()->analysis();
    QVERIFY(!analysis->quotes.isEmpty());
    m_window->sidePanel()->showQuotes();
    QTreeView *list = m_window->sidePanel()->quotes()->view();
    QVERIFY(QTest::qWaitForWindowExposed(list));
    // the first quote of the first speaker (the rows under a speaker are its quotes)
    const QModelIndex speaker = list->model()->index(0, 0);
    list->expand(speaker);
    const QModelIndex first = list->model()->index(0, 0, speaker);
    const int quote = first.data(QuoteTreeModel::QuoteIndexRole).toInt();
    QVERIFY(quote >= 0);
    const Quote &q = analysis->quotes[quote];
    // a right click on it
    QVERIFY(chooseFromContextMenu(list->viewport(), QContextMenuEvent::Mouse, list->visualRect(first).center(),
                                  u"Add Note to This Quote\u2026"_s));
    auto *editor = waitForDialog<AnnotationEditor>();
    QVERIFY(editor);
    QTest::keyClicks(editor->noteEdit(), u"Is this the whole sentence?"_s);
    editor->accept();
    QCOMPARE(session()->count(), 1);
    const Annotation &a = session()->at(0);
    QCOMPARE(a.targetKind, TargetKind::Quote);
    QVERIFY(a.targetKey.startsWith(u"quote:"_s));
    QCOMPARE(a.range, q.range);
    const TextRange part = q.parts.isEmpty() ? q.range : q.parts.constFirst();
    QTRY_VERIFY(hasFormatAt(article(), part.start + 1, QTextFormat::FontUnderline));
    QCOMPARE(pane()->view()->model()->index(0, 0).data(AnnotationModel::TargetLabelRole).toString(),
             u"Note on a quote"_s);
}

void TestAnnotationsUi::tagsCompleteFromTagsUsed()
{
    QVERIFY(session()->create({.range = rangeOf(text(), u"the sham elections"_s), .tags = {u"people"_s, u"politics"_s}}));
    select(rangeOf(text(), u"asked Switzerland for asylum"_s));
    QTest::keyClick(article()->editor(), Qt::Key_N);  // a new annotation with a note
    auto *editor = waitForDialog<AnnotationEditor>();
    QVERIFY(editor);
    QCOMPARE(editor->windowTitle(), u"Add Note"_s);
    QCOMPARE(session()->count(), 1);  // nothing is created before Save
    TagEdit *tags = editor->tagEdit();
    tags->setFocus();
    QTest::keyClicks(tags, u"asylum, p"_s);
    QCompleter *completer = tags->tagCompleter();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 2);  // people, politics
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(tags->tags(), (QStringList{u"asylum"_s, u"politics"_s}));
    QTest::keyClicks(tags, u"law"_s);
    QCOMPARE(tags->tags(), (QStringList{u"asylum"_s, u"politics"_s, u"law"_s}));
    editor->accept();
    QCOMPARE(session()->count(), 2);
    QCOMPARE(session()->at(1).tags, (QStringList{u"asylum"_s, u"politics"_s, u"law"_s}));
    QCOMPARE(session()->undoStack()->undoText(), u"Highlight"_s);  // one step: created with its note
}

void TestAnnotationsUi::hoverShowsNoteAndClickSelects()
{
    const TextRange r = rangeOf(text(), u"after twenty years of service"_s);
    auto id = session()->create({.range = r, .color = 3, .note = u"Since **1999**"_s, .tags = {u"career"_s}});
    QVERIFY(id);
    QWidget *vp = article()->editor()->viewport();
    const QPoint at = article()->rectForPosition(r.end - 4).center() + QPoint(2, 0);  // "service": no name there
    QHelpEvent help(QEvent::ToolTip, at, vp->mapToGlobal(at));
    QApplication::sendEvent(vp, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"1999"_s));
    QVERIFY(QToolTip::text().contains(u"#career"_s));
    QVERIFY(QToolTip::text().contains(u"background"_s));  // the colour's meaning (blue)
    QToolTip::hideText();

    m_window->sidePanel()->showEntities();
    QTest::mouseClick(vp, Qt::LeftButton, {}, at);
    QCOMPARE(m_window->sidePanel()->tabs()->currentWidget(), pane());
    QCOMPARE(pane()->view()->currentIndex().data(AnnotationModel::IdRole).toUuid(), *id);
}

void TestAnnotationsUi::stylesAndColourMeanings()
{
    const TextRange u = rangeOf(text(), u"the sham elections"_s);
    select(u);
    QTest::keyClick(article()->editor(), Qt::Key_U);
    QTRY_VERIFY(hasFormatAt(article(), u.start + 1, QTextFormat::FontUnderline));
    const TextRange s = rangeOf(text(), u"twenty years"_s);
    select(s);
    QTest::keyClick(article()->editor(), Qt::Key_S);
    QVERIFY(hasFormatAt(article(), s.start + 1, QTextFormat::FontStrikeOut));
    QCOMPARE(session()->at(1).style, AnnotationStyle::StrikeThrough);
    // Ctrl+3 on the annotation at the cursor: recoloured, and green is the colour H uses now
    article()->selectRange({s.start + 2, s.start + 2});
    QTest::keyClick(article()->editor(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(session()->at(1).color, 2);
    QCOMPARE(controller()->currentColor(), 2);
    QCOMPARE(Settings::annotationColor(), 2);

    // Rename a colour's meaning: shown at once and kept in the store.
    controller()->actions().meanings->trigger();
    auto *dlg = waitForDialog<PaletteDialog>();
    QVERIFY(dlg);
    dlg->meaningEdit(2)->clear();
    QTest::keyClicks(dlg->meaningEdit(2), u"verified"_s);
    static_cast<QDialog *>(dlg)->accept();
    const QUuid green = session()->at(1).id;
    QTRY_COMPARE(controller()->model()->indexOf(green).data(AnnotationModel::MeaningRole).toString(), u"verified"_s);
    QVERIFY(controller()->actions().colors[2]->text().contains(u"verified"_s));
    QCOMPARE(session()->store()->paletteNames()->at(2), u"verified"_s);
}

QTEST_MAIN(TestAnnotationsUi)
#include "tst_annotationsui.moc"
