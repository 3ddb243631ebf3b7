#include "annotations/DocumentAnnotations.h"

#include "annotations/AnnotationCommands.h"

#include <QHash>
#include <QScopedValueRollback>

#include <algorithm>

namespace lede {

namespace {

// What the reader edits (from an AnnotationDraft or an edited Annotation copy).
template <class Source>
void copyEditable(Annotation &to, const Source &from)
{
    to.color = from.color;
    to.style = from.style;
    to.note = from.note;
    to.tags = normalizedTags(from.tags);
    to.targetKind = from.targetKind;
    to.targetKey = from.targetKind == TargetKind::TextSpan ? QString() : from.targetKey;
}

} // namespace

DocumentAnnotations::DocumentAnnotations(AnnotationStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_undo(new UndoStack(this)), m_anchorer(std::make_unique<Reanchorer>(QString()))
{
    connect(m_store, &AnnotationStore::annotationsChanged, this, &DocumentAnnotations::onStoreChanged);
    connect(m_store, &AnnotationStore::changedElsewhere, this, [this] {
        if (!m_key.hash.isEmpty())
            if (auto r = reload(true); !r)
                Q_EMIT errorOccurred(r.error().message);
    });
}

DocumentAnnotations::~DocumentAnnotations() = default;

Result<void> DocumentAnnotations::setDocument(const Document &doc)
{
    m_doc = doc;
    m_key = DocumentKey::of(doc);
    m_anchorer = std::make_unique<Reanchorer>(doc.text());
    m_undo->clear();
    return reload(false);
}

AnnotationPalette DocumentAnnotations::palette() const
{
    auto names = m_store->paletteNames();
    return names ? AnnotationPalette::withNames(*names) : AnnotationPalette();
}

int DocumentAnnotations::indexOf(const QUuid &id) const
{
    for (int i = 0; i < count(); ++i)
        if (m_list[i].id == id)
            return i;
    return -1;
}

const Annotation *DocumentAnnotations::onPassage(TextRange range) const
{
    for (const Annotation &a : m_list)
        if (a.targetKind == TargetKind::TextSpan && !a.isOrphan() && a.range == range)
            return &a;
    return nullptr;
}

const Annotation *DocumentAnnotations::onTarget(TargetKind kind, const QString &key) const
{
    for (const Annotation &a : m_list)
        if (a.targetKind == kind && a.targetKey == key)
            return &a;
    return nullptr;
}

QList<int> DocumentAnnotations::rowsAt(int pos) const
{
    QList<int> rows;
    for (int i = 0; i < count(); ++i)
        if (!m_list[i].isOrphan() && m_list[i].range.contains(pos))
            rows.append(i);
    return rows;
}

Annotation DocumentAnnotations::resolved(Annotation a) const
{
    const AnchorMatch m = m_anchorer->resolve(a.anchor);
    a.range = m.range;
    a.status = m.status;
    return a;
}

Result<void> DocumentAnnotations::run(std::unique_ptr<UndoCommand> cmd)
{
    return m_undo->push(std::move(cmd));
}

Result<QUuid> DocumentAnnotations::create(const AnnotationDraft &d)
{
    const int n = int(m_doc.text().size());
    if (d.range.isEmpty() || d.range.start < 0 || d.range.end > n)
        return makeError(ErrorCode::Usage, tr("Select some text to annotate."));
    if (!AnnotationPalette::isValidIndex(d.color))
        return makeError(ErrorCode::Usage, tr("There is no colour number %1.").arg(d.color));
    Annotation a;
    a.id = QUuid::createUuid();
    a.anchor = Anchor::fromRange(m_doc.text(), m_anchorer->offsets(), d.range);
    copyEditable(a, d);
    a.created = a.modified = nowUtc();
    a.docHash = m_key.hash;
    a.docPath = m_key.path;
    const QString text = d.targetKind == TargetKind::TextSpan ? tr("Highlight")
        : d.targetKind == TargetKind::Entity                  ? tr("Annotate entity")
                                                              : tr("Annotate quote");
    auto r = run(std::make_unique<CreateAnnotationsCommand>(this, QList<Annotation>{a}, text));
    if (!r)
        return r.error();
    return a.id;
}

Result<void> DocumentAnnotations::update(const Annotation &edited)
{
    const int row = indexOf(edited.id);
    if (row < 0)
        return makeError(ErrorCode::Conflict, tr("This annotation no longer exists."));
    const Annotation &before = m_list[row];
    if (!AnnotationPalette::isValidIndex(edited.color))
        return makeError(ErrorCode::Usage, tr("There is no colour number %1.").arg(edited.color));
    Annotation after = before;
    copyEditable(after, edited);
    if (after.sameContent(before))
        return {};
    after.modified = nowUtc();
    QString text = tr("Edit annotation");
    if (after.note != before.note && after.tags == before.tags && after.color == before.color)
        text = tr("Edit note");
    else if (after.tags != before.tags && after.note == before.note)
        text = tr("Edit tags");
    else if (after.color != before.color || after.style != before.style)
        text = tr("Change highlight");
    return run(std::make_unique<EditAnnotationCommand>(this, before, after, text));
}

Result<void> DocumentAnnotations::remove(const QUuid &id)
{
    return removeMany({id});
}

Result<void> DocumentAnnotations::removeMany(const QList<QUuid> &ids)
{
    QList<Annotation> items;
    for (const QUuid &id : ids) {
        const int row = indexOf(id);
        if (row < 0)
            return makeError(ErrorCode::Conflict, tr("This annotation no longer exists."));
        items.append(m_list[row]);
    }
    if (items.isEmpty())
        return {};
    return run(std::make_unique<DeleteAnnotationsCommand>(
        this, items, items.size() == 1 ? tr("Delete annotation") : tr("Delete %n annotations", nullptr, int(items.size()))));
}

Result<void> DocumentAnnotations::reattach(const QUuid &id, TextRange range)
{
    const int row = indexOf(id);
    if (row < 0)
        return makeError(ErrorCode::Conflict, tr("This annotation no longer exists."));
    if (range.isEmpty() || range.start < 0 || range.end > int(m_doc.text().size()))
        return makeError(ErrorCode::Usage, tr("Select the text to attach the annotation to."));
    const Annotation &before = m_list[row];
    Annotation after = before;
    after.anchor = Anchor::fromRange(m_doc.text(), m_anchorer->offsets(), range);
    after.docHash = m_key.hash;
    after.docPath = m_key.path;
    after.modified = nowUtc();
    return run(std::make_unique<EditAnnotationCommand>(this, before, after, tr("Re-attach annotation")));
}

Result<int> DocumentAnnotations::addImported(const QList<Annotation> &list, const QString &undoText)
{
    auto fresh = m_store->withoutDuplicates(list);
    if (!fresh)
        return fresh.error();
    if (fresh->isEmpty())
        return 0;
    const int added = int(fresh->size());
    auto r = run(std::make_unique<CreateAnnotationsCommand>(this, *fresh, undoText));
    if (!r)
        return r.error();
    return added;
}

Result<void> DocumentAnnotations::checkRows(const QList<Annotation> &expected, QList<Annotation> *current) const
{
    for (const Annotation &e : expected) {
        const int row = indexOf(e.id);
        if (row < 0 || !m_list[row].sameContent(e))
            return makeError(ErrorCode::Conflict, tr("The annotation “%1” was changed or deleted in another window "
                                                     "or program; it cannot be undone or redone.")
                                                      .arg(e.anchor.exact.left(40)));
        current->append(m_list[row]);
    }
    return {};
}

Result<void> DocumentAnnotations::applyInsert(const QList<Annotation> &items)
{
    QScopedValueRollback guard(m_writing, true);
    auto r = m_store->insertNew(items);
    if (!r)
        return r.error();
    if (r->inserted.isEmpty())
        return {};
    QList<Annotation> added;
    added.reserve(r->inserted.size());
    for (const Annotation &a : std::as_const(r->inserted))
        added.append(resolved(a));
    const int first = count();
    Q_EMIT aboutToBeInserted(first, first + int(added.size()) - 1);
    m_list.append(added);
    Q_EMIT inserted(first, count() - 1);
    return {};
}

Result<void> DocumentAnnotations::applyUpdate(const Annotation &from, const Annotation &to)
{
    QList<Annotation> current;
    if (auto ok = checkRows({from}, &current); !ok)
        return ok;
    Annotation target = to;
    target.version = current.first().version;
    QScopedValueRollback guard(m_writing, true);
    auto stored = m_store->update(target);
    if (!stored) {
        if (stored.error().code == ErrorCode::Conflict)
            (void)reload(true);
        return stored.error();
    }
    const int row = indexOf(to.id);
    m_list[row] = resolved(*stored);
    Q_EMIT changed(row);
    return {};
}

Result<void> DocumentAnnotations::applyRemove(const QList<Annotation> &items)
{
    QList<Annotation> current;
    if (auto ok = checkRows(items, &current); !ok)
        return ok;
    QScopedValueRollback guard(m_writing, true);
    if (auto r = m_store->removeAll(current); !r) {
        if (r.error().code == ErrorCode::Conflict)
            (void)reload(true);
        return r;
    }
    QList<int> rows;
    for (const Annotation &a : std::as_const(current))
        rows.append(indexOf(a.id));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        Q_EMIT aboutToBeRemoved(row);
        m_list.removeAt(row);
        Q_EMIT removed(row);
    }
    return {};
}

Result<void> DocumentAnnotations::reload(bool external)
{
    auto loaded = m_store->load(m_key);
    if (!loaded)
        return loaded.error();
    QList<Annotation> list = std::move(*loaded);
    if (external && list.size() == m_list.size()) {
        QHash<QUuid, qint64> versions;
        for (const Annotation &a : std::as_const(m_list))
            versions.insert(a.id, a.version);
        const bool same = std::all_of(list.cbegin(), list.cend(), [&](const Annotation &a) {
            return versions.value(a.id, -1) == a.version;
        });
        if (same)
            return {};
    }
    m_anchorer->resolveAll(list);
    Q_EMIT aboutToBeReset();
    m_list = std::move(list);
    Q_EMIT reset();
    if (external)
        Q_EMIT changedElsewhere();
    return {};
}

void DocumentAnnotations::onStoreChanged(const QString &docHash, const QString &docPath)
{
    if (m_writing || m_key.hash.isEmpty())
        return;
    if (docHash == m_key.hash || (!docPath.isEmpty() && docPath == m_key.path))
        if (auto r = reload(true); !r)
            Q_EMIT errorOccurred(r.error().message);
}

} // namespace lede
