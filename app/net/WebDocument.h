// WebDocument: a fetched (or stored) web page → the Document the reader shows.
//
//   // online: PageFetcher::finished(page) →
//   Result<QString> kept = PageStore().save(page);
//   Result<Document> doc = documentFromFetchedPage(page, kept ? *kept : QString());
//   // offline, later:
//   Result<Document> again = openStoredPage(url);
//
// The bytes are decoded (HTTP charset, else the page's own declaration, else detection —
// TextDecoder), the article is extracted (WebPageParser), and metadata().url is the page's
// final URL (after redirects): the source for exports and citations. sourcePath is the
// stored copy, when given. Pure functions; thread-safe (run them off the UI thread for big
// pages).
#pragma once

#include "core/Result.h"
#include "document/Document.h"
#include "net/PageFetcher.h"
#include "net/PageStore.h"

namespace lede {

Result<Document> documentFromFetchedPage(const FetchedPage &page, const QString &storedPath = {});

Result<Document> openStoredPage(const QUrl &url, const PageStore &store = PageStore());

} // namespace lede
