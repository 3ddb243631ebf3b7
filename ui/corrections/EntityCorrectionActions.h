// EntityCorrectionActions: how the reader corrects the machine's entities — mark a mention
// or an entity "not an entity", change its type, merge entities, split one, mark a missed
// name, and do any of it "in every document" (a rule: "always treat 'Monday' as a date").
//
// Paths to each correction:
//   - the article's context menu on a mention (or on a selection that is no mention);
//   - the Entities tab's context menu on the selected entities (Ctrl/Shift+click selects
//     several), and dragging entities onto another (merge) or onto a type row (type);
//   - Edit ▸ Correct Entity, with shortcuts, acting on the mention at the text cursor when the
//     article has the focus, else on the entities selected in the panel:
//       Not an Entity Ctrl+Shift+N · Change Type… Ctrl+Shift+T (a menu of types, also "in
//       every document") · Merge Entities Ctrl+Shift+M · Split Entity… Ctrl+Shift+K.
// Every correction is one undo step on the window's stack (CorrectionsController).
#pragma once

#include "analysis/Analysis.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPoint;

namespace lede::ui {

class CorrectionsController;

class EntityCorrectionActions final : public QObject {
    Q_OBJECT
public:
    explicit EntityCorrectionActions(CorrectionsController *controller);

    void addToMenu(QMenu *menu);

    QAction *notEntityAction() const { return m_notEntity; }
    QAction *changeTypeAction() const { return m_changeType; }
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }

    // What a keyboard action works on (see the header comment).
    struct Target {
        int mention = -1;      // a mention of the text (mention-level corrections)
        QList<int> entities;   // else entities chosen in the panel
        TextRange selection;   // else a selected piece of text that is no mention
        QString text;          // the name the correction is about ("Monday")
    };
    Target currentTarget() const;

    // Opens the split dialog for an entity (tests drive the dialog).
    void split(int entity);

private:
    void fillArticleMenu(QMenu *menu, int position);
    void fillEntitiesMenu(QMenu *menu, const QList<int> &entities);
    void fillEntityChoices(QMenu *menu, const QList<int> &entities, bool everyDocument);
    void addTypeMenu(QMenu *menu, const QString &title, std::optional<EntityType> current,
                     const std::function<void(EntityType)> &choose);
    void addEveryDocumentMenu(QMenu *menu, const QString &text);
    void fillTypeChoices(QMenu *menu, const Target &target);
    void removeTarget();
    void changeTypeOfTarget();
    void mergeTarget();
    void splitTarget();
    void afterCorrection(bool ok, TextRange keep);
    QPoint popupPosition() const;
    QString mentionText(int mention) const;

    CorrectionsController *m_controller;
    QAction *m_notEntity;
    QAction *m_changeType;
    QAction *m_merge;
    QAction *m_split;
};

} // namespace lede::ui
