#include "core/JsonWriter.h"

#include <cmath>

namespace lede {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(QStringView k)
{
    separator();
    appendEscaped(m_out, k);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::value(QStringView s)
{
    separator();
    appendEscaped(m_out, s);
}

void JsonWriter::value(qint64 v)
{
    separator();
    m_out.append(QByteArray::number(v));
}

void JsonWriter::value(double v)
{
    separator();
    if (!std::isfinite(v))
        m_out.append("null");
    else
        m_out.append(QByteArray::number(v, 'g', 6));
}

void JsonWriter::value(bool v)
{
    separator();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::null()
{
    separator();
    m_out.append("null");
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default:
                if (c < 0x20) {
                    out.append("\\u00");
                    out.append(hex[c >> 4]);
                    out.append(hex[c & 15]);
                } else {
                    out.append(char(c));
                }
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            cp = QChar::surrogateToUcs4(c, s[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            cp = 0xFFFD;
        }
        if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }
    out.append('"');
}

} // namespace lede
