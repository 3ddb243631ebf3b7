#include "annotations/AnnotationPalette.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace lede {

AnnotationPalette::AnnotationPalette()
{
    const QStringList meanings = defaultMeanings();
    m_colors = {
        {u"yellow"_s, QObject::tr("Yellow"), u"#fff176"_s, meanings[0]},
        {u"red"_s, QObject::tr("Red"), u"#ef9a9a"_s, meanings[1]},
        {u"green"_s, QObject::tr("Green"), u"#a5d6a7"_s, meanings[2]},
        {u"blue"_s, QObject::tr("Blue"), u"#90caf9"_s, meanings[3]},
        {u"purple"_s, QObject::tr("Purple"), u"#ce93d8"_s, meanings[4]},
        {u"orange"_s, QObject::tr("Orange"), u"#ffcc80"_s, meanings[5]},
        {u"teal"_s, QObject::tr("Teal"), u"#80cbc4"_s, meanings[6]},
        {u"grey"_s, QObject::tr("Grey"), u"#cfd8dc"_s, meanings[7]},
    };
}

QStringList AnnotationPalette::defaultMeanings()
{
    return {u"important"_s, u"dispute"_s, u"agree"_s, u"background"_s,
            u"question"_s,  u"follow-up"_s, u"source"_s, QString()};
}

AnnotationPalette AnnotationPalette::withNames(const QStringList &names)
{
    AnnotationPalette p;
    for (int i = 0; i < std::min(int(names.size()), p.size()); ++i)
        p.m_colors[i].meaning = names[i];
    return p;
}

const PaletteColor &AnnotationPalette::color(int index) const
{
    return m_colors[isValidIndex(index) ? index : 0];
}

void AnnotationPalette::setMeaning(int index, const QString &meaning)
{
    if (isValidIndex(index))
        m_colors[index].meaning = meaning;
}

int AnnotationPalette::indexOfKey(QStringView key) const
{
    for (int i = 0; i < size(); ++i)
        if (m_colors[i].key == key)
            return i;
    return -1;
}

} // namespace lede
