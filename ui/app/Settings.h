// Settings: every persisted preference in one place, typed (no raw QSettings keys elsewhere).
#pragma once

#include "analysis/Analysis.h"

#include <QByteArray>
#include <QStringList>

namespace lede::ui {

enum class ThemeChoice { System, Light, Dark };

class Settings {
public:
    static ThemeChoice theme();
    static void setTheme(ThemeChoice t);

    static int zoomSteps();  // 0 = default size; ±1 per Ctrl +/−
    static void setZoomSteps(int steps);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();
    static constexpr int kMaxRecentFiles = 10;

    static bool isTypeVisible(EntityType t);
    static void setTypeVisible(EntityType t, bool visible);

    // The highlight colour H uses (an AnnotationPalette index) and the Annotations tab's order.
    static int annotationColor();
    static void setAnnotationColor(int index);
    static bool annotationsByTime();
    static void setAnnotationsByTime(bool byTime);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
};

} // namespace lede::ui
