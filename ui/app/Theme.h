// Theme: the reader's colours — the application palette for light and dark, and the
// highlight colours of entity types, quotes, the selected entity and find matches, chosen to
// stay readable on both backgrounds. "System" follows the platform palette's lightness.
#pragma once

#include "analysis/Analysis.h"
#include "app/Settings.h"

#include <QColor>
#include <QPalette>
#include <QPixmap>

namespace lede::ui {

class Theme {
public:
    static Theme forChoice(ThemeChoice choice);
    static void apply(const Theme &theme);   // sets the application palette and style
    static const Theme &current();

    bool isDark() const { return m_dark; }
    QPalette palette() const;
    QColor paper() const;       // reading background
    QColor ink() const;         // reading text
    QColor margin() const;      // outside the reading column
    QColor typeColor(EntityType t) const;        // underline / swatch
    QColor typeBackground(EntityType t) const;   // subtle tint behind a mention
    QColor selectedBackground(EntityType t) const;  // mentions of the selected entity
    QColor quoteBackground() const;
    QColor findBackground() const;
    QColor markerColor() const;  // scroll-bar marks

private:
    bool m_dark = false;
};

// A small round swatch of a colour, for icons and list decorations.
QPixmap colourSwatch(const QColor &c, int size = 12);

// Human names of entity types, plural for the panel groups ("People"), singular for tooltips.
QString entityTypePlural(EntityType t);
QString entityTypeSingular(EntityType t);

} // namespace lede::ui
