// Gzip: decompressing a gzip file (a saved page ".html.gz") in memory with zlib.
//
//   Result<QByteArray> html = gunzip(bytes, u"page.html.gz"_s, maxBytes);
//
// Stops with ErrorCode::TooLarge when the output would exceed maxBytes (a "zip bomb" cannot
// fill memory); a truncated stream yields what could be decompressed (a best-effort page),
// corrupt data an ErrorCode::Parse error naming the file. Thread-safe.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace lede {

bool isGzip(const QByteArray &bytes);

Result<QByteArray> gunzip(const QByteArray &bytes, const QString &name, qint64 maxBytes);

} // namespace lede
