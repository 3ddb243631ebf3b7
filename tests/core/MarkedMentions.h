// Test helper: texts with their entity mentions written inline, "[Ann Lee|PER] met
// [Acme|ORG|0.9]" (surface, type code, optional confidence; 0.5 when left out).
#pragma once

#include "analysis/Analysis.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace lede::test {

struct Marked {
    QString text;
    QList<Mention> mentions;
};

inline Marked parseMarked(QStringView marked)
{
    Marked out;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        if (marked[i] != u'[') {
            out.text += marked[i];
            continue;
        }
        const qsizetype close = marked.indexOf(u']', i);
        const QList<QStringView> parts = marked.mid(i + 1, close - i - 1).split(u'|');
        Mention m;
        m.range = {int(out.text.size()), int(out.text.size() + parts[0].size())};
        m.type = *entityTypeFromCode(parts[1]);
        m.score = parts.size() > 2 ? parts[2].toFloat() : 0.5f;
        out.text += parts[0];
        out.mentions.append(m);
        i = close;
    }
    return out;
}

} // namespace lede::test
