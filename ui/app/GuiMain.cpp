#include "app/GuiMain.h"

#include <QApplication>
#include <QLabel>

namespace lede::ui {

int guiMain(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel l(QStringLiteral("Lede"));
    l.show();
    return app.exec();
}

} // namespace lede::ui
