// `lede --screenshot OUT.png [--tab entities|quotes] [FILE]`: renders the main window on the
// sample (or FILE) once analysis has finished and writes it atomically to OUT.png. With the
// Entities tab (the default) the most mentioned entity is selected so that its mentions are
// highlighted; with the Quotes tab a speaker is selected and the text scrolled to its first
// quote, so that the speakers' tints show. Exit code 0,
// or 2 when FILE cannot be read or the PNG cannot be written (message on stderr).
#pragma once

#include <QString>

namespace lede::ui {

int takeScreenshot(const QString &file, const QString &outPath, const QString &tab = {});

} // namespace lede::ui
