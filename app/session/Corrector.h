// Corrector: the reader's corrections of the analysis as undoable commands — what the
// reader UI calls when someone says "this is not an entity", "this is a date", "these two
// are one person", "that quote is not a quote" or "Aung Din said that, not Kyaw Win".
//
//   Corrector fix(session, window->annotations()->undoStack());  // stack may be nullptr
//   fix.removeMention(mentionIndex);                  // Result<void>; one undo step each
//   fix.mergeEntities({a, b});
//   fix.alwaysTreatAs(u"Monday"_s, EntityType::DATE); // every document
//   fix.setQuoteSpeaker(quoteIndex, entityIndex);
//
// Indices are those of session->analysis() — the corrected analysis the reader sees. Each
// call adds to the session's corrections (DocumentCorrections), pushes one CorrectionCommand
// on the undo stack (or runs it when there is none), and the session re-applies them at once
// (correctionsApplied). Errors: Usage for an index that is not in the analysis or a choice
// that makes no sense (merging one entity, splitting off every name), else what the store
// reports. Not thread-safe: the session's thread.
#pragma once

#include "analysis/Analysis.h"
#include "core/Result.h"

#include <QPointer>

#include <optional>

namespace lede {

class DocumentSession;
class UndoStack;
struct Corrections;

// The people and organisations of the analysis, the candidates when the reader picks a
// quote's speaker: entity indices, most mentioned first, then by name.
QList<int> speakerCandidates(const Analysis &a);

// The distinct names an entity is written with (possessives folded) and how often each
// occurs, in order of first appearance: what the reader can split off.
struct EntitySurface {
    QString surface;
    int mentions = 0;
    bool operator==(const EntitySurface &) const = default;
};
QList<EntitySurface> entitySurfaces(QStringView text, const Analysis &a, int entity);

// The entity that now contains the mention at `range` (after a correction), or -1.
int entityWithMention(const Analysis &a, TextRange range);

class Corrector {
public:
    Corrector(DocumentSession *session, UndoStack *stack);

    // One mention of the text.
    Result<void> removeMention(int mention);
    Result<void> setMentionType(int mention, EntityType type);
    Result<void> addMention(TextRange range, EntityType type);  // a name the machine missed

    // Whole entities (each with all its mentions); one undo step for the whole list.
    Result<void> removeEntities(const QList<int> &entities);
    Result<void> setEntitiesType(const QList<int> &entities, EntityType type);
    Result<void> mergeEntities(const QList<int> &entities);  // at least two
    // Moves the mentions written as one of `surfaces` (entitySurfaces) into a new entity.
    Result<void> splitEntity(int entity, const QStringList &surfaces);

    // Every document: `text` is always of `type`, or never an entity (nullopt).
    Result<void> alwaysTreatAs(const QString &text, std::optional<EntityType> type);

    Result<void> dismissQuote(int quote);
    // entity: an index into analysis().entities, or -1 for "no speaker".
    Result<void> setQuoteSpeaker(int quote, int entity);

private:
    Result<void> push(const Corrections &next, const QString &text);
    Result<const Analysis *> shown() const;
    // Checked look-ups in the shown analysis (Usage errors name what is missing).
    Result<TextRange> mention(int index) const;
    Result<Quote> quote(int index) const;
    Result<QList<TextRange>> firstMentions(const QList<int> &entities) const;
    QString entitiesLabel(const QList<int> &entities) const;
    QString slice(TextRange r) const;

    QPointer<DocumentSession> m_session;
    QPointer<UndoStack> m_stack;
};

} // namespace lede
