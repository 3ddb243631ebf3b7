// AnnotationsPane: the Annotations tab — a filter box, tag / colour filters and the order
// (reading order or newest first) over the list of annotations, and below it, apart, the
// orphaned ones (their text is no longer in the article) with "Re-attach to Selection".
// Click or arrow keys: annotationActivated (jump to it); Enter or double-click:
// editRequested; Delete: deleteRequested. The pane shows the model; the controller acts.
#pragma once

#include "annotations/AnnotationPalette.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QWidget;

namespace lede::ui {

class AnnotationFilterModel;
class AnnotationModel;

class AnnotationsPane final : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationsPane(AnnotationModel *model, QWidget *parent = nullptr);

    void setPalette(const AnnotationPalette &palette);
    // Selects (and scrolls to) the annotation in its list without emitting anything.
    void selectAnnotation(const QUuid &id);
    // The annotation the reader picked last (in either list), or a null id.
    QUuid currentAnnotation() const;
    // The article has a selection an orphan can be re-attached to.
    void setSelectionAvailable(bool available);
    void focusList();

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *tagBox() const { return m_tagBox; }
    QComboBox *colorBox() const { return m_colorBox; }
    QComboBox *orderBox() const { return m_orderBox; }
    QListView *view() const { return m_view; }
    QListView *orphanView() const { return m_orphanView; }
    QPushButton *reattachButton() const { return m_reattach; }
    QLabel *summaryLabel() const { return m_summary; }
    AnnotationFilterModel *proxy() const { return m_proxy; }
    AnnotationFilterModel *orphanProxy() const { return m_orphanProxy; }

Q_SIGNALS:
    void annotationActivated(const QUuid &id);
    void editRequested(const QUuid &id);
    void deleteRequested(const QList<QUuid> &ids);
    void reattachRequested(const QUuid &id);
    void paletteEditRequested();

private:
    QListView *makeList(AnnotationFilterModel *proxy, const QString &name);
    void applyFilters();  // the tag and colour boxes → both proxies
    void refresh();
    void refreshTags();
    void refreshSummary();
    void updateButtons();
    QListView *activeView() const;
    QList<QUuid> selectedIn(QListView *view) const;

    AnnotationModel *m_model;
    AnnotationFilterModel *m_proxy;
    AnnotationFilterModel *m_orphanProxy;
    QLineEdit *m_filter;
    QComboBox *m_tagBox;
    QComboBox *m_colorBox;
    QComboBox *m_orderBox;
    QListView *m_view;
    QWidget *m_orphanBox;
    QLabel *m_orphanLabel;
    QListView *m_orphanView;
    QPushButton *m_reattach;
    QLabel *m_summary;
    QAction *m_reattachAction = nullptr;
    QListView *m_lastView = nullptr;
    bool m_selectionAvailable = false;
};

} // namespace lede::ui
