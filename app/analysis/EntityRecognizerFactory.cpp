// The one place that decides which EntityRecognizer Lede ships (see EntityRecognizer.h).
#include "analysis/EntityRecognizer.h"
#include "analysis/RuleEntityRecognizer.h"

namespace lede {

Result<std::shared_ptr<const EntityRecognizer>> createEntityRecognizer()
{
    return std::shared_ptr<const EntityRecognizer>(std::make_shared<RuleEntityRecognizer>());
}

} // namespace lede
