#include "annotations/AnnotationMenus.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationTargets.h"
#include "annotations/AnnotationText.h"
#include "annotations/AnnotationsPane.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QMenu>

namespace lede::ui {

AnnotationMenus::AnnotationMenus(AnnotationController *controller, MainWindow *window)
    : QObject(controller), m_c(controller), m_window(window)
{
    connect(window->articleView(), &ArticleView::contextMenuAboutToShow, this, &AnnotationMenus::fillArticleMenu);
    connect(window->sidePanel()->entities(), &EntitiesPane::contextMenuAboutToShow, this, &AnnotationMenus::fillEntitiesMenu);
    connect(window->sidePanel()->quotes(), &QuotesPane::contextMenuAboutToShow, this, &AnnotationMenus::fillQuotesMenu);
}

QString AnnotationMenus::entityLabel(const Entity &e) const
{
    return m_c->findTarget(TargetKind::Entity, entityKey(e)) ? tr("Edit Note on “%1”…").arg(e.name)
                                                             : tr("Add Note to “%1”…").arg(e.name);
}

QString AnnotationMenus::quoteLabel(const Quote &q) const
{
    return m_c->findTarget(TargetKind::Quote, quoteKey(q, m_c->session()->document().text()))
               ? tr("Edit Note on This Quote…")
               : tr("Add Note to This Quote…");
}

void AnnotationMenus::fillArticleMenu(QMenu *menu, int position)
{
    if (!m_c->session())
        return;
    const AnnotationActions &actions = m_c->actions();
    const TextRange sel = m_c->view()->selectedRange();
    menu->addSeparator();
    if (!sel.isEmpty()) {
        menu->addAction(actions.highlight);
        menu->addMenu(actions.colorMenu);
        menu->addAction(actions.underline);
        menu->addAction(actions.strikeThrough);
        menu->addAction(actions.note);
    }
    const QList<QUuid> here = position >= 0 ? m_c->layer().idsAt(position) : QList<QUuid>();
    if (!here.isEmpty()) {
        const QUuid id = here.first();
        menu->addAction(tr("&Edit Annotation…"), this, [this, id] { m_c->editAnnotation(id); });
        menu->addAction(tr("&Delete Annotation"), this, [this, id] { m_c->deleteAnnotations({id}); });
    }
    if (const Analysis *analysis = m_c->view()->analysis(); analysis && position >= 0) {
        const int mi = analysis->mentionAt(position);
        if (mi >= 0 && analysis->mentions[mi].entity >= 0) {
            const Mention &m = analysis->mentions[mi];
            menu->addAction(entityLabel(analysis->entities[m.entity]), this,
                            [this, entity = m.entity, range = m.range] { m_c->annotateEntity(entity, range); });
        }
        if (const int qi = analysis->quoteAt(position); qi >= 0)
            menu->addAction(quoteLabel(analysis->quotes[qi]), this, [this, qi] { m_c->annotateQuote(qi); });
    }
    const Annotation *orphan = m_c->find(m_c->pane()->currentAnnotation());
    if (orphan && orphan->isOrphan() && !sel.isEmpty())
        menu->addAction(tr("&Re-attach “%1” Here").arg(shortened(orphan->anchor.exact, 30)), this,
                        [this, id = orphan->id] { m_c->reattach(id); });
}

void AnnotationMenus::fillEntitiesMenu(QMenu *menu, const QList<int> &entities)
{
    const Analysis *analysis = m_c->view()->analysis();
    if (!m_c->session() || !analysis || entities.size() != 1)
        return;
    const int entity = entities.first();
    if (entity < 0 || entity >= analysis->entities.size())
        return;
    menu->addSeparator();
    menu->addAction(entityLabel(analysis->entities[entity]), this, [this, entity] { m_c->annotateEntity(entity, {}); });
}

void AnnotationMenus::fillQuotesMenu(QMenu *menu, int quote)
{
    const Analysis *analysis = m_c->view()->analysis();
    if (!m_c->session() || !analysis || quote < 0 || quote >= analysis->quotes.size())
        return;
    menu->addSeparator();
    menu->addAction(quoteLabel(analysis->quotes[quote]), this, [this, quote] { m_c->annotateQuote(quote); });
}

} // namespace lede::ui
