#include "session/CorrectionCommand.h"

namespace lede {

CorrectionCommand::CorrectionCommand(DocumentCorrections *target, QString docHash, Corrections before,
                                     Corrections after, QString text)
    : m_target(target), m_hash(std::move(docHash)), m_before(std::move(before)), m_after(std::move(after)),
      m_text(std::move(text))
{
}

Result<void> CorrectionCommand::apply(const Corrections &from, const Corrections &to)
{
    if (!m_target)
        return makeError(ErrorCode::Conflict, QObject::tr("The document these corrections belong to is closed."));
    return m_target->replace(m_hash, from, to);
}

} // namespace lede
