// Turning bytes into text: BOM handling, encoding detection (uchardet) and decoding (ICU),
// and the check that refuses binary files. Invalid UTF-8 becomes U+FFFD, never a failure.
//
//   Result<DecodedText> t = decodeText(bytes, u"article.txt"_s);
//
// Order: a BOM wins (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); then bytes that are valid UTF-8
// (or almost: a few stray bytes among many UTF-8 sequences) are UTF-8; then a declared
// charset (from an HTML <meta>, an XML declaration or an HTTP Content-Type) if it decodes
// cleanly; then uchardet's guess, decoded with ICU. Labels are read as browsers read them
// (WHATWG Encoding): ISO-8859-1/ASCII → windows-1252, GB2312/GBK → GB18030, and so on.
// So a page that declares gb2312 but is UTF-8 reads as UTF-8, and a page that declares
// UTF-8 but is Latin-1 falls through to detection.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace lede {

struct DecodedText {
    QString text;
    QString encoding;           // canonical-ish name: "UTF-8", "UTF-16LE", "windows-1252" …
    bool hadBom = false;
    int replacedSequences = 0;  // invalid byte sequences turned into U+FFFD
};

// What the bytes look like when they are not text, e.g. "a PNG image"; empty if they may
// be text. Looks at magic numbers, NUL bytes and control characters of the first 64 KB.
QString describeBinary(const QByteArray &bytes);

// name is used in error messages only. declaredCharset may be empty.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &name,
                               const QString &declaredCharset = {});

// Decode with a named encoding through ICU (or Qt for UTF-8/16/32/Latin-1).
// Returns nullopt when the encoding is unknown.
std::optional<DecodedText> decodeAs(const QByteArray &bytes, const QString &encoding);

// Number of invalid sequences if bytes were read as UTF-8 (0 = valid UTF-8), and the
// number of valid multi-byte sequences seen.
struct Utf8Check {
    int invalid = 0;
    int multibyte = 0;
};
Utf8Check checkUtf8(const char *data, qsizetype size);

// The charset an HTML/XHTML page declares in its first 4 KB (<meta charset>, http-equiv
// Content-Type, or <?xml … encoding=…?>), or empty.
QString declaredHtmlCharset(const QByteArray &bytes);

// The charset parameter of an HTTP Content-Type value ("text/html; charset=utf-8"), or empty.
QString charsetFromContentType(const QByteArray &contentType);

// The canonical name for an encoding label, as browsers map them (see above).
QString canonicalEncodingName(const QString &label);

} // namespace lede
