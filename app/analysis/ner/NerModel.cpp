#include "analysis/ner/NerModel.h"

#include "analysis/ner/NerHash.h"
#include "core/Resources.h"

#include <QFile>
#include <QResource>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace lede::ner {

namespace {

constexpr char kMagic[8] = {'L', 'E', 'D', 'E', 'N', 'E', 'R', '1'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr qsizetype kRowBytes = 24;  // float scale + kLabelCount int8 weights + padding

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t labelCount;
    std::uint32_t featureSlots;
    std::uint32_t featureCount;
    std::uint32_t lexiconSlots;
    std::uint32_t phraseSlots;
    std::uint32_t metaBytes;
    std::uint32_t reserved;
    std::uint64_t checksum;
};
static_assert(sizeof(Header) == 48);

constexpr qsizetype pad8(qsizetype n) { return (n + 7) & ~qsizetype(7); }

struct Layout {
    qsizetype transitions, featKeys, featRows, rows, lexKeys, lexValues, phraseKeys,
        phraseValues, meta, total;
    explicit Layout(const Header &h)
    {
        qsizetype at = sizeof(Header);
        auto take = [&at](qsizetype bytes) {
            const qsizetype here = at;
            at += pad8(bytes);
            return here;
        };
        transitions = take(qsizetype(kTransitionCount) * 4);
        featKeys = take(qsizetype(h.featureSlots) * 4);
        featRows = take(qsizetype(h.featureSlots) * 4);
        rows = take(qsizetype(h.featureCount) * kRowBytes);
        lexKeys = take(qsizetype(h.lexiconSlots) * 8);
        lexValues = take(qsizetype(h.lexiconSlots) * 8);
        phraseKeys = take(qsizetype(h.phraseSlots) * 8);
        phraseValues = take(qsizetype(h.phraseSlots) * 4);
        meta = take(h.metaBytes);
        total = at;
    }
};

std::uint32_t slotsFor(qsizetype count)
{
    std::uint32_t n = 16;
    while (qsizetype(n) < count * 2)
        n <<= 1;
    return n;
}

bool isPowerOfTwo(std::uint32_t n) { return n >= 1 && (n & (n - 1)) == 0; }

template <class T>
void put(QByteArray &out, qsizetype at, const T &value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

template <class T>
inline T load(const char *p, qsizetype index)
{
    T v;
    std::memcpy(&v, p + index * qsizetype(sizeof(T)), sizeof(T));
    return v;
}

template <class K>
std::uint32_t slotOf(K key, std::uint32_t mask)
{
    return std::uint32_t(mix64(std::uint64_t(key)) & mask);
}

} // namespace

std::uint64_t modelChecksum(const char *data, qsizetype size)
{
    std::uint64_t h = 0x6c656465ULL ^ std::uint64_t(size);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, data + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    for (; i < size; ++i)
        h = (h ^ std::uint8_t(data[i])) * kFnvPrime;
    return mix64(h);
}

QByteArray NerModelData::serialize() const
{
    Header h{};
    std::memcpy(h.magic, kMagic, 8);
    h.version = kFormatVersion;
    h.labelCount = kLabelCount;

    // Rows in key order (QHash order differs between runs), all-zero rows dropped.
    QList<std::uint32_t> keys;
    keys.reserve(features.size());
    for (auto it = features.cbegin(); it != features.cend(); ++it)
        if (std::any_of(it->cbegin(), it->cend(), [](float w) { return w != 0.0f; }))
            keys.append(it.key());
    std::sort(keys.begin(), keys.end());
    QList<std::uint64_t> lexKeys = lexicon.keys();
    std::sort(lexKeys.begin(), lexKeys.end());
    QList<std::uint64_t> phraseKeys = phrases.keys();
    std::sort(phraseKeys.begin(), phraseKeys.end());

    h.featureCount = std::uint32_t(keys.size());
    h.featureSlots = slotsFor(keys.size());
    h.lexiconSlots = slotsFor(lexKeys.size());
    h.phraseSlots = slotsFor(phraseKeys.size());
    h.metaBytes = std::uint32_t(metadata.size());
    const Layout lay(h);
    QByteArray out(lay.total, '\0');

    for (int i = 0; i < kTransitionCount; ++i)
        put(out, lay.transitions + i * 4, transitions[size_t(i)]);
    const std::uint32_t fmask = h.featureSlots - 1;
    for (qsizetype r = 0; r < keys.size(); ++r) {
        const std::uint32_t key = keys[r];
        std::uint32_t s = slotOf(key, fmask);
        for (;; s = (s + 1) & fmask) {
            std::uint32_t k;
            std::memcpy(&k, out.constData() + lay.featKeys + s * 4, 4);
            if (k == 0)
                break;
        }
        put(out, lay.featKeys + s * 4, key);
        put(out, lay.featRows + s * 4, std::uint32_t(r));
        const auto &w = features[key];
        float maxAbs = 0;
        for (float v : w)
            maxAbs = std::max(maxAbs, std::fabs(v));
        const float scale = maxAbs / 127.0f;
        put(out, lay.rows + r * kRowBytes, scale);
        for (int l = 0; l < kLabelCount; ++l)
            out[lay.rows + r * kRowBytes + 4 + l] = char(std::int8_t(std::lround(w[size_t(l)] / scale)));
    }
    auto fill64 = [&](const QList<std::uint64_t> &ks, std::uint32_t slots, qsizetype keysAt, auto valueOf,
                      qsizetype valuesAt, int valueSize) {
        const std::uint32_t mask = slots - 1;
        for (std::uint64_t key : ks) {
            std::uint32_t s = slotOf(key, mask);
            for (;; s = (s + 1) & mask) {
                std::uint64_t k;
                std::memcpy(&k, out.constData() + keysAt + qsizetype(s) * 8, 8);
                if (k == 0)
                    break;
            }
            put(out, keysAt + qsizetype(s) * 8, key);
            const auto v = valueOf(key);
            std::memcpy(out.data() + valuesAt + qsizetype(s) * valueSize, &v, size_t(valueSize));
        }
    };
    fill64(lexKeys, h.lexiconSlots, lay.lexKeys, [&](std::uint64_t k) { return lexicon.value(k); }, lay.lexValues, 8);
    fill64(phraseKeys, h.phraseSlots, lay.phraseKeys, [&](std::uint64_t k) { return phrases.value(k); },
           lay.phraseValues, 4);
    std::memcpy(out.data() + lay.meta, metadata.constData(), size_t(metadata.size()));

    h.checksum = modelChecksum(out.constData() + sizeof(Header), out.size() - qsizetype(sizeof(Header)));
    std::memcpy(out.data(), &h, sizeof(Header));
    return out;
}

Result<std::shared_ptr<const NerModel>> NerModel::fromFile(const QString &path)
{
    initResources();
    if (path.startsWith(u":/")) {
        const QResource res(path);
        if (res.isValid() && res.data() && res.compressionAlgorithm() == QResource::NoCompression)
            return fromBytes(QByteArray::fromRawData(reinterpret_cast<const char *>(res.data()), res.size()), path);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(f.exists() ? ErrorCode::Unreadable : ErrorCode::NotFound,
                         QObject::tr("The entity model %1 could not be read: %2.").arg(path, f.errorString()));
    return fromBytes(f.readAll(), path);
}

Result<std::shared_ptr<const NerModel>> NerModel::fromBytes(QByteArray bytes, const QString &origin)
{
    auto damaged = [&](const QString &why) {
        return makeError(ErrorCode::Parse, QObject::tr("The entity model %1 is damaged: %2.").arg(origin, why));
    };
    if (bytes.size() < qsizetype(sizeof(Header)))
        return damaged(QObject::tr("it is too short (%1 bytes)").arg(bytes.size()));
    Header h;
    std::memcpy(&h, bytes.constData(), sizeof(Header));
    if (std::memcmp(h.magic, kMagic, 8) != 0)
        return damaged(QObject::tr("it is not a Lede entity model"));
    if (h.version != kFormatVersion)
        return damaged(QObject::tr("format version %1 is not supported (expected %2)").arg(h.version).arg(kFormatVersion));
    if (h.labelCount != kLabelCount || !isPowerOfTwo(h.featureSlots) || !isPowerOfTwo(h.lexiconSlots)
        || !isPowerOfTwo(h.phraseSlots) || h.featureCount > h.featureSlots / 2 + 1
        || h.featureSlots > (1u << 28) || h.lexiconSlots > (1u << 28) || h.phraseSlots > (1u << 28)
        || h.metaBytes > (1u << 24))
        return damaged(QObject::tr("its header is inconsistent"));
    const Layout lay(h);
    if (lay.total != bytes.size())
        return damaged(QObject::tr("its size is %1 bytes, expected %2").arg(bytes.size()).arg(lay.total));
    if (modelChecksum(bytes.constData() + sizeof(Header), bytes.size() - qsizetype(sizeof(Header))) != h.checksum)
        return damaged(QObject::tr("its checksum does not match"));

    std::shared_ptr<NerModel> m(new NerModel);
    m->m_bytes = std::move(bytes);
    const char *base = m->m_bytes.constData();
    m->m_transitions.resize(kTransitionCount);
    std::memcpy(m->m_transitions.data(), base + lay.transitions, sizeof(float) * kTransitionCount);
    m->m_featKeys = base + lay.featKeys;
    m->m_featRows = base + lay.featRows;
    m->m_rows = base + lay.rows;
    m->m_lexKeys = base + lay.lexKeys;
    m->m_lexValues = base + lay.lexValues;
    m->m_phraseKeys = base + lay.phraseKeys;
    m->m_phraseValues = base + lay.phraseValues;
    m->m_meta = base + lay.meta;
    m->m_metaBytes = h.metaBytes;
    m->m_featMask = h.featureSlots - 1;
    m->m_lexMask = h.lexiconSlots - 1;
    m->m_phraseMask = h.phraseSlots - 1;
    m->m_featureCount = h.featureCount;
    // Every occupied slot must point at a real row (so lookups never read out of bounds),
    // and every table must have an empty slot (so probing ends).
    std::uint32_t empty = 0;
    for (std::uint32_t s = 0; s <= m->m_featMask; ++s) {
        if (load<std::uint32_t>(m->m_featKeys, s) == 0)
            ++empty;
        else if (load<std::uint32_t>(m->m_featRows, s) >= h.featureCount)
            return damaged(QObject::tr("a feature points outside the weights"));
    }
    if (empty == 0)
        return damaged(QObject::tr("its feature table is full"));
    auto hasEmpty = [](const char *keys, std::uint32_t slots) {
        for (std::uint32_t s = 0; s < slots; ++s)
            if (load<std::uint64_t>(keys, s) == 0)
                return true;
        return false;
    };
    if (!hasEmpty(m->m_lexKeys, h.lexiconSlots) || !hasEmpty(m->m_phraseKeys, h.phraseSlots))
        return damaged(QObject::tr("its lexicon table is full"));
    for (float t : m->m_transitions)
        if (!std::isfinite(t))
            return damaged(QObject::tr("its transition scores are not finite"));
    return std::shared_ptr<const NerModel>(std::move(m));
}

const char *NerModel::findRow(std::uint32_t key) const
{
    for (std::uint32_t s = slotOf(key, m_featMask);; s = (s + 1) & m_featMask) {
        const auto k = load<std::uint32_t>(m_featKeys, s);
        if (k == 0)
            return nullptr;
        if (k == key)
            return m_rows + size_t(load<std::uint32_t>(m_featRows, s)) * kRowBytes;
    }
}

void NerModel::addWeights(std::uint32_t key, float *scores) const
{
    if (const char *row = findRow(key))
        addRow(row, scores);
}

void NerModel::addRow(const char *row, float *scores)
{
    float scale;
    std::memcpy(&scale, row, 4);
    const auto *w = reinterpret_cast<const std::int8_t *>(row + 4);
    for (int l = 0; l < kLabelCount; ++l)
        scores[l] += scale * float(w[l]);
}

void NerModel::score(const std::uint32_t *keys, int n, float *scores) const
{
    // Two rounds of prefetching: the key slots of every feature, then the rows they name.
    // The table is larger than the caches; this overlaps the misses.
    for (int i = 0; i < n; ++i)
        __builtin_prefetch(m_featKeys + size_t(slotOf(keys[i], m_featMask)) * 4);
    const char *rows[kMaxFeatures];
    int found = 0;
    for (int i = 0; i < n && i < kMaxFeatures; ++i) {
        if (const char *row = findRow(keys[i])) {
            __builtin_prefetch(row);
            rows[found++] = row;
        }
    }
    for (int i = 0; i < found; ++i)
        addRow(rows[i], scores);
}

// Linear probing in a u64-keyed table; 0 when the key is absent.
template <class V>
V probe64(const char *keys, const char *values, std::uint32_t mask, std::uint64_t key)
{
    for (std::uint32_t s = slotOf(key, mask);; s = (s + 1) & mask) {
        const auto k = load<std::uint64_t>(keys, s);
        if (k == 0)
            return 0;
        if (k == key)
            return load<V>(values, s);
    }
}

std::uint64_t NerModel::clusters(std::uint64_t wordKey) const
{
    return probe64<std::uint64_t>(m_lexKeys, m_lexValues, m_lexMask, wordKey);
}

std::uint32_t NerModel::phrase(std::uint64_t phraseKey) const
{
    return probe64<std::uint32_t>(m_phraseKeys, m_phraseValues, m_phraseMask, phraseKey);
}

QByteArray NerModel::metadata() const { return QByteArray(m_meta, m_metaBytes); }

} // namespace lede::ner
