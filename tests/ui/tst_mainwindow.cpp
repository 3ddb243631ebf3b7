// The reader, end to end on the offscreen platform with real clicks and keys: entity clicks
// walk through the mentions, quote clicks select the quote, text clicks select the entity,
// type toggles, find, bad files, drag and drop, keyboard paths.
#include "ArticleFormats.h"
#include "app/Theme.h"
#include "find/FindBar.h"
#include "models/EntityModel.h"
#include "models/QuoteTreeModel.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "view/ArticleHighlighter.h"
#include "view/MarkerScrollBar.h"
#include "window/MainWindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

using namespace lede;
using namespace lede::ui;
using namespace lede::ui::test;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void entityClicksWalkThroughMentions();
    void nextPreviousMentionKeys();
    void quoteClickSelectsExactlyTheQuote();
    void clickingAMentionSelectsItsEntity();
    void typeToggleHidesHighlights();
    void findHighlightsAllMatches();
    void badFileKeepsCurrentDocument();
    void dropOpensFile();
    void filterThenEnterJumps();
    void zoomChangesFont();
    void longDocumentUsesFastSurface();
    void extraHighlightLayer();
    void contextMenuHook();

private:
    QModelIndex entityRow(const QString &name) const;
    void clickIndex(QAbstractItemView *view, const QModelIndex &index);
    const Analysis &analysis() const { return *m_window->session()->analysis(); }
    QString text() const { return m_window->session()->document().text(); }

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"LedeTest"_s);
    Theme::apply(Theme::forChoice(ThemeChoice::Light));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openSample();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 20000);
}

void TestMainWindow::cleanup() { m_window.reset(); }

QModelIndex TestMainWindow::entityRow(const QString &name) const
{
    const QAbstractItemModel *m = m_window->sidePanel()->entities()->view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex type = m->index(r, 0);
        for (int c = 0; c < m->rowCount(type); ++c)
            if (m->index(c, 0, type).data().toString() == name)
                return m->index(c, 0, type);
    }
    return {};
}

void TestMainWindow::clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect r = view->visualRect(index);
    QVERIFY(r.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

void TestMainWindow::entityClicksWalkThroughMentions()
{
    const QModelIndex row = entityRow(u"Kyaw Win"_s);
    QVERIFY(row.isValid());
    const int entity = row.data(EntityModel::EntityIndexRole).toInt();
    const QList<int> mentions = analysis().entities[entity].mentions;
    QVERIFY(mentions.size() >= 10);
    QTreeView *view = m_window->sidePanel()->entities()->view();
    ArticleView *article = m_window->articleView();
    for (int k = 0; k <= mentions.size(); ++k) {  // one extra click wraps to the first again
        clickIndex(view, row);
        const Mention &m = analysis().mentions[mentions[k % mentions.size()]];
        QCOMPARE(article->selectedRange(), m.range);
        QCOMPARE(article->selectedText(), text().mid(m.range.start, m.range.length()));
        QCOMPARE(article->selectedText(), u"Kyaw Win"_s);
        const QString label = u"%1 / %2"_s.arg(k % mentions.size() + 1).arg(mentions.size());
        QVERIFY(m_window->sidePanel()->entities()->findChildren<QLabel *>().size() > 0);
        bool shown = false;
        for (QLabel *l : m_window->sidePanel()->entities()->findChildren<QLabel *>())
            shown = shown || l->text() == label;
        QVERIFY2(shown, qPrintable(label));
        // the selection is on screen
        const QRect caret = article->rectForPosition(m.range.start);
        QVERIFY(article->editor()->viewport()->rect().contains(caret.center()));
    }
    QCOMPARE(article->focusedEntity(), entity);
    QCOMPARE(article->markerBar()->markers().size(), mentions.size());  // the scroll bar shows them
}

void TestMainWindow::nextPreviousMentionKeys()
{
    const QModelIndex row = entityRow(u"Kyaw Win"_s);
    const int entity = row.data(EntityModel::EntityIndexRole).toInt();
    const QList<int> mentions = analysis().entities[entity].mentions;
    clickIndex(m_window->sidePanel()->entities()->view(), row);
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(m_window->articleView()->selectedRange(), analysis().mentions[mentions[1]].range);
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QCOMPARE(m_window->articleView()->selectedRange(), analysis().mentions[mentions[2]].range);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_window->articleView()->selectedRange(), analysis().mentions[mentions[1]].range);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);  // wraps to the last
    QCOMPARE(m_window->articleView()->selectedRange(), analysis().mentions[mentions.last()].range);
}

void TestMainWindow::quoteClickSelectsExactlyTheQuote()
{
    m_window->sidePanel()->showQuotes();
    QTreeView *view = m_window->sidePanel()->quotes()->view();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    const int n = int(analysis().quotes.size());
    QVERIFY(n >= 5);
    const QAbstractItemModel *model = view->model();
    int seen = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex speaker = model->index(g, 0);
        for (int r = 0; r < model->rowCount(speaker); ++r, ++seen) {
            const QModelIndex row = model->index(r, 0, speaker);
            clickIndex(view, row);
            const Quote &q = analysis().quotes[row.data(QuoteTreeModel::QuoteIndexRole).toInt()];
            QCOMPARE(m_window->articleView()->selectedRange(), q.range);
            QCOMPARE(m_window->articleView()->selectedText(), text().mid(q.range.start, q.range.length()));
        }
    }
    QCOMPARE(seen, n);  // every quote is in exactly one group
}

void TestMainWindow::clickingAMentionSelectsItsEntity()
{
    // Click on "Hillary Rodham Clinton" in the text.
    const int pos = int(text().indexOf(u"Hillary Rodham Clinton"_s));
    QVERIFY(pos > 0);
    ArticleView *article = m_window->articleView();
    const QRect r = article->rectForPosition(pos + 3);
    QTest::mouseClick(article->editor()->viewport(), Qt::LeftButton, {}, r.center() + QPoint(2, 0));
    const QModelIndex current = m_window->sidePanel()->entities()->view()->currentIndex();
    QCOMPARE(current.data().toString(), u"Hillary Rodham Clinton"_s);
    QCOMPARE(article->focusedEntity(), current.data(EntityModel::EntityIndexRole).toInt());
}

void TestMainWindow::typeToggleHidesHighlights()
{
    const int pos = int(text().indexOf(u"Geneva"_s));
    ArticleView *article = m_window->articleView();
    QVERIFY(hasBackgroundAt(article, pos));
    QToolButton *places = m_window->sidePanel()->entities()->typeToggle(EntityType::LOC);
    QVERIFY(places->isChecked());
    QTest::mouseClick(places, Qt::LeftButton);
    QVERIFY(!places->isChecked());
    QVERIFY(!hasBackgroundAt(article, pos));
    const int per = int(text().indexOf(u"Aung Din"_s));
    QVERIFY(hasBackgroundAt(article, per));  // other types stay
    QTest::mouseClick(places, Qt::LeftButton);
    QVERIFY(hasBackgroundAt(article, pos));
}

void TestMainWindow::findHighlightsAllMatches()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), u"burma"_s);
    const int expected = int(text().count(u"burma"_s, Qt::CaseInsensitive));
    QCOMPARE(bar->matches().size(), expected);
    QCOMPARE(m_window->articleView()->markerBar()->markers().size(), expected);
    const TextRange first = m_window->articleView()->selectedRange();
    QCOMPARE(m_window->articleView()->selectedText().toLower(), u"burma"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    const TextRange second = m_window->articleView()->selectedRange();
    QVERIFY(second.start > first.start);
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_window->articleView()->selectedRange(), first);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_window->articleView()->markerBar()->markers().size(), 0);
}

void TestMainWindow::badFileKeepsCurrentDocument()
{
    const QString before = text();
    const QString png = m_dir.filePath(u"photo.txt"_s);
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    f.close();
    m_window->openFile(png);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"errorDialog"_s)) != nullptr);
    QVERIFY(box->text().contains(png));
    QVERIFY(box->text().contains(u"PNG"_s));
    QCOMPARE(text(), before);
    QVERIFY(m_window->session()->analysis() != nullptr);
    box->accept();
}

void TestMainWindow::dropOpensFile()
{
    const QString path = m_dir.filePath(u"dropped.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Dropped article about Geneva.\n\nIt has two paragraphs.");
    f.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(text().startsWith(u"Dropped article"_s));
    QTRY_VERIFY(m_window->windowTitle().contains(u"Dropped article about Geneva."_s));
}

void TestMainWindow::filterThenEnterJumps()
{
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QLineEdit *filter = m_window->sidePanel()->entities()->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"suu"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_window->articleView()->selectedText(), u"Aung San Suu Kyi"_s);
    // keyboard in the list: Down/Up and Enter walk on
    QTreeView *view = m_window->sidePanel()->entities()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->articleView()->selectedText(), u"Suu Kyi"_s);
}

void TestMainWindow::zoomChangesFont()
{
    const qreal before = m_window->articleView()->editor()->font().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    const qreal after = m_window->articleView()->editor()->font().pointSizeF();
    QVERIFY(after > before);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->articleView()->editor()->font().pointSizeF(), before);
}

void TestMainWindow::longDocumentUsesFastSurface()
{
    QVERIFY(m_window->articleView()->isRichLayout());  // the sample: rich paragraph layout
    QString big;
    const QString sample = text();
    while (big.size() < 700'000)
        big += sample + u"\n\n"_s;
    const QString path = m_dir.filePath(u"long.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(big.toUtf8());
    f.close();
    m_window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(text().size() == big.size(), 20000);
    QVERIFY(!m_window->articleView()->isRichLayout());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 60000);
    const QModelIndex row = entityRow(u"Kyaw Win"_s);
    QVERIFY(row.isValid());
    const QList<int> mentions = analysis().entities[row.data(EntityModel::EntityIndexRole).toInt()].mentions;
    clickIndex(m_window->sidePanel()->entities()->view(), row);
    clickIndex(m_window->sidePanel()->entities()->view(), row);
    QCOMPARE(m_window->articleView()->selectedRange(), analysis().mentions[mentions[1]].range);
    QCOMPARE(m_window->articleView()->selectedText(), u"Kyaw Win"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);  // wraps to the very end
    const TextRange last = analysis().mentions[mentions.last()].range;
    QCOMPARE(m_window->articleView()->selectedRange(), last);
    QVERIFY(m_window->articleView()->editor()->viewport()->rect().contains(
        m_window->articleView()->rectForPosition(last.start).center()));
}

void TestMainWindow::extraHighlightLayer()
{
    ArticleView *article = m_window->articleView();
    const int pos = int(text().indexOf(u"sham elections"_s));
    QVERIFY(!backgroundAt(article, pos).isValid() || backgroundAt(article, pos) != QColor(Qt::magenta));
    HighlightLayer layer;
    QTextCharFormat magenta;
    magenta.setBackground(QColor(Qt::magenta));
    layer.formats = {magenta};
    layer.spans = {{pos, pos + 14, 0}};
    layer.z = 100;
    article->setHighlightLayer(u"test"_s, layer);
    QCOMPARE(backgroundAt(article, pos + 3), QColor(Qt::magenta));
    QVERIFY(backgroundAt(article, pos + 20) != QColor(Qt::magenta));
    article->setHighlightLayer(u"test"_s, HighlightLayer{});
    QVERIFY(backgroundAt(article, pos + 3) != QColor(Qt::magenta));
}

void TestMainWindow::contextMenuHook()
{
    ArticleView *article = m_window->articleView();
    const int pos = int(text().indexOf(u"Geneva"_s));
    int seenPosition = -2;
    QStringList seenActions;
    connect(article, &ArticleView::contextMenuAboutToShow, this, [&](QMenu *menu, int p) {
        seenPosition = p;
        menu->addAction(u"Extra"_s);
        for (QAction *a : menu->actions())
            seenActions << a->text();
    });
    QTimer::singleShot(0, this, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    const QPoint at = article->rectForPosition(pos + 2).center() + QPoint(2, 0);
    QContextMenuEvent ev(QContextMenuEvent::Mouse, at, article->editor()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(article->editor()->viewport(), &ev);
    QVERIFY(seenPosition >= pos && seenPosition <= pos + 6);
    QVERIFY(seenActions.contains(u"&Copy"_s));
    QVERIFY(seenActions.contains(u"Extra"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
