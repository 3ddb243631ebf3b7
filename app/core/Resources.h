// Access to the resources compiled into ledecore (resources/lede.qrc): the sample article,
// gazetteers, models, icons and style sheets. Call initResources() before opening ":/…"
// paths from code that may run before any other core call (it is idempotent and cheap).
#pragma once

namespace lede {

void initResources();

} // namespace lede
