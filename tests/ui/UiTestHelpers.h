// Small helpers shared by the GUI tests (offscreen platform, real clicks and keys).
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

#include <functional>

namespace lede::test {

// Scrolls to an item and clicks it (with modifiers, e.g. Ctrl for a multi-selection).
inline bool clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    view->scrollTo(index);
    const QRect r = view->visualRect(index);
    if (!r.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, r.center());
    return true;
}

// The first row (column 0, any depth) whose display text is `text`, or invalid.
inline QModelIndex findRow(const QAbstractItemModel *m, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data().toString() == text)
            return i;
        if (const QModelIndex below = findRow(m, text, i); below.isValid())
            return below;
    }
    return {};
}

// The character format the highlighter gave position pos (the layout's format ranges merged).
inline QTextCharFormat formatAt(const QTextDocument *doc, int pos)
{
    const QTextBlock block = doc->findBlock(pos);
    const int rel = pos - block.position();
    QTextCharFormat merged;
    for (const QTextLayout::FormatRange &f : block.layout()->formats())
        if (rel >= f.start && rel < f.start + f.length)
            merged.merge(f.format);
    return merged;
}

// Calls `act` with the next popup menu that opens (polling, as QMenu::exec blocks), so a
// test can click in a context menu it is about to open.
inline void onNextPopup(QObject *context, std::function<void(QMenu *)> act, int attempts = 100)
{
    QTimer::singleShot(20, context, [context, act, attempts] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
            act(menu);
        else if (attempts > 0)
            onNextPopup(context, act, attempts - 1);
    });
}

// The action of a menu whose text, without '&', starts with `prefix`.
inline QAction *menuAction(const QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions())
        if (QString(a->text()).remove(u'&').startsWith(prefix))
            return a;
    return nullptr;
}

// Clicks an action of an open menu (closing it), or closes the menu when there is none.
inline void clickMenuAction(QMenu *menu, const QString &prefix)
{
    QAction *a = menuAction(menu, prefix);
    if (!a || !a->isEnabled()) {
        menu->close();
        return;
    }
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
}

} // namespace lede::test
