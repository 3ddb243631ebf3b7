// JsonWriter: a small streaming JSON writer for large outputs (analysis of a 5 MB text has
// ~100k entities; building a QJsonDocument would double the memory). Produces compact,
// valid UTF-8 JSON; strings are escaped per RFC 8259 (control characters as \u00XX; lone
// surrogates as U+FFFD).
//
//   JsonWriter w;
//   w.beginObject(); w.key(u"n"); w.value(3); w.endObject();
//   QByteArray bytes = w.take();
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace lede {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView k);
    void value(QStringView s);
    void value(const QString &s) { value(QStringView(s)); }
    void value(const char16_t *s) { value(QStringView(s)); }
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(double v);
    void value(bool v);
    void null();

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    static void appendEscaped(QByteArray &out, QStringView s);

private:
    void separator();
    QByteArray m_out;
    std::vector<bool> m_first;  // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace lede
