#include "analysis/Gazetteer.h"

#include "core/Resources.h"

#include <QFile>
#include <QMutex>

#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lede {

namespace {

QStringList readLines(const QString &name)
{
    initResources();
    QFile f(u":/gazetteers/"_s + name + u".txt"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    const QString all = QString::fromUtf8(f.readAll());
    for (QStringView line : QStringView(all).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        out.append(line.toString());
    }
    return out;
}

} // namespace

Gazetteer::Gazetteer(const QStringList &entries)
{
    for (const QString &e : entries) {
        m_exact.insert(e);
        m_folded.insert(e.toCaseFolded());
        m_maxWords = std::max(m_maxWords, int(e.count(u' ')) + 1);
    }
}

const Gazetteer &Gazetteer::get(const QString &name)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<Gazetteer>> cache;
    QMutexLocker lock(&mutex);
    auto &slot = cache[name];
    if (!slot)
        slot = std::make_unique<Gazetteer>(readLines(name));
    return *slot;
}

const QList<QStringList> &Gazetteer::table(const QString &name)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QList<QStringList>>> cache;
    QMutexLocker lock(&mutex);
    auto &slot = cache[name];
    if (!slot) {
        slot = std::make_unique<QList<QStringList>>();
        for (const QString &line : readLines(name))
            slot->append(line.split(u'\t', Qt::SkipEmptyParts));
    }
    return *slot;
}

} // namespace lede
