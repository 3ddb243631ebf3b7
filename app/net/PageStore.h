// PageStore: the fetched pages kept on disk, so that an article opened from a URL can be
// reread offline (and its annotations re-anchored to the same text).
//
// Where: QStandardPaths::AppDataLocation + "/pages/" (e.g. ~/.local/share/Lede/lede/pages/),
// next to the annotation store. One page = two files named by the SHA-256 of its URL
// (fragment dropped): "<hash>.html" — the bytes exactly as served — and "<hash>.json" —
// {"url", "final_url", "content_type", "charset", "fetched"}. Both are written with
// QSaveFile (a crash never leaves half a page). Saving again replaces the earlier copy.
//
//   PageStore store;                                   // default folder
//   Result<QString> path = store.save(page);           // after PageFetcher::finished
//   std::optional<FetchedPage> again = store.load(url); // offline
//
// Thread-safe for distinct URLs (no shared state besides the folder).
#pragma once

#include "core/Result.h"
#include "net/PageFetcher.h"

#include <optional>

namespace lede {

class PageStore {
public:
    explicit PageStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    const QString &directory() const { return m_dir; }

    // The path of the stored HTML for url (whether or not it exists).
    QString htmlPath(const QUrl &url) const;
    bool contains(const QUrl &url) const;

    // Stores the page under its requested URL (and its final URL, when redirected, gets the
    // same content). Returns the path of the HTML file.
    Result<QString> save(const FetchedPage &page) const;
    // The stored page for url (requested or final), or nullopt.
    std::optional<FetchedPage> load(const QUrl &url) const;

    static QString keyFor(const QUrl &url);

private:
    Result<QString> saveAs(const QUrl &key, const FetchedPage &page) const;
    QString m_dir;
};

} // namespace lede
