// Test helper: a text with its entity mentions marked inline, so quote tests do not depend
// on the entity recognizer. "[[Kyaw Win]]" is a PER mention, "[[State Department|ORG]]"
// one of another type. Mentions with the same surface (or a surface that ends a longer
// one: "Win" after "Kyaw Win") form one entity; the entity's name is the longest surface.
#pragma once

#include "analysis/Analysis.h"
#include "analysis/QuoteFinder.h"
#include "analysis/Tokenizer.h"

#include <QString>

namespace lede::test {

struct MarkedText {
    QString text;
    Analysis analysis;  // tokens, mentions, entities (quotes empty)
};

inline MarkedText parseMarked(const QString &marked)
{
    MarkedText out;
    QList<Mention> mentions;
    QStringList surfaces;
    int i = 0;
    while (i < marked.size()) {
        if (marked.mid(i, 2) == QStringLiteral("[[")) {
            const int close = int(marked.indexOf(QStringLiteral("]]"), i));
            QString inner = marked.mid(i + 2, close - i - 2);
            EntityType type = EntityType::PER;
            if (const int bar = int(inner.indexOf(u'|')); bar >= 0) {
                type = entityTypeFromCode(inner.mid(bar + 1)).value_or(EntityType::MISC);
                inner = inner.left(bar);
            }
            Mention m;
            m.range = {int(out.text.size()), int(out.text.size() + inner.size())};
            m.type = type;
            mentions.append(m);
            surfaces.append(inner);
            out.text += inner;
            i = close + 2;
        } else {
            out.text += marked[i++];
        }
    }
    QList<Entity> entities;
    for (int m = 0; m < mentions.size(); ++m) {
        int e = -1;
        for (int k = 0; k < entities.size() && e < 0; ++k)
            if (entities[k].type == mentions[m].type
                && (entities[k].name == surfaces[m] || entities[k].name.endsWith(u' ' + surfaces[m])
                    || surfaces[m].endsWith(u' ' + entities[k].name)))
                e = k;
        if (e < 0) {
            e = int(entities.size());
            entities.append(Entity{surfaces[m], mentions[m].type, {}, {}});
        }
        if (surfaces[m].size() > entities[e].name.size())
            entities[e].name = surfaces[m];
        entities[e].mentions.append(m);
        if (!entities[e].aliases.contains(surfaces[m]))
            entities[e].aliases.append(surfaces[m]);
        mentions[m].entity = e;
    }
    out.analysis.tokenized = Tokenizer().tokenize(out.text);
    out.analysis.mentions = mentions;
    out.analysis.entities = entities;
    return out;
}

inline MarkedText analyseMarked(const QString &marked)
{
    MarkedText t = parseMarked(marked);
    t.analysis.quotes = QuoteFinder().find(t.text, t.analysis.tokenized, t.analysis.mentions, t.analysis.entities);
    return t;
}

} // namespace lede::test
