#include "app/Screenshot.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationsPane.h"
#include "cli/CliContext.h"
#include "models/EntityModel.h"
#include "panel/EntitiesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace lede::ui {

namespace {

// The entity to show off: the first (most mentioned) entity of the first type row.
int featuredEntity(const EntityModel *model)
{
    const QModelIndex firstType = model->index(0, 0);
    const QModelIndex first = model->index(0, 0, firstType);
    return first.isValid() ? first.data(EntityModel::EntityIndexRole).toInt() : -1;
}

} // namespace

int takeScreenshot(const QString &file, const QString &outPath)
{
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    int exitCode = cli::ExitOk;
    DocumentSession *session = window.session();
    auto finish = [&] {
        EntitiesPane *pane = window.sidePanel()->entities();
        const int entity = featuredEntity(pane->model());
        if (entity >= 0)
            Q_EMIT pane->entityActivated(entity);
        pane->selectEntity(entity);
        // A document with annotations shows them (docs/screenshot-annotations.png).
        if (auto *notes = window.findChild<AnnotationController *>(); notes && window.annotations() && window.annotations()->count() > 0)
            window.sidePanel()->tabs()->setCurrentWidget(notes->pane());
        QTimer::singleShot(50, &window, [&] {
            const QPixmap shot = window.grab();
            QSaveFile out(outPath);
            if (!out.open(QIODevice::WriteOnly) || !shot.save(&out, "PNG") || !out.commit()) {
                cli::writeErr(QObject::tr("lede: cannot write the screenshot “%1”: %2.").arg(outPath, out.errorString()));
                exitCode = cli::ExitInput;
            }
            QApplication::exit(exitCode);
        });
    };
    QObject::connect(session, &DocumentSession::analysisFinished, &window, finish);
    QObject::connect(session, &DocumentSession::analysisFailed, &window, [&](const QString &message) {
        cli::writeErr(message);
        exitCode = cli::ExitInput;
        QApplication::exit(exitCode);
    });
    QObject::connect(session, &DocumentSession::openFailed, &window, [&](const QString &message) {
        cli::writeErr(message);
        exitCode = cli::ExitInput;
        QApplication::exit(exitCode);
    });
    if (file.isEmpty())
        window.openSample();
    else
        window.openFile(file);
    return QApplication::exec();
}

} // namespace lede::ui
