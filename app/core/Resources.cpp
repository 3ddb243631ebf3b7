#include "core/Resources.h"

#include <QtGlobal>

#include <mutex>

static void initLedeResources()
{
    Q_INIT_RESOURCE(lede);
    Q_INIT_RESOURCE(ner_model);
}

namespace lede {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, initLedeResources);
}

} // namespace lede
