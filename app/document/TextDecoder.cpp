#include "document/TextDecoder.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet.h>
#include <unicode/ucnv.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

bool startsWith(const QByteArray &b, std::initializer_list<unsigned char> sig)
{
    if (b.size() < qsizetype(sig.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : sig)
        if (static_cast<unsigned char>(b[i++]) != c)
            return false;
    return true;
}

struct Bom {
    const char *encoding;
    int length;
};

std::optional<Bom> detectBom(const QByteArray &b)
{
    if (startsWith(b, {0xEF, 0xBB, 0xBF}))
        return Bom{"UTF-8", 3};
    if (startsWith(b, {0xFF, 0xFE, 0x00, 0x00}))
        return Bom{"UTF-32LE", 4};
    if (startsWith(b, {0x00, 0x00, 0xFE, 0xFF}))
        return Bom{"UTF-32BE", 4};
    if (startsWith(b, {0xFF, 0xFE}))
        return Bom{"UTF-16LE", 2};
    if (startsWith(b, {0xFE, 0xFF}))
        return Bom{"UTF-16BE", 2};
    return std::nullopt;
}

int countReplacements(const QString &s)
{
    return int(s.count(QChar(QChar::ReplacementCharacter)));
}

} // namespace

QString canonicalEncodingName(const QString &label)
{
    const QString upper = label.trimmed().toUpper();
    if (upper == u"ISO-8859-1" || upper == u"LATIN1" || upper == u"ISO_8859-1" || upper == u"US-ASCII"
        || upper == u"ASCII" || upper == u"WINDOWS-1252" || upper == u"CP1252" || upper == u"ISO8859-1"
        || upper == u"L1" || upper == u"X-CP1252" || upper == u"ISO-IR-100")
        return u"windows-1252"_s;
    if (upper == u"UTF8" || upper == u"UTF-8" || upper == u"UNICODE-1-1-UTF-8")
        return u"UTF-8"_s;
    if (upper == u"GB2312" || upper == u"GBK" || upper == u"X-GBK" || upper == u"CHINESE" || upper == u"CSGB2312"
        || upper == u"GB_2312-80" || upper == u"GB18030")
        return u"GB18030"_s;
    if (upper == u"SHIFT_JIS" || upper == u"SJIS" || upper == u"X-SJIS" || upper == u"MS_KANJI" || upper == u"CP932"
        || upper == u"WINDOWS-31J")
        return u"windows-31j"_s;
    if (upper == u"EUC-KR" || upper == u"KS_C_5601-1987" || upper == u"WINDOWS-949")
        return u"windows-949"_s;
    if (upper == u"BIG5" || upper == u"BIG5-HKSCS" || upper == u"X-X-BIG5")
        return u"Big5-HKSCS"_s;
    if (upper == u"ISO-8859-9" || upper == u"LATIN5")
        return u"windows-1254"_s;
    if (upper == u"TIS-620" || upper == u"ISO-8859-11")
        return u"windows-874"_s;
    return label.trimmed();
}

QString declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(uR"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(uR"(^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+))"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    if (const auto m = xml.match(head); m.hasMatch())
        return m.captured(1);
    const auto m = meta.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString charsetFromContentType(const QByteArray &contentType)
{
    static const QRegularExpression re(uR"(charset\s*=\s*["']?([A-Za-z0-9_\-:.]+))"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1) : QString();
}

Utf8Check checkUtf8(const char *data, qsizetype size)
{
    Utf8Check r;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            ++r.invalid;
            ++i;
            continue;
        }
        if (i + len > size) {
            ++r.invalid;
            break;
        }
        bool good = true;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                good = false;
                break;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // overlong forms, surrogates and out-of-range code points are invalid
        if (good && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
                     || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
            good = false;
        if (!good) {
            ++r.invalid;
            ++i;
            continue;
        }
        ++r.multibyte;
        i += len;
    }
    return r;
}

QString describeBinary(const QByteArray &bytes)
{
    struct Magic {
        std::initializer_list<unsigned char> sig;
        const char *what;
    };
    static const Magic magics[] = {
        {{0x89, 'P', 'N', 'G'}, "a PNG image"},
        {{0xFF, 0xD8, 0xFF}, "a JPEG image"},
        {{'G', 'I', 'F', '8'}, "a GIF image"},
        {{'%', 'P', 'D', 'F'}, "a PDF file"},
        {{'P', 'K', 0x03, 0x04}, "a ZIP archive (or an Office/EPUB file)"},
        {{0x1F, 0x8B}, "gzip-compressed data"},
        {{0x7F, 'E', 'L', 'F'}, "a program (ELF executable)"},
        {{'R', 'I', 'F', 'F'}, "a RIFF media file"},
        {{'S', 'Q', 'L', 'i', 't', 'e'}, "an SQLite database"},
        {{0xD0, 0xCF, 0x11, 0xE0}, "an old Microsoft Office file"},
        {{'B', 'Z', 'h'}, "bzip2-compressed data"},
        {{0xFD, '7', 'z', 'X', 'Z'}, "xz-compressed data"},
        {{'7', 'z', 0xBC, 0xAF}, "a 7-Zip archive"},
        {{0x00, 0x00, 0x01, 0x00}, "an icon image"},
    };
    for (const Magic &m : magics)
        if (startsWith(bytes, m.sig))
            return QString::fromLatin1(m.what);
    if (detectBom(bytes))
        return {};
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return u"binary data (it contains NUL bytes)"_s;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B && c != '\v')
            ++control;
    }
    if (n > 0 && control * 20 > n)
        return u"binary data (too many control characters)"_s;
    return {};
}

std::optional<DecodedText> decodeAs(const QByteArray &bytes, const QString &encodingIn)
{
    const QString encoding = canonicalEncodingName(encodingIn);
    DecodedText out;
    out.encoding = encoding;
    const QString upper = encoding.toUpper();
    if (upper == u"UTF-8") {
        out.text = QString::fromUtf8(bytes);
        out.replacedSequences = checkUtf8(bytes.constData(), bytes.size()).invalid;
        return out;
    }
    if (upper == u"UTF-16LE" || upper == u"UTF-16BE" || upper == u"UTF-32LE" || upper == u"UTF-32BE"
        || upper == u"UTF-16" || upper == u"UTF-32") {
        QStringConverter::Encoding e = QStringConverter::Utf16LE;
        if (upper == u"UTF-16BE")
            e = QStringConverter::Utf16BE;
        else if (upper == u"UTF-16")
            e = QStringConverter::Utf16;
        else if (upper == u"UTF-32LE")
            e = QStringConverter::Utf32LE;
        else if (upper == u"UTF-32BE")
            e = QStringConverter::Utf32BE;
        else if (upper == u"UTF-32")
            e = QStringConverter::Utf32;
        QStringDecoder dec(e, QStringDecoder::Flag::Default);
        out.text = dec(bytes);
        out.replacedSequences = countReplacements(out.text);
        return out;
    }
    UErrorCode err = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.constData(), &err), &ucnv_close);
    if (U_FAILURE(err) || !conv)
        return std::nullopt;
    QString text;
    text.resize(bytes.size() * 2 + 16);
    err = U_ZERO_ERROR;
    const int32_t len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                                      bytes.constData(), int32_t(bytes.size()), &err);
    if (U_FAILURE(err))
        return std::nullopt;
    text.resize(len);
    out.text = std::move(text);
    out.replacedSequences = countReplacements(out.text) + int(out.text.count(QChar(0x1A)));
    return out;
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &name, const QString &declaredCharset)
{
    if (auto bom = detectBom(bytes)) {
        auto r = decodeAs(bytes.mid(bom->length), QString::fromLatin1(bom->encoding));
        r->hadBom = true;
        return *r;
    }
    const QString binary = describeBinary(bytes);
    if (!binary.isEmpty())
        return makeError(ErrorCode::Binary,
                         QObject::tr("Cannot open “%1”: it is not text but %2.").arg(name, binary));

    const Utf8Check u8 = checkUtf8(bytes.constData(), bytes.size());
    // Valid UTF-8, or UTF-8 with a few stray bytes (a damaged file): read as UTF-8.
    if (u8.invalid == 0 || (u8.multibyte >= 2 && u8.invalid <= u8.multibyte))
        return *decodeAs(bytes, u"UTF-8"_s);

    if (!declaredCharset.isEmpty()) {
        if (auto d = decodeAs(bytes, declaredCharset); d && d->replacedSequences == 0)
            return *d;
    }

    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> det(uchardet_new(),
                                                                                        &uchardet_delete);
    QString guess;
    if (uchardet_handle_data(det.get(), bytes.constData(), size_t(bytes.size())) == 0) {
        uchardet_data_end(det.get());
        guess = QString::fromLatin1(uchardet_get_charset(det.get()));
    }
    if (!guess.isEmpty() && guess.toUpper() != u"UTF-8" && guess.toUpper() != u"ASCII") {
        if (auto d = decodeAs(bytes, guess))
            return *d;
    }
    // No better idea: the most common single-byte encoding of Western text.
    if (auto d = decodeAs(bytes, u"windows-1252"_s))
        return *d;
    return *decodeAs(bytes, u"UTF-8"_s);
}

} // namespace lede
