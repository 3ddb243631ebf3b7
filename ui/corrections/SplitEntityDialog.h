// SplitEntityDialog: "these are two different people" — lists the names an entity is
// written with (and how often) with a check box each; the checked ones move to a new entity.
// OK is enabled while some, but not all, names are checked. Keyboard: arrows and Space.
#pragma once

#include "session/Corrector.h"

#include <QDialog>

class QDialogButtonBox;
class QListView;
class QStandardItemModel;

namespace lede::ui {

class SplitEntityDialog final : public QDialog {
    Q_OBJECT
public:
    SplitEntityDialog(const QString &entityName, const QList<EntitySurface> &surfaces, QWidget *parent = nullptr);
    QStringList chosenSurfaces() const;
    QListView *list() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QStandardItemModel *m_model;
    QListView *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace lede::ui
