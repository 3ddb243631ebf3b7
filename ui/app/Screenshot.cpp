#include "app/Screenshot.h"

#include "cli/CliContext.h"
#include "view/ArticleView.h"
#include "panel/EntitiesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QTreeView>

namespace lede::ui {

namespace {

// The entity to show off: the most mentioned person, organisation or place (the earliest on
// a tie), so that its mentions are emphasised in the text and marked on the scroll bar.
int featuredEntity(const Analysis &a)
{
    int best = -1;
    for (int i = 0; i < a.entities.size(); ++i) {
        const Entity &e = a.entities[i];
        if (e.type == EntityType::DATE || e.type == EntityType::MISC)
            continue;
        if (best < 0 || e.mentions.size() > a.entities[best].mentions.size())
            best = i;
    }
    return best;
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
        // The article from its top, as a reader first sees it, with one entity selected.
        const int entity = featuredEntity(*session->analysis());
        window.sidePanel()->entities()->selectEntity(entity);
        window.articleView()->setFocusedEntity(entity);
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
