#include "app/Settings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

namespace {
const QString kTheme = u"view/theme"_s;
const QString kZoom = u"view/zoomSteps"_s;
const QString kRecent = u"files/recent"_s;
const QString kTypes = u"view/hiddenTypes"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kAnnotationColor = u"annotations/color"_s;
const QString kAnnotationsByTime = u"annotations/sortByTime"_s;
} // namespace

ThemeChoice Settings::theme()
{
    const QString t = QSettings().value(kTheme, u"system"_s).toString();
    return t == u"light" ? ThemeChoice::Light : t == u"dark" ? ThemeChoice::Dark : ThemeChoice::System;
}

void Settings::setTheme(ThemeChoice t)
{
    QSettings().setValue(kTheme, t == ThemeChoice::Light ? u"light"_s : t == ThemeChoice::Dark ? u"dark"_s : u"system"_s);
}

int Settings::zoomSteps() { return std::clamp(QSettings().value(kZoom, 0).toInt(), -6, 12); }
void Settings::setZoomSteps(int steps) { QSettings().setValue(kZoom, std::clamp(steps, -6, 12)); }

QStringList Settings::recentFiles() { return QSettings().value(kRecent).toStringList(); }

void Settings::addRecentFile(const QString &path)
{
    const bool web = path.startsWith(u"http://") || path.startsWith(u"https://");
    const QString abs = web ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    QSettings().setValue(kRecent, list);
}

void Settings::clearRecentFiles() { QSettings().remove(kRecent); }

bool Settings::isTypeVisible(EntityType t)
{
    return !QSettings().value(kTypes).toStringList().contains(entityTypeCode(t));
}

void Settings::setTypeVisible(EntityType t, bool visible)
{
    QStringList hidden = QSettings().value(kTypes).toStringList();
    hidden.removeAll(entityTypeCode(t));
    if (!visible)
        hidden.append(entityTypeCode(t));
    QSettings().setValue(kTypes, hidden);
}

int Settings::annotationColor() { return std::max(0, QSettings().value(kAnnotationColor, 0).toInt()); }
void Settings::setAnnotationColor(int index) { QSettings().setValue(kAnnotationColor, index); }
bool Settings::annotationsByTime() { return QSettings().value(kAnnotationsByTime, false).toBool(); }
void Settings::setAnnotationsByTime(bool byTime) { QSettings().setValue(kAnnotationsByTime, byTime); }

QByteArray Settings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
QByteArray Settings::windowState() { return QSettings().value(kState).toByteArray(); }

void Settings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(kGeometry, geometry);
    s.setValue(kState, state);
}

} // namespace lede::ui
