#pragma once

namespace lede::ui {

// Creates the QApplication and the main window (or renders a screenshot) and runs.
int guiMain(int &argc, char **argv);

} // namespace lede::ui
