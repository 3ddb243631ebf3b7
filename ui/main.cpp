// lede: one binary. Headless subcommands run without a display; everything else opens the
// reader. main() only wires: the core's CLI first, then the UI.
#include "app/GuiMain.h"
#include "cli/Cli.h"

int main(int argc, char **argv)
{
    if (const auto code = lede::cli::runHeadless(argc, argv))
        return *code;
    return lede::ui::guiMain(argc, argv);
}
