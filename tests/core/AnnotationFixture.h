// Test helper: a fresh annotation store in a temporary folder and a DocumentAnnotations
// session on a plain-text document. open() returns false when any step fails.
#pragma once

#include "annotations/AnnotationStore.h"
#include "annotations/DocumentAnnotations.h"
#include "document/Document.h"

#include <QTemporaryDir>

#include <memory>

namespace lede::test {

struct AnnotationFixture {
    explicit AnnotationFixture(const QString &text, const QString &title = QStringLiteral("Resignation"))
        : doc(Document::fromPlainText(text, title))
    {
    }

    QTemporaryDir dir;
    std::unique_ptr<AnnotationStore> store;
    std::unique_ptr<DocumentAnnotations> session;
    Document doc;

    bool open()
    {
        auto s = AnnotationStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        if (!s)
            return false;
        store = std::move(*s);
        store->setPollInterval(0);
        session = std::make_unique<DocumentAnnotations>(store.get());
        return bool(session->setDocument(doc));
    }
};

} // namespace lede::test
