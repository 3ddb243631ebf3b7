#include "document/Gzip.h"

#include <QObject>

#include <zlib.h>

namespace lede {

bool isGzip(const QByteArray &bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F
        && static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Result<QByteArray> gunzip(const QByteArray &bytes, const QString &name, qint64 maxBytes)
{
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return makeError(ErrorCode::Parse, QObject::tr("Cannot open “%1”: the decompressor failed to start.").arg(name));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    QByteArray out;
    out.reserve(std::min<qint64>(maxBytes, qint64(bytes.size()) * 5 + 1024));
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        const auto produced = qsizetype(sizeof chunk - zs.avail_out);
        if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_MEM_ERROR || rc == Z_STREAM_ERROR) {
            inflateEnd(&zs);
            if (!out.isEmpty() && rc == Z_DATA_ERROR)
                break;  // damaged after some good data: keep what we have
            return makeError(ErrorCode::Parse,
                             QObject::tr("Cannot open “%1”: the gzip data is damaged.").arg(name));
        }
        if (out.size() + produced >= maxBytes) {
            inflateEnd(&zs);
            return makeError(ErrorCode::TooLarge,
                             QObject::tr("Cannot open “%1”: it is too large once decompressed.").arg(name));
        }
        out.append(chunk, produced);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;  // truncated: the stream ended early
    }
    inflateEnd(&zs);
    return out;
}

} // namespace lede
