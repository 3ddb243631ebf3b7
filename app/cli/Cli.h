// The headless command line (DESIGN.md "CLI"). One binary: main() first offers argv to
// runHeadless(); when it returns nullopt the arguments ask for the reader window (no
// arguments, a FILE, or --screenshot) and the UI takes over.
//
// Exit codes: 0 ok, 1 usage, 2 input could not be read or parsed (stderr names the file and
// the reason). Output files are written atomically (QSaveFile) — never half-written.
#pragma once

#include <QStringList>

#include <optional>

namespace lede::cli {

// Runs a headless command (analyze, export, import, extract, --help, --version, or a usage
// error) and returns its exit code; nullopt when the GUI is wanted. Creates the
// QCoreApplication it needs.
std::optional<int> runHeadless(int &argc, char **argv);

// The text of `lede --help`.
QString helpText();

// What the GUI part of the command line asks for.
struct GuiRequest {
    QString file;            // empty: the bundled sample
    QString screenshotPath;  // non-empty: render to this PNG and exit
    QString theme;           // "light", "dark", "system", or empty (the saved preference)
    QString tab;             // --screenshot: the side panel's tab ("entities", "quotes", "annotations")
};
// Parses the arguments of a GUI invocation (after runHeadless returned nullopt).
GuiRequest parseGuiArguments(const QStringList &args);

} // namespace lede::cli
