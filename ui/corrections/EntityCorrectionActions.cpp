#include "corrections/EntityCorrectionActions.h"

#include "analysis/EntityGrouper.h"
#include "app/Theme.h"
#include "corrections/CorrectionsController.h"
#include "corrections/SplitEntityDialog.h"
#include "models/EntityModel.h"
#include "panel/EntitiesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QCursor>
#include <QMenu>
#include <QScrollBar>
#include <QTreeView>

namespace lede::ui {

namespace {

QString quoted(const QString &s)
{
    constexpr int kMax = 40;
    return QChar(0x201c) + (s.size() > kMax ? s.left(kMax - 1) + QChar(0x2026) : s) + QChar(0x201d);
}

const EntityType kTypes[] = {EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC, EntityType::DATE};

// "&Person", "&Organisation", "P&lace" …: each type's name with a mnemonic of its own.
QString typeLabel(EntityType type)
{
    QString used;
    for (EntityType t : kTypes) {
        QString label = entityTypeSingular(t);
        for (qsizetype i = 0; i < label.size(); ++i) {
            const QChar c = label[i].toLower();
            if (c.isLetter() && !used.contains(c)) {
                used += c;
                label.insert(i, u'&');
                break;
            }
        }
        if (t == type)
            return label;
    }
    return entityTypeSingular(type);
}

QAction *header(QMenu *menu, const QString &text)
{
    QAction *a = menu->addAction(text);
    a->setEnabled(false);
    return a;
}

} // namespace

EntityCorrectionActions::EntityCorrectionActions(CorrectionsController *controller)
    : QObject(controller), m_controller(controller)
{
    MainWindow *w = controller->window();
    auto make = [w](const QString &text, QKeySequence key, const QString &tip) {
        auto *a = new QAction(text, w);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setStatusTip(tip);
        return a;
    };
    m_notEntity = make(tr("&Not an Entity"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                       tr("The mention at the cursor, or the entities selected in the panel, are not entities"));
    m_changeType = make(tr("Change &Type…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                        tr("Change the type of the mention at the cursor or the selected entities"));
    m_merge = make(tr("&Merge Entities"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                   tr("The entities selected in the panel are one"));
    m_split = make(tr("&Split Entity…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                   tr("Move some of the names of an entity to a new entity"));
    connect(m_notEntity, &QAction::triggered, this, &EntityCorrectionActions::removeTarget);
    connect(m_changeType, &QAction::triggered, this, &EntityCorrectionActions::changeTypeOfTarget);
    connect(m_merge, &QAction::triggered, this, &EntityCorrectionActions::mergeTarget);
    connect(m_split, &QAction::triggered, this, &EntityCorrectionActions::splitTarget);

    connect(w->articleView(), &ArticleView::contextMenuAboutToShow, this, &EntityCorrectionActions::fillArticleMenu);
    EntitiesPane *pane = w->sidePanel()->entities();
    connect(pane, &EntitiesPane::contextMenuAboutToShow, this, &EntityCorrectionActions::fillEntitiesMenu);

    // drag an entity onto another (merge) or onto a type (change type)
    QTreeView *view = pane->view();
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDragDropOverwriteMode(true);
    view->setDefaultDropAction(Qt::MoveAction);
    connect(
        pane->model(), &EntityModel::entitiesDroppedOnEntity, this,
        [this](const QList<int> &entities, int target) {
            const Analysis *a = m_controller->analysis();
            if (!a || target >= a->entities.size())
                return;
            const TextRange keep = a->mentions[a->entities[target].firstMention()].range;
            afterCorrection(m_controller->report(m_controller->corrector().mergeEntities(QList<int>{target} + entities)),
                            keep);
        },
        Qt::QueuedConnection);
    connect(
        pane->model(), &EntityModel::entitiesDroppedOnType, this,
        [this](const QList<int> &entities, EntityType type) {
            m_controller->report(m_controller->corrector().setEntitiesType(entities, type));
        },
        Qt::QueuedConnection);
}

void EntityCorrectionActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_notEntity);
    menu->addAction(m_changeType);
    menu->addAction(m_merge);
    menu->addAction(m_split);
}

QString EntityCorrectionActions::mentionText(int mention) const
{
    const Analysis *a = m_controller->analysis();
    return mentionSurface(m_controller->session()->document().text(), a->mentions[mention]);
}

EntityCorrectionActions::Target EntityCorrectionActions::currentTarget() const
{
    Target t;
    const Analysis *a = m_controller->analysis();
    if (!a)
        return t;
    MainWindow *w = m_controller->window();
    if (m_controller->articleHasFocus()) {
        const TextRange sel = w->articleView()->selectedRange();
        t.mention = a->mentionAt(sel.start);
        if (t.mention >= 0 && (sel.isEmpty() || a->mentions[t.mention].range.contains(sel))) {
            t.text = mentionText(t.mention);
            return t;
        }
        t.mention = -1;
        const bool overlaps = std::any_of(a->mentions.cbegin(), a->mentions.cend(),
                                          [&](const Mention &m) { return m.range.overlaps(sel); });
        if (!sel.isEmpty() && !overlaps) {
            t.selection = sel;
            t.text = w->articleView()->selectedText().trimmed();
        }
        return t;
    }
    t.entities = w->sidePanel()->entities()->selectedEntities();
    if (t.entities.size() == 1)
        t.text = a->entities[t.entities.front()].name;
    return t;
}

QPoint EntityCorrectionActions::popupPosition() const
{
    MainWindow *w = m_controller->window();
    if (m_controller->articleHasFocus()) {
        ArticleView *view = w->articleView();
        const QRect r = view->rectForPosition(view->selectedRange().start);
        return view->editor()->viewport()->mapToGlobal(r.bottomLeft());
    }
    QTreeView *tree = w->sidePanel()->entities()->view();
    const QRect r = tree->visualRect(tree->currentIndex());
    return r.isValid() ? tree->viewport()->mapToGlobal(r.bottomLeft()) : QCursor::pos();
}

void EntityCorrectionActions::afterCorrection(bool ok, TextRange keep)
{
    if (!ok || keep.isEmpty())
        return;
    auto select = [this, keep] {
        const Analysis *a = m_controller->analysis();
        const int e = a ? entityWithMention(*a, keep) : -1;
        if (e >= 0)
            m_controller->window()->sidePanel()->entities()->selectEntity(e);
    };
    if (m_controller->session()->isApplyingCorrections())  // a long document: applied in the background
        connect(m_controller->session(), &DocumentSession::correctionsApplied, this, select, Qt::SingleShotConnection);
    else
        select();
}

void EntityCorrectionActions::addTypeMenu(QMenu *menu, const QString &title, std::optional<EntityType> current,
                                          const std::function<void(EntityType)> &choose)
{
    QMenu *sub = menu->addMenu(title);
    for (EntityType t : kTypes) {
        QAction *a = sub->addAction(typeLabel(t), this, [choose, t] { choose(t); });
        a->setCheckable(true);
        a->setChecked(current == t);
    }
}

void EntityCorrectionActions::addEveryDocumentMenu(QMenu *menu, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QMenu *sub = menu->addMenu(tr("%1 in &Every Document").arg(quoted(text)));
    auto rule = [this, text](std::optional<EntityType> t) {
        m_controller->report(m_controller->corrector().alwaysTreatAs(text, t));
    };
    sub->addAction(tr("&Never an Entity"), this, [rule] { rule(std::nullopt); });
    sub->addSeparator();
    for (EntityType t : kTypes)
        sub->addAction(tr("Always: %1").arg(typeLabel(t)), this, [rule, t] { rule(t); });
}

void EntityCorrectionActions::fillArticleMenu(QMenu *menu, int position)
{
    const Analysis *a = m_controller->analysis();
    if (!a)
        return;
    const int m = position >= 0 ? a->mentionAt(position) : -1;
    if (m < 0) {
        // a selected name the machine missed
        const TextRange sel = m_controller->window()->articleView()->selectedRange();
        const bool overlaps = std::any_of(a->mentions.cbegin(), a->mentions.cend(),
                                          [&](const Mention &x) { return x.range.overlaps(sel); });
        const QString text = m_controller->window()->articleView()->selectedText().trimmed();
        if (sel.isEmpty() || overlaps || text.isEmpty() || text.contains(u'\n'))
            return;
        menu->addSeparator();
        addTypeMenu(menu, tr("&Mark %1 as").arg(quoted(text)), std::nullopt, [this, sel](EntityType t) {
            afterCorrection(m_controller->report(m_controller->corrector().addMention(sel, t)), sel);
        });
        addEveryDocumentMenu(menu, text);
        return;
    }
    const Mention &mention = a->mentions[m];
    const TextRange range = mention.range;
    const QString text = mentionText(m);
    menu->addSeparator();
    header(menu, tr("%1 — %2").arg(quoted(text), entityTypeSingular(mention.type)));
    menu->addAction(tr("&Not an Entity"), this, [this, m] {
        m_controller->report(m_controller->corrector().removeMention(m));
    });
    addTypeMenu(menu, tr("Change &Type"), mention.type, [this, m, range](EntityType t) {
        afterCorrection(m_controller->report(m_controller->corrector().setMentionType(m, t)), range);
    });
    const int e = mention.entity;
    if (e >= 0 && a->entities[e].mentions.size() > 1) {
        const Entity &entity = a->entities[e];
        QMenu *whole = menu->addMenu(
            tr("&All %n Mentions of %1", nullptr, int(entity.mentions.size())).arg(quoted(entity.name)));
        fillEntityChoices(whole, {e}, text != entity.name);  // "in every document" once
    }
    addEveryDocumentMenu(menu, text);
}

void EntityCorrectionActions::fillEntitiesMenu(QMenu *menu, const QList<int> &entities)
{
    fillEntityChoices(menu, entities, true);
}

void EntityCorrectionActions::fillEntityChoices(QMenu *menu, const QList<int> &entities, bool everyDocument)
{
    const Analysis *a = m_controller->analysis();
    if (!a || entities.isEmpty())
        return;
    const TextRange keep = a->mentions[a->entities[entities.front()].firstMention()].range;
    if (entities.size() >= 2) {
        menu->addAction(tr("&Merge %n Entities", nullptr, int(entities.size())), this, [this, entities, keep] {
            afterCorrection(m_controller->report(m_controller->corrector().mergeEntities(entities)), keep);
        });
    }
    menu->addAction(entities.size() == 1 ? tr("&Not an Entity") : tr("&Not Entities"), this, [this, entities] {
        m_controller->report(m_controller->corrector().removeEntities(entities));
    });
    std::optional<EntityType> current;
    if (entities.size() == 1)
        current = a->entities[entities.front()].type;
    addTypeMenu(menu, tr("Change &Type"), current, [this, entities, keep](EntityType t) {
        afterCorrection(m_controller->report(m_controller->corrector().setEntitiesType(entities, t)), keep);
    });
    if (entities.size() == 1) {
        const int e = entities.front();
        QAction *splitAction = menu->addAction(tr("&Split…"), this, [this, e] { split(e); });
        splitAction->setEnabled(entitySurfaces(m_controller->session()->document().text(), *a, e).size() >= 2);
        if (!splitAction->isEnabled())
            splitAction->setToolTip(tr("This entity is always written the same way."));
        if (everyDocument)
            addEveryDocumentMenu(menu, a->entities[e].name);
    }
}

void EntityCorrectionActions::fillTypeChoices(QMenu *menu, const Target &target)
{
    const Analysis *a = m_controller->analysis();
    header(menu, tr("Type of %1").arg(quoted(target.text.isEmpty() ? tr("%n entities", nullptr, int(target.entities.size()))
                                                                   : target.text)));
    std::optional<EntityType> current;
    if (target.mention >= 0)
        current = a->mentions[target.mention].type;
    else if (target.entities.size() == 1)
        current = a->entities[target.entities.front()].type;
    for (EntityType t : kTypes) {
        QAction *act = menu->addAction(typeLabel(t), this, [this, target, t] {
            const Analysis *an = m_controller->analysis();
            Corrector fix = m_controller->corrector();
            if (target.mention >= 0) {
                const TextRange keep = an->mentions[target.mention].range;
                afterCorrection(m_controller->report(fix.setMentionType(target.mention, t)), keep);
            } else if (!target.entities.isEmpty()) {
                const TextRange keep = an->mentions[an->entities[target.entities.front()].firstMention()].range;
                afterCorrection(m_controller->report(fix.setEntitiesType(target.entities, t)), keep);
            } else {
                afterCorrection(m_controller->report(fix.addMention(target.selection, t)), target.selection);
            }
        });
        act->setCheckable(true);
        act->setChecked(current == t);
    }
    if (!target.text.isEmpty()) {
        menu->addSeparator();
        addEveryDocumentMenu(menu, target.text);
    }
}

void EntityCorrectionActions::removeTarget()
{
    const Target t = currentTarget();
    if (t.mention >= 0)
        m_controller->report(m_controller->corrector().removeMention(t.mention));
    else if (!t.entities.isEmpty())
        m_controller->report(m_controller->corrector().removeEntities(t.entities));
    else
        m_controller->showHint(tr("Put the text cursor on a highlighted name, or select entities in the panel."));
}

void EntityCorrectionActions::changeTypeOfTarget()
{
    const Target t = currentTarget();
    if (t.mention < 0 && t.entities.isEmpty() && t.selection.isEmpty()) {
        m_controller->showHint(tr("Put the text cursor on a name, select one, or select entities in the panel."));
        return;
    }
    QMenu menu(m_controller->window());
    menu.setObjectName(QStringLiteral("entityTypeMenu"));
    fillTypeChoices(&menu, t);
    menu.exec(popupPosition());
}

void EntityCorrectionActions::mergeTarget()
{
    const QList<int> entities = m_controller->window()->sidePanel()->entities()->selectedEntities();
    const Analysis *a = m_controller->analysis();
    if (!a || entities.size() < 2) {
        m_controller->showHint(tr("Select two or more entities in the panel (Ctrl+click) to merge them."));
        return;
    }
    const TextRange keep = a->mentions[a->entities[entities.front()].firstMention()].range;
    afterCorrection(m_controller->report(m_controller->corrector().mergeEntities(entities)), keep);
}

void EntityCorrectionActions::splitTarget()
{
    const Target t = currentTarget();
    const Analysis *a = m_controller->analysis();
    const int e = t.mention >= 0 ? a->mentions[t.mention].entity : (t.entities.size() == 1 ? t.entities.front() : -1);
    if (e < 0) {
        m_controller->showHint(tr("Select one entity, or put the text cursor on one of its mentions."));
        return;
    }
    split(e);
}

void EntityCorrectionActions::split(int entity)
{
    const Analysis *a = m_controller->analysis();
    if (!a || entity < 0 || entity >= a->entities.size())
        return;
    const QList<EntitySurface> surfaces = entitySurfaces(m_controller->session()->document().text(), *a, entity);
    if (surfaces.size() < 2) {
        m_controller->showHint(tr("%1 is always written the same way: there is nothing to split.")
                                   .arg(quoted(a->entities[entity].name)));
        return;
    }
    auto *dialog = new SplitEntityDialog(a->entities[entity].name, surfaces, m_controller->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::shared_ptr<const Analysis> shown = m_controller->session()->sharedAnalysis();
    connect(dialog, &QDialog::accepted, this, [this, dialog, entity, shown] {
        if (m_controller->session()->sharedAnalysis() != shown)
            return;  // the analysis changed while the dialog was open
        const QStringList moved = dialog->chosenSurfaces();
        TextRange keep;
        for (int m : shown->entities[entity].mentions)
            if (moved.contains(mentionSurface(m_controller->session()->document().text(), shown->mentions[m]))) {
                keep = shown->mentions[m].range;
                break;
            }
        afterCorrection(m_controller->report(m_controller->corrector().splitEntity(entity, moved)), keep);
    });
    dialog->open();
}

} // namespace lede::ui
