// AnnotationMenus: the annotation entries of the context menus — in the article (highlight
// the selection in a colour or style, add a note; edit or delete the annotation under the
// mouse; "Add Note to “Kyaw Win”…" on a mention, "Add Note to This Quote…" in a quote;
// "Re-attach … Here" for the orphan picked in the panel) and on the Entities and Quotes
// lists of the side panel. Created by AnnotationController; the actions call it.
#pragma once

#include "analysis/Analysis.h"

#include <QObject>

class QAbstractItemView;
class QMenu;
class QModelIndex;

namespace lede::ui {

class AnnotationController;
class MainWindow;

class AnnotationMenus final : public QObject {
    Q_OBJECT
public:
    AnnotationMenus(AnnotationController *controller, MainWindow *window);

private:
    void fillArticleMenu(QMenu *menu, int position);
    void fillEntitiesMenu(QMenu *menu, const QList<int> &entities);  // the Entities tab
    void fillQuotesMenu(QMenu *menu, int quote);                     // the Quotes tab (-1: a speaker row)
    QString entityLabel(const Entity &e) const;  // "Add Note to “Kyaw Win”…" or "Edit Note on …"
    QString quoteLabel(const Quote &q) const;

    AnnotationController *m_c;
    MainWindow *m_window;
};

} // namespace lede::ui
