// The one place that decides which EntityRecognizer Lede ships (see EntityRecognizer.h).
#include "analysis/EntityRecognizer.h"
#include "analysis/NerEntityRecognizer.h"

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace lede {

Result<std::shared_ptr<const EntityRecognizer>> createEntityRecognizer()
{
    // Loaded once per process; every Analyzer shares it (it is immutable).
    static std::once_flag once;
    static Result<std::shared_ptr<const EntityRecognizer>> shared = Error{};
    std::call_once(once, [] {
        auto r = NerEntityRecognizer::load(u":/models/ner.lnm"_s);
        if (r)
            shared = std::shared_ptr<const EntityRecognizer>(*r);
        else
            shared = r.error();
    });
    return shared;
}

} // namespace lede
