// `lede --screenshot OUT.png [FILE]`: renders the main window on the sample (or FILE) once
// analysis has finished, with the most mentioned person selected so that its mentions are
// highlighted, and writes it atomically to OUT.png. Exit code 0, or 2 when FILE cannot be
// read or the PNG cannot be written (message on stderr).
#pragma once

#include <QString>

namespace lede::ui {

int takeScreenshot(const QString &file, const QString &outPath);

} // namespace lede::ui
