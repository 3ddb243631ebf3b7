// DocumentCorrections: the reader's corrections of the open document — entity corrections,
// quote corrections, and the document-independent entity rules ("always treat 'Monday' as
// a date") — loaded from and written to the AnnotationStore, kept apart from the machine's
// analysis (DocumentSession applies them on top of every analysis).
//
//   DocumentCorrections c;                   // usually DocumentSession::corrections()
//   c.setStore(store);                       // not owned; nullptr keeps them in memory only
//   c.load(doc.contentHash());               // Result<void>; emits changed() when they differ
//   Corrections next = c.current();
//   next.quotes.append(dismissQuote(text, q));
//   c.replace(doc.contentHash(), c.current(), next);   // stored at once; emits changed()
//
// Storage: AnnotationStore::corrections(hash, kind) blobs — the document's entity corrections
// (EntityCorrections JSON, rules left empty) and quote corrections (quoteCorrectionsToJson)
// under its content hash, and the rules under the reserved key kRulesKey (not a hash: hashes
// are 64 hex digits). Each part is one row, written in its own transaction.
//
// replace() is what undoable commands call: it changes only the parts that differ between
// `expected` and `next`, and only when each of those parts is still `expected` in the store
// (re-read first) — otherwise ErrorCode::Conflict, so that undoing what another window
// changed since fails instead of overwriting it. Another connection's commit (the store's
// changedElsewhere) reloads the corrections and emits changed() when they differ.
//
// Not thread-safe: use from the store's thread (the UI thread).
#pragma once

#include "analysis/EntityCorrections.h"
#include "analysis/QuoteCorrections.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

namespace lede {

class AnnotationStore;

struct Corrections {
    QList<EntityCorrection> entities;  // this document's
    QList<EntityRule> rules;           // every document's
    QList<QuoteCorrection> quotes;     // this document's

    bool isEmpty() const { return entities.isEmpty() && rules.isEmpty() && quotes.isEmpty(); }
    EntityCorrections entityCorrections() const { return {entities, rules}; }
    bool operator==(const Corrections &) const = default;
};

// The machine's analysis with the corrections applied: entity rules and corrections first
// (applyCorrections: mentions, groups, quotes' speaker entities), then the quote
// corrections (applyQuoteCorrections, speakers matched against the corrected entities).
// Pure; thread-safe. With no corrections the machine's analysis is returned unchanged.
Analysis applyAllCorrections(QStringView text, Analysis machine, const Corrections &corrections);

class DocumentCorrections final : public QObject {
    Q_OBJECT
public:
    // The store key of the rules (they belong to no document).
    static constexpr QLatin1StringView kRulesKey{"lede:entity-rules"};

    explicit DocumentCorrections(QObject *parent = nullptr);
    ~DocumentCorrections() override;

    void setStore(AnnotationStore *store);
    AnnotationStore *store() const;

    // Loads the corrections of the document with this content hash, and the rules. On error
    // (a damaged blob, a store failure) the readable parts are kept and the error returned.
    Result<void> load(const QString &docHash);
    // Reads the current document's corrections again (another window changed them).
    Result<void> reload();
    QString documentHash() const { return m_hash; }
    const Corrections &current() const { return m_current; }

    Result<void> replace(const QString &docHash, const Corrections &expected, const Corrections &next);

Q_SIGNALS:
    void changed();  // current() changed (a replace, a load, another window)
    void errorOccurred(const QString &message);  // a reload after another window's change failed

private:
    struct Read {
        Corrections value;
        QString error;
    };
    Read read(const QString &docHash) const;
    Result<void> write(const QString &docHash, const Corrections &before, const Corrections &next);
    void setCurrent(const Corrections &c);

    QPointer<AnnotationStore> m_store;
    QString m_hash;
    Corrections m_current;
    QList<EntityRule> m_memoryRules;  // the rules when there is no store
};

} // namespace lede
