#include "app/Screenshot.h"

#include "cli/CliContext.h"
#include "models/EntityModel.h"
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
            EntitiesPane *pane = window.sidePanel()->entities();
            const int entity = featuredEntity(pane->model());
            if (entity >= 0)
                Q_EMIT pane->entityActivated(entity);
            pane->selectEntity(entity);
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
