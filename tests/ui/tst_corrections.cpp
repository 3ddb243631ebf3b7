// The reader's corrections and the Quotes tab, end to end on the offscreen platform with
// real clicks and keys: not-an-entity from the panel and from the text (and undo/redo),
// change of type, merge, split, drag and drop, rules for every document; quotes grouped by
// speaker with their tints, fixing a speaker, dismissing a quote, copying a citation.
#include "UiTestHelpers.h"

#include "analysis/QuoteGrouping.h"
#include "annotations/AnnotationStore.h"
#include "app/Theme.h"
#include "corrections/SplitEntityDialog.h"
#include "models/EntityModel.h"
#include "models/QuoteTreeModel.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "quotes/ChooseSpeakerDialog.h"
#include "quotes/SpeakerTints.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTreeView>

using namespace lede;
using namespace lede::ui;
using namespace lede::test;
using namespace Qt::Literals::StringLiterals;

class TestCorrections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notAnEntityLeavesPanelAndTextUndoBringsItBack();
    void notAnEntityOnOneMentionFromTheText();
    void changeTypeMovesToTheOtherGroup();
    void mergeTwoIntoOneRow();
    void splitWithTheDialog();
    void dragOntoEntityMergesOntoTypeRetypes();
    void ruleForEveryDocument();
    void entityContextMenuByKeyboard();
    void quotesGroupedBySpeakerWithTints();
    void fixSpeakerMovesTheQuote();
    void dismissRemovesTheQuote();
    void copyCitation();

private:
    static void removeStore();
    QTreeView *entityView() const { return m_window->sidePanel()->entities()->view(); }
    QTreeView *quoteView() const { return m_window->sidePanel()->quotes()->view(); }
    QModelIndex entityRow(const QString &name) const { return findRow(entityView()->model(), name); }
    QModelIndex quoteGroup(const QString &speaker) const;
    int mentionCount(const QString &name) const;
    const Analysis &analysis() const { return *m_window->session()->analysis(); }
    QString text() const { return m_window->session()->document().text(); }
    QTextDocument *textDocument() const { return qobject_cast<QTextEdit *>(m_window->articleView()->editor())->document(); }
    bool underlinedAt(int pos) const
    {
        return formatAt(textDocument(), pos).underlineStyle() != QTextCharFormat::NoUnderline;
    }
    void keys(int key) { QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier); }
    // The offscreen platform leaves no window active after a dialog or menu closed (a desktop's
    // window manager gives it back): activate the window again before using its shortcuts.
    void reactivate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void contextMenuAt(QWidget *viewport, QPoint at, QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse);

    std::unique_ptr<MainWindow> m_window;
};

void TestCorrections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"LedeTest"_s);
    Theme::apply(Theme::forChoice(ThemeChoice::Light));
}

void TestCorrections::removeStore()
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(AnnotationStore::defaultPath() + suffix);
}

void TestCorrections::init()
{
    removeStore();  // each test starts without corrections (and without rules)
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->annotationStore());
    m_window->openSample();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 20000);
}

void TestCorrections::cleanup()
{
    m_window.reset();
    removeStore();
}

QModelIndex TestCorrections::quoteGroup(const QString &speaker) const
{
    const QAbstractItemModel *m = quoteView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == speaker)
            return m->index(r, 0);
    return {};
}

int TestCorrections::mentionCount(const QString &name) const
{
    const QModelIndex row = entityRow(name);
    return row.isValid() ? row.siblingAtColumn(EntityModel::CountColumn).data().toInt() : 0;
}

void TestCorrections::contextMenuAt(QWidget *viewport, QPoint at, QContextMenuEvent::Reason reason)
{
    QContextMenuEvent ev(reason, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &ev);
}

void TestCorrections::notAnEntityLeavesPanelAndTextUndoBringsItBack()
{
    const int pos = int(text().indexOf(u"Burmese military"_s)) + 2;
    QVERIFY(analysis().mentionAt(pos) >= 0);
    QVERIFY(underlinedAt(pos));
    QVERIFY(clickIndex(entityView(), entityRow(u"Burmese"_s)));
    keys(Qt::Key_N);  // Edit ▸ Correct Entity ▸ Not an Entity
    QVERIFY(!entityRow(u"Burmese"_s).isValid());
    QCOMPARE(analysis().mentionAt(pos), -1);
    QVERIFY(!underlinedAt(pos));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Burmese"_s));
    QVERIFY(m_window->session()->machineAnalysis()->mentionAt(pos) >= 0);  // kept apart

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);  // undo
    QVERIFY(entityRow(u"Burmese"_s).isValid());
    QCOMPARE(mentionCount(u"Burmese"_s), 10);
    QVERIFY(underlinedAt(pos));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo
    QVERIFY(!entityRow(u"Burmese"_s).isValid());
    QVERIFY(!underlinedAt(pos));
}

void TestCorrections::notAnEntityOnOneMentionFromTheText()
{
    ArticleView *article = m_window->articleView();
    const int first = int(text().indexOf(u"Monday"_s));
    const int second = int(text().indexOf(u"Monday"_s, first + 1));
    QCOMPARE(mentionCount(u"Monday"_s), 3);
    onNextPopup(this, [](QMenu *menu) { clickMenuAction(menu, u"Not an Entity"_s); });
    contextMenuAt(article->editor()->viewport(), article->rectForPosition(first + 2).center() + QPoint(2, 0));
    QCOMPARE(mentionCount(u"Monday"_s), 2);
    QCOMPARE(analysis().mentionAt(first + 2), -1);
    QVERIFY(!underlinedAt(first + 2));
    QVERIFY(underlinedAt(second + 2));  // only that mention
}

void TestCorrections::changeTypeMovesToTheOtherGroup()
{
    QCOMPARE(entityRow(u"Rangoon"_s).parent().data().toString(), entityTypePlural(EntityType::LOC));
    QVERIFY(clickIndex(entityView(), entityRow(u"Rangoon"_s)));
    onNextPopup(this, [](QMenu *menu) { QTest::keyClick(menu, Qt::Key_O); });  // &Organisation
    keys(Qt::Key_T);  // Change Type…
    QCOMPARE(entityRow(u"Rangoon"_s).parent().data().toString(), entityTypePlural(EntityType::ORG));
    QCOMPARE(mentionCount(u"Rangoon"_s), 2);
    QCOMPARE(entityView()->currentIndex().data().toString(), u"Rangoon"_s);  // still selected
    const int pos = int(text().indexOf(u"Rangoon"_s));
    QCOMPARE(analysis().mentions[analysis().mentionAt(pos)].type, EntityType::ORG);
}

void TestCorrections::mergeTwoIntoOneRow()
{
    const int aungDin = int(text().indexOf(u"Aung Din"_s));
    QCOMPARE(mentionCount(u"Kyaw Win"_s), 11);
    QVERIFY(clickIndex(entityView(), entityRow(u"Kyaw Win"_s)));
    QVERIFY(clickIndex(entityView(), entityRow(u"Aung Din"_s), Qt::ControlModifier));
    QCOMPARE(m_window->sidePanel()->entities()->selectedEntities().size(), 2);
    keys(Qt::Key_M);  // Merge Entities
    QVERIFY(!entityRow(u"Aung Din"_s).isValid());
    QCOMPARE(mentionCount(u"Kyaw Win"_s), 12);
    const int e = entityRow(u"Kyaw Win"_s).data(EntityModel::EntityIndexRole).toInt();
    QVERIFY(analysis().entities[e].mentions.contains(analysis().mentionAt(aungDin)));
    // the quotes follow: Aung Din's quote is now Kyaw Win's
    QVERIFY(!quoteGroup(u"Aung Din"_s).isValid());
    QCOMPARE(quoteView()->model()->rowCount(quoteGroup(u"Kyaw Win"_s)), 11);
}

void TestCorrections::splitWithTheDialog()
{
    QVERIFY(clickIndex(entityView(), entityRow(u"Aung San Suu Kyi"_s)));
    keys(Qt::Key_K);  // Split Entity…
    SplitEntityDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SplitEntityDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());  // nothing checked yet
    QCOMPARE(dialog->list()->model()->rowCount(), 2);
    dialog->list()->setFocus();
    QTest::keyClick(dialog->list(), Qt::Key_Down);
    QTest::keyClick(dialog->list(), Qt::Key_Space);  // check "Suu Kyi"
    QCOMPARE(dialog->chosenSurfaces(), QStringList{u"Suu Kyi"_s});
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(entityRow(u"Suu Kyi"_s).isValid());
    QCOMPARE(mentionCount(u"Suu Kyi"_s), 3);
    QCOMPARE(mentionCount(u"Aung San Suu Kyi"_s), 1);
    QCOMPARE(entityView()->currentIndex().data().toString(), u"Suu Kyi"_s);  // the new one
}

void TestCorrections::dragOntoEntityMergesOntoTypeRetypes()
{
    // what the view does on a drop: the model's mime data of the dragged row, dropped on a row
    QAbstractItemModel *m = entityView()->model();
    std::unique_ptr<QMimeData> mime(m->mimeData({entityRow(u"Aung Din"_s)}));
    QVERIFY(mime);
    const QModelIndex kyaw = entityRow(u"Kyaw Win"_s);
    QVERIFY(!m->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, kyaw.parent()));  // between rows: no
    QVERIFY(m->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, kyaw));
    QVERIFY(m->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, kyaw));
    QTRY_VERIFY(!entityRow(u"Aung Din"_s).isValid());
    QCOMPARE(mentionCount(u"Kyaw Win"_s), 12);

    mime.reset(m->mimeData({entityRow(u"Congress"_s)}));
    const QModelIndex places = findRow(m, entityTypePlural(EntityType::LOC));
    QVERIFY(m->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, places));
    QTRY_COMPARE(entityRow(u"Congress"_s).parent().data().toString(), entityTypePlural(EntityType::LOC));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(entityRow(u"Congress"_s).parent().data().toString(), entityTypePlural(EntityType::ORG));
}

void TestCorrections::ruleForEveryDocument()
{
    ArticleView *article = m_window->articleView();
    const int pos = int(text().indexOf(u"Monday"_s));
    onNextPopup(this, [](QMenu *menu) {
        QAction *every = menuAction(menu, u"“Monday” in Every Document"_s);
        QAction *never = every && every->menu() ? menuAction(every->menu(), u"Never an Entity"_s) : nullptr;
        menu->close();
        if (never)
            never->trigger();
    });
    contextMenuAt(article->editor()->viewport(), article->rectForPosition(pos + 2).center() + QPoint(2, 0));
    QTRY_VERIFY(!entityRow(u"Monday"_s).isValid());
    // another article: "Monday" is not an entity there either
    m_window->session()->openDocument(Document::fromPlainText(u"Kyaw Win flew to Geneva on Monday."_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 20000);
    QVERIFY(m_window->session()->machineAnalysis()->mentionAt(int(text().indexOf(u"Monday"_s))) >= 0);
    QCOMPARE(analysis().mentionAt(int(text().indexOf(u"Monday"_s))), -1);
    QVERIFY(entityRow(u"Geneva"_s).isValid());
}

void TestCorrections::entityContextMenuByKeyboard()
{
    QVERIFY(clickIndex(entityView(), entityRow(u"Aung San Suu Kyi"_s)));
    QStringList seen;
    onNextPopup(this, [&seen](QMenu *menu) {
        for (QAction *a : menu->actions())
            seen << QString(a->text()).remove(u'&');
        menu->close();
    });
    const QRect r = entityView()->visualRect(entityView()->currentIndex());
    contextMenuAt(entityView()->viewport(), r.center(), QContextMenuEvent::Keyboard);
    QVERIFY2(seen.contains(u"Not an Entity"_s), qPrintable(seen.join(u'|')));
    QVERIFY(seen.contains(u"Change Type"_s));
    QVERIFY(seen.contains(u"Split…"_s));
    QVERIFY(seen.contains(u"“Aung San Suu Kyi” in Every Document"_s));
}

void TestCorrections::quotesGroupedBySpeakerWithTints()
{
    m_window->sidePanel()->showQuotes();
    QVERIFY(QTest::qWaitForWindowExposed(quoteView()));
    const QAbstractItemModel *m = quoteView()->model();
    QCOMPARE(m->index(0, 0).data().toString(), u"Kyaw Win"_s);  // the most quoted first
    const QModelIndex aungDin = quoteGroup(u"Aung Din"_s);
    QVERIFY(aungDin.isValid());
    QCOMPARE(m->rowCount(aungDin), 1);
    QCOMPARE(aungDin.siblingAtColumn(QuoteTreeModel::DetailColumn).data().toInt(), 1);
    // a click selects the quote's content in the text
    QVERIFY(clickIndex(quoteView(), m->index(0, 0, aungDin)));
    const int qi = m->index(0, 0, aungDin).data(QuoteTreeModel::QuoteIndexRole).toInt();
    const Quote &q = analysis().quotes[qi];
    QCOMPARE(m_window->articleView()->selectedRange(), q.range);
    QVERIFY(m_window->articleView()->selectedText().startsWith(u"Many Burmese people"_s));

    // each speaker's quotes share a tint; the speaker's mention is marked in it
    const int kyawTint = m->index(0, 0).data(QuoteTreeModel::TintRole).toInt();
    const int dinTint = aungDin.data(QuoteTreeModel::TintRole).toInt();
    QVERIFY(kyawTint != dinTint);
    const int dinQuotePos = q.parts.front().start + 3;
    QCOMPARE(formatAt(textDocument(), dinQuotePos).background().color(), speakerTint(dinTint, false).background);
    const Quote &kyawQuote = analysis().quotes[m->index(0, 0, m->index(0, 0)).data(QuoteTreeModel::QuoteIndexRole).toInt()];
    QCOMPARE(formatAt(textDocument(), kyawQuote.parts.front().start + 3).background().color(),
             speakerTint(kyawTint, false).background);
    QVERIFY(q.speaker);
    QCOMPARE(formatAt(textDocument(), q.speaker->start + 1).underlineColor(), speakerTint(dinTint, false).mark);
    // the dark theme gets its own tints
    m_window->actions().themeDark->trigger();
    QCOMPARE(formatAt(textDocument(), dinQuotePos).background().color(), speakerTint(dinTint, true).background);
    m_window->actions().themeLight->trigger();
    QCOMPARE(formatAt(textDocument(), dinQuotePos).background().color(), speakerTint(dinTint, false).background);
}

void TestCorrections::fixSpeakerMovesTheQuote()
{
    m_window->sidePanel()->showQuotes();
    const QAbstractItemModel *m = quoteView()->model();
    const QModelIndex row = m->index(0, 0, quoteGroup(u"Aung Din"_s));
    const TextRange range = analysis().quotes[row.data(QuoteTreeModel::QuoteIndexRole).toInt()].range;
    QVERIFY(clickIndex(quoteView(), row));
    keys(Qt::Key_R);  // Change Speaker…
    ChooseSpeakerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ChooseSpeakerDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(dialog->filter()->hasFocus());
    QTest::keyClicks(dialog->filter(), u"kyaw"_s);
    QTest::keyClick(dialog->filter(), Qt::Key_Return);
    QTRY_VERIFY(!quoteGroup(u"Aung Din"_s).isValid());
    QCOMPARE(m->rowCount(quoteGroup(u"Kyaw Win"_s)), 11);
    // the quote stays selected, now under its new speaker
    const int now = m_window->sidePanel()->quotes()->currentQuote();
    QVERIFY(now >= 0);
    QCOMPARE(analysis().quotes[now].range, range);
    QCOMPARE(quoteView()->currentIndex().parent().data().toString(), u"Kyaw Win"_s);
    reactivate();  // the dialog has closed
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(quoteGroup(u"Aung Din"_s).isValid());
}

void TestCorrections::dismissRemovesTheQuote()
{
    m_window->sidePanel()->showQuotes();
    const int before = int(analysis().quotes.size());
    const QModelIndex row = quoteView()->model()->index(0, 0, quoteGroup(u"the government"_s));
    QVERIFY(clickIndex(quoteView(), row));
    onNextPopup(this, [](QMenu *menu) { clickMenuAction(menu, u"Not a Quote"_s); });
    contextMenuAt(quoteView()->viewport(), quoteView()->visualRect(row).center());
    QCOMPARE(int(analysis().quotes.size()), before - 1);
    QVERIFY(!quoteGroup(u"the government"_s).isValid());
    reactivate();
    // and with the keyboard, on the quote now selected
    QVERIFY(m_window->sidePanel()->quotes()->currentQuote() >= 0);
    keys(Qt::Key_D);
    QCOMPARE(int(analysis().quotes.size()), before - 2);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(analysis().quotes.size()), before);
}

void TestCorrections::copyCitation()
{
    m_window->sidePanel()->showQuotes();
    const QModelIndex row = quoteView()->model()->index(0, 0, quoteGroup(u"Aung Din"_s));
    QVERIFY(clickIndex(quoteView(), row));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(quoteView(), Qt::Key_C, Qt::ControlModifier);
    const QString title = m_window->session()->document().title();
    QVERIFY(!title.isEmpty());
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"“Many Burmese people here know him well"_s), qPrintable(copied));
    QVERIFY2(copied.endsWith(u"” — Aung Din, in “"_s + title + u"”"_s), qPrintable(copied));
    QVERIFY(!copied.contains(u"qrc:"_s));
    QVERIFY(!copied.contains(u"said Aung Din"_s));  // the interrupting attribution is left out

    // Edit ▸ Copy Quote as Citation with the text cursor in a quote
    const int pos = int(text().indexOf(u"The democracy movement"_s));
    m_window->articleView()->setFocus();
    m_window->articleView()->selectRange({pos, pos});
    QTRY_VERIFY(m_window->articleView()->editor()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(QGuiApplication::clipboard()->text().contains(u"The democracy movement in my country cannot be crushed"_s),
             qPrintable(QGuiApplication::clipboard()->text()));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"— Kyaw Win"_s));
}

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
