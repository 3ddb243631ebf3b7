#include "annotations/AnnotationController.h"

#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationMenus.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationTargets.h"
#include "annotations/AnnotationText.h"
#include "annotations/AnnotationTransfer.h"
#include "annotations/AnnotationsPane.h"
#include "annotations/DocumentAnnotations.h"
#include "annotations/PaletteDialog.h"
#include "app/Settings.h"
#include "app/Theme.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace lede::ui {

AnnotationController::AnnotationController(MainWindow *window)
    : QObject(window), m_window(window), m_view(window->articleView()), m_session(window->annotations()),
      m_model(new AnnotationModel(this)), m_pane(new AnnotationsPane(m_model, window->sidePanel())),
      m_transfer(new AnnotationTransfer(window, window->annotations(), this)),
      m_actions(AnnotationActions::create(window, window->articleView(), window->actions())),
      m_layerTimer(new QTimer(this))
{
    m_model->setSession(m_session);
    window->sidePanel()->addTab(m_pane, tr("&Annotations"));
    m_layerTimer->setSingleShot(true);
    m_layerTimer->setInterval(0);
    connect(m_layerTimer, &QTimer::timeout, this, &AnnotationController::updateLayer);
    m_color = std::clamp(Settings::annotationColor(), 0, AnnotationPalette::kSize - 1);
    m_actions.setAvailable(m_session != nullptr);
    if (!m_session)
        m_pane->setEnabled(false);
    connectWindow();
    connectSession();
    updatePalette();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::connectWindow()
{
    const AnnotationActions &a = m_actions;
    connect(a.highlight, &QAction::triggered, this, [this] { annotateSelection(AnnotationStyle::Highlight, m_color); });
    connect(a.underline, &QAction::triggered, this, [this] { annotateSelection(AnnotationStyle::Underline, m_color); });
    connect(a.strikeThrough, &QAction::triggered, this,
            [this] { annotateSelection(AnnotationStyle::StrikeThrough, m_color); });
    connect(a.colorGroup, &QActionGroup::triggered, this,
            [this](QAction *c) { annotateSelection(AnnotationStyle::Highlight, c->data().toInt()); });
    connect(a.note, &QAction::triggered, this, &AnnotationController::noteOnSelection);
    connect(a.edit, &QAction::triggered, this, [this] {
        if (const QUuid id = annotationToEdit(); !id.isNull())
            editAnnotation(id);
        else
            status(tr("Put the cursor in an annotation, or pick one in the Annotations tab"));
    });
    connect(a.remove, &QAction::triggered, this, [this] {
        if (const QUuid id = annotationToEdit(); !id.isNull())
            deleteAnnotations({id});
        else
            status(tr("Put the cursor in an annotation, or pick one in the Annotations tab"));
    });
    connect(a.meanings, &QAction::triggered, this, &AnnotationController::editPalette);
    connect(a.showPanel, &QAction::triggered, this, &AnnotationController::showPane);
    connect(a.exportFile, &QAction::triggered, m_transfer, &AnnotationTransfer::chooseExportFile);
    connect(a.importFile, &QAction::triggered, m_transfer, &AnnotationTransfer::chooseImportFile);
    connect(m_transfer, &AnnotationTransfer::finished, this, &AnnotationController::status);

    connect(m_pane, &AnnotationsPane::annotationActivated, this, &AnnotationController::jumpTo);
    connect(m_pane, &AnnotationsPane::editRequested, this, &AnnotationController::editAnnotation);
    connect(m_pane, &AnnotationsPane::deleteRequested, this, &AnnotationController::deleteAnnotations);
    connect(m_pane, &AnnotationsPane::reattachRequested, this, &AnnotationController::reattach);
    connect(m_pane, &AnnotationsPane::paletteEditRequested, this, &AnnotationController::editPalette);

    connect(m_view, &ArticleView::toolTipAboutToShow, this, &AnnotationController::addToolTip);
    connect(m_view, &ArticleView::textClicked, this, &AnnotationController::onTextClicked);
    connect(m_view, &ArticleView::themeChanged, m_layerTimer, qOverload<>(&QTimer::start));
    connect(m_view, &ArticleView::selectionChanged, this,
            [this] { m_pane->setSelectionAvailable(!m_view->selectedRange().isEmpty()); });
    new AnnotationMenus(this, m_window);  // the article's and the panel's context menus
    // After the window's own handlers (connected before): the view has the new document.
    DocumentSession *session = m_window->session();
    connect(session, &DocumentSession::documentOpened, this, [this] {
        m_pushAll = true;  // the view dropped its layers with the old document
        m_layerTimer->start();
    });
    connect(session, &DocumentSession::analysisFinished, m_layerTimer, qOverload<>(&QTimer::start));
}

void AnnotationController::connectSession()
{
    if (!m_session)
        return;
    // Edits show at once; reloads (a new document, another window) once the view has it.
    connect(m_session, &DocumentAnnotations::inserted, this, &AnnotationController::updateLayer);
    connect(m_session, &DocumentAnnotations::removed, this, &AnnotationController::updateLayer);
    connect(m_session, &DocumentAnnotations::changed, this, &AnnotationController::updateLayer);
    connect(m_session, &DocumentAnnotations::reset, m_layerTimer, qOverload<>(&QTimer::start));
    connect(m_session->store(), &AnnotationStore::paletteChanged, this, &AnnotationController::updatePalette);
    // another window or process renamed a colour (the session reloads only when annotations changed)
    connect(m_session->store(), &AnnotationStore::changedElsewhere, this, &AnnotationController::updatePalette);
}

void AnnotationController::updateLayer()
{
    m_layerTimer->stop();
    if (!m_session)
        return;
    m_layer.rebuild(m_session->annotations(), m_view->analysis(), m_session->document().text(), m_palette,
                    Theme::current().isDark());
    const bool all = std::exchange(m_pushAll, false);
    if (all || m_layer.targetLayerChanged())
        m_view->setHighlightLayer(AnnotationLayer::kTargetName, m_layer.targetLayer());
    if (all || m_layer.layerChanged())
        m_view->setHighlightLayer(AnnotationLayer::kName, m_layer.layer());
}

void AnnotationController::updatePalette()
{
    m_palette = m_session ? m_session->palette() : AnnotationPalette();
    m_model->setPalette(m_palette);
    m_pane->setPalette(m_palette);
    m_actions.setPalette(m_palette, m_color);
    m_layerTimer->start();
}

void AnnotationController::setColor(int color)
{
    if (!AnnotationPalette::isValidIndex(color) || color == m_color)
        return;
    m_color = color;
    Settings::setAnnotationColor(color);
    m_actions.setPalette(m_palette, m_color);
}

// --- what the actions do ---------------------------------------------------------------

void AnnotationController::annotateSelection(AnnotationStyle style, int color)
{
    if (!m_session)
        return;
    setColor(color);
    const TextRange sel = m_view->selectedRange();
    // A colour or style for the annotation at the cursor, or for the one on exactly this passage.
    const Annotation *existing = sel.isEmpty() ? find(annotationAtCursor()) : m_session->onPassage(sel);
    if (sel.isEmpty() && !existing) {
        status(tr("Select a passage first, then press H to highlight it"));
        return;
    }
    if (existing) {
        Annotation edited = *existing;
        edited.color = color;
        edited.style = style;
        const QUuid id = edited.id;
        if (auto r = m_session->update(edited); !r)
            showError(tr("Cannot change the annotation"), r.error().message);
        else if (!sel.isEmpty())
            m_pane->selectAnnotation(id);
        return;
    }
    auto id = m_session->create({.range = sel, .color = color, .style = style});
    if (!id) {
        showError(tr("Cannot highlight"), id.error().message);
        return;
    }
    m_pane->selectAnnotation(*id);
    m_view->selectRange({sel.end, sel.end});  // show the new colour, not the selection's
    status(tr("%1 — press N to add a note, Ctrl+Z to undo").arg(styleLabel(style)));
}

void AnnotationController::noteOnSelection()
{
    if (!m_session)
        return;
    const TextRange sel = m_view->selectedRange();
    if (sel.isEmpty()) {
        if (const QUuid id = annotationAtCursor(); !id.isNull())
            editAnnotation(id);
        else
            status(tr("Select a passage first, then press N to add a note"));
        return;
    }
    if (const Annotation *a = m_session->onPassage(sel))
        return editAnnotation(a->id);
    Annotation draft;
    draft.range = sel;
    draft.color = m_color;
    const QString passage = m_session->document().text().mid(sel.start, sel.length());
    openEditor(draft, true, tr("Add Note"), tr("“%1”").arg(passage));
}

void AnnotationController::editAnnotation(const QUuid &id)
{
    const Annotation *a = find(id);
    if (!a)
        return;
    QString about = tr("“%1”").arg(passageOf(*a));
    if (a->targetKind == TargetKind::Entity)
        about = tr("The entity %1, everywhere in the article").arg(entityNameOfKey(a->targetKey));
    else if (a->targetKind == TargetKind::Quote)
        about = tr("The quote %1").arg(about);
    openEditor(*a, false, tr("Edit Annotation"), about);
}

void AnnotationController::openEditor(const Annotation &a, bool isNew, const QString &title, const QString &about)
{
    const auto known = m_session->store()->allTags();
    const QStringList tags = known ? *known : QStringList();
    auto *dlg = new AnnotationEditor(m_palette, tags, m_window);
    dlg->setAnnotation(a, title, about);
    connect(dlg, &QDialog::accepted, this, [this, dlg, isNew] {
        if (!m_session)
            return;
        const Annotation e = dlg->edited();
        if (isNew) {
            auto id = m_session->create({.range = e.range, .color = e.color, .style = e.style, .note = e.note,
                                         .tags = e.tags, .targetKind = e.targetKind, .targetKey = e.targetKey});
            if (!id)
                return showError(tr("Cannot add the annotation"), id.error().message);
            m_pane->selectAnnotation(*id);
            if (e.targetKind == TargetKind::TextSpan)
                m_view->selectRange({e.range.end, e.range.end});
        } else if (auto r = m_session->update(e); !r) {
            showError(tr("Cannot save the annotation"), r.error().message);
        } else {
            m_pane->selectAnnotation(e.id);
        }
    });
    dlg->open();
}

void AnnotationController::deleteAnnotations(const QList<QUuid> &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    if (auto r = m_session->removeMany(ids); !r)
        return showError(tr("Cannot delete"), r.error().message);
    status(tr("Deleted %n annotation(s) — Ctrl+Z brings them back", nullptr, int(ids.size())));
}

void AnnotationController::reattach(const QUuid &id)
{
    const TextRange sel = m_view->selectedRange();
    if (!m_session || !find(id))
        return;
    if (sel.isEmpty())
        return status(tr("Select the passage to attach the annotation to first"));
    if (auto r = m_session->reattach(id, sel); !r)
        return showError(tr("Cannot re-attach the annotation"), r.error().message);
    m_pane->selectAnnotation(id);
    status(tr("Annotation re-attached"));
}

void AnnotationController::annotateEntity(int entityIndex, TextRange from)
{
    const Analysis *analysis = m_view->analysis();
    if (!m_session || !analysis || entityIndex < 0 || entityIndex >= analysis->entities.size())
        return;
    const Entity &e = analysis->entities[entityIndex];
    const QString key = entityKey(e);
    if (const Annotation *existing = findTarget(TargetKind::Entity, key))
        return editAnnotation(existing->id);
    Annotation draft;
    draft.targetKind = TargetKind::Entity;
    draft.targetKey = key;
    draft.range = from.isEmpty() && e.firstMention() >= 0 ? analysis->mentions[e.firstMention()].range : from;
    draft.color = m_color;
    draft.style = AnnotationStyle::Underline;
    openEditor(draft, true, tr("Note on “%1”").arg(e.name),
               tr("%1 (%2), everywhere in the article").arg(e.name, entityTypeSingular(e.type)));
}

void AnnotationController::annotateQuote(int quoteIndex)
{
    const Analysis *analysis = m_view->analysis();
    if (!m_session || !analysis || quoteIndex < 0 || quoteIndex >= analysis->quotes.size())
        return;
    const Quote &q = analysis->quotes[quoteIndex];
    const QString &text = m_session->document().text();
    const QString key = quoteKey(q, text);
    if (const Annotation *existing = findTarget(TargetKind::Quote, key))
        return editAnnotation(existing->id);
    Annotation draft;
    draft.targetKind = TargetKind::Quote;
    draft.targetKey = key;
    draft.range = q.range;
    draft.color = m_color;
    draft.style = AnnotationStyle::Underline;
    openEditor(draft, true, tr("Note on a Quote"), tr("“%1”").arg(quoteText(q, text)));
}

void AnnotationController::editPalette()
{
    if (!m_session)
        return;
    auto *dlg = new PaletteDialog(m_palette, m_window);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        if (!m_session)
            return;
        const QStringList names = dlg->meanings();
        for (int i = 0; i < names.size(); ++i) {
            if (names[i] == m_palette.meaning(i))
                continue;
            if (auto r = m_session->store()->setPaletteName(i, names[i]); !r)
                return showError(tr("Cannot rename the colour"), r.error().message);
        }
        updatePalette();
    });
    dlg->open();
}

void AnnotationController::showPane()
{
    SidePanel *panel = m_window->sidePanel();
    panel->show();
    panel->tabs()->setCurrentWidget(m_pane);
    m_pane->focusList();
}

// --- the article and the panel ---------------------------------------------------------

void AnnotationController::addToolTip(int position, QStringList *lines) const
{
    const QList<QUuid> ids = m_layer.idsAt(position);
    for (int i = int(std::min<qsizetype>(ids.size(), 3)) - 1; i >= 0; --i)
        if (const Annotation *a = find(ids[i]))
            lines->prepend(annotationToolTip(*a, m_palette));
}

void AnnotationController::onTextClicked(int position)
{
    const QList<QUuid> ids = m_layer.idsAt(position);
    if (ids.isEmpty())
        return;
    m_pane->selectAnnotation(ids.first());
    const Analysis *analysis = m_view->analysis();
    if (analysis && analysis->mentionAt(position) >= 0)
        return;  // the click was on a name: the Entities tab shows it
    m_window->sidePanel()->tabs()->setCurrentWidget(m_pane);
}

void AnnotationController::jumpTo(const QUuid &id)
{
    const Annotation *a = find(id);
    if (!a)
        return;
    if (a->isOrphan())
        return status(tr("This annotation's text is no longer in the article: select a passage and re-attach it"));
    m_view->selectRange(a->range);
}

// --- helpers ----------------------------------------------------------------------------

const Annotation *AnnotationController::find(const QUuid &id) const
{
    const int row = m_session && !id.isNull() ? m_session->indexOf(id) : -1;
    return row < 0 ? nullptr : &m_session->at(row);
}

const Annotation *AnnotationController::findTarget(TargetKind kind, const QString &key) const
{
    return m_session ? m_session->onTarget(kind, key) : nullptr;
}

QUuid AnnotationController::annotationAtCursor() const
{
    const TextRange sel = m_view->selectedRange();
    for (int pos : {sel.start, sel.start - 1}) {  // just after a highlight counts as in it
        if (pos < 0)
            continue;
        const QList<QUuid> ids = m_layer.idsAt(pos);
        if (!ids.isEmpty())
            return ids.first();
    }
    return {};
}

QUuid AnnotationController::annotationToEdit() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_pane->isAncestorOf(focus))
        return m_pane->currentAnnotation();
    const QUuid here = annotationAtCursor();
    return here.isNull() ? m_pane->currentAnnotation() : here;
}

QString AnnotationController::passageOf(const Annotation &a) const
{
    return a.isOrphan() ? a.anchor.exact : m_session->document().text().mid(a.range.start, a.range.length());
}

void AnnotationController::status(const QString &message) const { m_window->statusBar()->showMessage(message, 5000); }

void AnnotationController::showError(const QString &title, const QString &message) const
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("annotationError"));
    box->open();
    status(message);
}

} // namespace lede::ui
