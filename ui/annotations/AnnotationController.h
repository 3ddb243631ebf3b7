// AnnotationController: the reader's annotation UI, wired into a MainWindow with one line
// (`new AnnotationController(this);`). It adds the Annotations tab (AnnotationsPane over an
// AnnotationModel), the Annotate menu, toolbar and keys (AnnotationActions), the annotation
// entries of the article's and the side panel's context menus (AnnotationMenus), the highlight layers in the
// article (AnnotationLayer), notes in the article's tooltips, and export / import
// (AnnotationTransfer). Every change goes through the window's DocumentAnnotations, so it is
// stored at once and is one step of Edit ▸ Undo / Redo.
//
// Owned by the window (QObject parent). Works without a store (everything disabled).
#pragma once

#include "annotations/DocumentAnnotations.h"
#include "annotations/Annotation.h"
#include "annotations/AnnotationActions.h"
#include "annotations/AnnotationLayer.h"
#include "annotations/AnnotationPalette.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace lede::ui {

class AnnotationModel;
class AnnotationsPane;
class AnnotationTransfer;
class ArticleView;
class MainWindow;

class AnnotationController final : public QObject {
    Q_OBJECT
public:
    explicit AnnotationController(MainWindow *window);
    ~AnnotationController() override;

    AnnotationsPane *pane() const { return m_pane; }
    AnnotationModel *model() const { return m_model; }
    const AnnotationActions &actions() const { return m_actions; }
    const AnnotationLayer &layer() const { return m_layer; }
    AnnotationTransfer *transfer() const { return m_transfer; }
    int currentColor() const { return m_color; }

    // What the actions do.
    void annotateSelection(AnnotationStyle style, int color);  // H, U, S, Ctrl+1…8
    void noteOnSelection();                                     // N
    void editAnnotation(const QUuid &id);
    void deleteAnnotations(const QList<QUuid> &ids);
    void reattach(const QUuid &id);
    void annotateEntity(int entityIndex, TextRange from);
    void annotateQuote(int quoteIndex);
    void editPalette();
    void showPane();

    DocumentAnnotations *session() const { return m_session; }
    ArticleView *view() const { return m_view; }
    // The annotation with this id / on this entity or quote (TargetKind, key), or nullptr.
    const Annotation *find(const QUuid &id) const;
    const Annotation *findTarget(TargetKind kind, const QString &key) const;

private:
    void connectWindow();
    void connectSession();
    void updateLayer();
    void updatePalette();
    void setColor(int color);
    void addToolTip(int position, QStringList *lines) const;
    void onTextClicked(int position);
    void jumpTo(const QUuid &id);
    void openEditor(const Annotation &a, bool isNew, const QString &title, const QString &about);
    QUuid annotationAtCursor() const;
    QUuid annotationToEdit() const;
    QString passageOf(const Annotation &a) const;
    void status(const QString &message) const;
    void showError(const QString &title, const QString &message) const;

    MainWindow *m_window;
    ArticleView *m_view;
    QPointer<DocumentAnnotations> m_session;
    AnnotationModel *m_model;
    AnnotationsPane *m_pane;
    AnnotationTransfer *m_transfer;
    AnnotationActions m_actions;
    AnnotationLayer m_layer;
    AnnotationPalette m_palette;
    QTimer *m_layerTimer;
    int m_color = 0;
    bool m_pushAll = true;  // set the layers even when unchanged (after a new document)
};

} // namespace lede::ui
