#include "app/GuiMain.h"

#include "app/Settings.h"
#include "app/Theme.h"
#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "core/Resources.h"
#include "core/Version.h"
#include "app/Screenshot.h"
#include "net/PageFetcher.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace lede::ui {

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Headless rendering: Qt's offscreen platform warns about things that do not apply to it.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"propagateSizeHints") || message.contains(u"XDG_RUNTIME_DIR"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int guiMain(int &argc, char **argv)
{
    // A screenshot needs no display: render offscreen unless a platform was chosen explicitly.
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        screenshot = screenshot || qstrcmp(argv[i], "--screenshot") == 0;
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screenshot)
        g_previousHandler = qInstallMessageHandler(quietOffscreenWarnings);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lede"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lede"));
    QApplication::setOrganizationName(QStringLiteral("Lede"));
    QApplication::setApplicationVersion(QStringLiteral(LEDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lede.Lede"));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lede.svg")));
    const cli::GuiRequest request = cli::parseGuiArguments(QApplication::arguments());
    ThemeChoice theme = screenshot ? ThemeChoice::Light : Settings::theme();
    if (request.theme == u"dark")
        theme = ThemeChoice::Dark;
    else if (request.theme == u"light")
        theme = ThemeChoice::Light;
    else if (request.theme == u"system")
        theme = ThemeChoice::System;
    Theme::apply(Theme::forChoice(theme));
    if (!request.screenshotPath.isEmpty())
        return takeScreenshot(request.file, request.screenshotPath, request.tab);

    MainWindow window;
    window.show();
    if (request.file.isEmpty())
        window.openSample();
    else if (PageFetcher::isWebAddress(request.file))
        window.openUrl(QUrl(request.file));
    else
        window.openFile(request.file);
    return app.exec();
}

} // namespace lede::ui
