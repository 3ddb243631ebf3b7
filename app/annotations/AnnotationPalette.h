// AnnotationPalette: the highlight colours (at least six) and what each one means to the
// reader. A colour's meaning ("important", "dispute" …) is renamable and is exported as a tag
// of every annotation in that colour. Meanings are stored in the AnnotationStore
// (AnnotationStore::paletteNames / setPaletteName), so they persist across sessions.
//
//   AnnotationPalette p = AnnotationPalette::withNames(store.paletteNames().value());
//   p.color(2).hex      // "#81c784"
//   p.meaning(2)        // "agree", or the user's name for it
//
// A value type; thread-safe to copy.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lede {

struct PaletteColor {
    QString key;      // stable id used in exports' style classes: "yellow", "red" …
    QString label;    // translated colour name for menus
    QString hex;      // "#rrggbb", readable under black text
    QString meaning;  // the user's name for it; may be empty (then no tag)
};

class AnnotationPalette {
public:
    static constexpr int kSize = 8;
    // Annotations imported from other tools (no colour of their own) get this one: grey,
    // with no meaning by default, so an import adds no tag the reader did not choose.
    static constexpr int kImportedColor = 7;

    AnnotationPalette();  // default colours and meanings
    // Defaults with the given meanings applied (index i → names[i]; missing entries keep the
    // default meaning). What AnnotationStore::paletteNames() returns fits here.
    static AnnotationPalette withNames(const QStringList &names);

    int size() const { return int(m_colors.size()); }
    // Out-of-range indices fall back to colour 0.
    const PaletteColor &color(int index) const;
    QString meaning(int index) const { return color(index).meaning; }
    void setMeaning(int index, const QString &meaning);
    static bool isValidIndex(int index) { return index >= 0 && index < kSize; }
    // The index whose key is `key`, or -1.
    int indexOfKey(QStringView key) const;
    // The tag a colour exports as ("" when its meaning is empty).
    QString tagFor(int index) const { return meaning(index).simplified(); }
    static QStringList defaultMeanings();

private:
    QList<PaletteColor> m_colors;
};

} // namespace lede
