#include "annotations/AnnotationCommands.h"

#include "annotations/DocumentAnnotations.h"

namespace lede {

Result<void> AnnotationCommand::insert(const QList<Annotation> &items) { return m_session->applyInsert(items); }
Result<void> AnnotationCommand::update(const Annotation &from, const Annotation &to)
{
    return m_session->applyUpdate(from, to);
}
Result<void> AnnotationCommand::remove(const QList<Annotation> &items) { return m_session->applyRemove(items); }

CreateAnnotationsCommand::CreateAnnotationsCommand(DocumentAnnotations *s, QList<Annotation> items, QString text)
    : AnnotationCommand(s, std::move(text)), m_items(std::move(items))
{
}

DeleteAnnotationsCommand::DeleteAnnotationsCommand(DocumentAnnotations *s, QList<Annotation> items, QString text)
    : AnnotationCommand(s, std::move(text)), m_items(std::move(items))
{
}

EditAnnotationCommand::EditAnnotationCommand(DocumentAnnotations *s, Annotation before, Annotation after, QString text)
    : AnnotationCommand(s, std::move(text)), m_before(std::move(before)), m_after(std::move(after))
{
}

} // namespace lede
