#include "app/Screenshot.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationsPane.h"
#include "cli/CliContext.h"
#include "models/QuoteTreeModel.h"
#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"
#include "panel/SidePanel.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
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

// The speaker to show off: the second most quoted (its quotes usually sit among the first
// one's, so both tints show), else the first. Returns its row (column 0) or invalid.
QModelIndex featuredSpeaker(const QuoteTreeModel *model)
{
    return model->index(model->rowCount() > 1 ? 1 : 0, 0);
}

} // namespace

int takeScreenshot(const QString &file, const QString &outPath, const QString &tab)
{
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    int exitCode = cli::ExitOk;
    DocumentSession *session = window.session();
    auto finish = [&] {
        if (tab == u"quotes") {
            QuotesPane *quotes = window.sidePanel()->quotes();
            window.sidePanel()->showQuotes();
            const QModelIndex speaker = featuredSpeaker(quotes->model());
            const int quote = quotes->model()->index(0, 0, speaker).data(QuoteTreeModel::QuoteIndexRole).toInt();
            if (speaker.isValid() && session->analysis()) {
                // the speaker selected, the text at its first quote, no selection hiding the tints
                quotes->view()->setCurrentIndex(speaker);
                const int at = session->analysis()->quotes[quote].range.start;
                window.articleView()->selectRange({at, at});
            }
        } else {
            // The article from its top, as a reader first sees it, with one entity selected.
            const int entity = featuredEntity(*session->analysis());
            window.sidePanel()->entities()->selectEntity(entity);
            window.articleView()->setFocusedEntity(entity);
            if (tab == u"annotations") {
                if (auto *notes = window.findChild<AnnotationController *>())
                    window.sidePanel()->tabs()->setCurrentWidget(notes->pane());
            }
        }
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
