// Gazetteer: a word list from resources/gazetteers/ (one entry per line, '#' comments),
// looked up by exact surface ("New Delhi") or case-insensitively. Loaded once per process
// and shared; lookups are thread-safe.
//
//   const Gazetteer &places = Gazetteer::get(u"locations"_s);
//   if (places.contains(u"Geneva")) …
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lede {

class Gazetteer {
public:
    // The list named name (file resources/gazetteers/<name>.txt); empty if missing.
    static const Gazetteer &get(const QString &name);
    // Lines split on TAB (for aliases.txt); loaded once.
    static const QList<QStringList> &table(const QString &name);

    explicit Gazetteer(const QStringList &entries);
    bool contains(QStringView surface) const { return m_exact.contains(surface.toString()); }
    bool containsFolded(QStringView surface) const { return m_folded.contains(surface.toString().toCaseFolded()); }
    int maxWords() const { return m_maxWords; }
    qsizetype size() const { return m_exact.size(); }

private:
    QSet<QString> m_exact;
    QSet<QString> m_folded;
    int m_maxWords = 1;
};

} // namespace lede
