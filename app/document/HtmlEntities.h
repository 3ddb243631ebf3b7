// Decoding of one HTML character reference ("&amp;", "&#8217;", "&#x2014;"), for the
// Markdown parser (md4c reports entities undecoded). Unknown names are returned as given.
#pragma once

#include <QString>

namespace lede {

QString decodeHtmlEntity(const QString &entity);

} // namespace lede
