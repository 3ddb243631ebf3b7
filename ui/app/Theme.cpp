#include "app/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>

namespace lede::ui {

namespace {
Theme g_current;
QPalette g_systemPalette;
bool g_systemPaletteSaved = false;
} // namespace

Theme Theme::forChoice(ThemeChoice choice)
{
    Theme t;
    if (!g_systemPaletteSaved) {
        g_systemPalette = QApplication::palette();
        g_systemPaletteSaved = true;
    }
    switch (choice) {
    case ThemeChoice::Light: t.m_dark = false; break;
    case ThemeChoice::Dark: t.m_dark = true; break;
    case ThemeChoice::System: t.m_dark = g_systemPalette.color(QPalette::Window).lightness() < 128; break;
    }
    return t;
}

void Theme::apply(const Theme &theme)
{
    g_current = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme.palette());
}

const Theme &Theme::current() { return g_current; }

QPalette Theme::palette() const
{
    QPalette p;
    if (m_dark) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x20, 0x23), text(0xe2, 0xe0, 0xdb);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x98, 0x93));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
        p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
        p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x57));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    } else {
        const QColor window(0xf1, 0xef, 0xea), base(0xff, 0xff, 0xff), text(0x1f, 0x23, 0x28);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf5, 0xf0));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xf5));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x7d, 0x76));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdf));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(0xc8, 0xc5, 0xbe));
    }
    return p;
}

QColor Theme::paper() const { return m_dark ? QColor(0x1f, 0x20, 0x23) : QColor(0xfc, 0xfb, 0xf8); }
QColor Theme::ink() const { return m_dark ? QColor(0xde, 0xdc, 0xd6) : QColor(0x22, 0x24, 0x28); }
QColor Theme::margin() const { return m_dark ? QColor(0x1b, 0x1c, 0x1e) : QColor(0xf3, 0xf1, 0xec); }

QColor Theme::typeColor(EntityType t) const
{
    switch (t) {
    case EntityType::PER: return m_dark ? QColor(0x6c, 0xa6, 0xff) : QColor(0x1f, 0x5f, 0xd0);
    case EntityType::ORG: return m_dark ? QColor(0xc3, 0x8c, 0xff) : QColor(0x7c, 0x3a, 0xc9);
    case EntityType::LOC: return m_dark ? QColor(0x5c, 0xd0, 0x8a) : QColor(0x13, 0x86, 0x48);
    case EntityType::MISC: return m_dark ? QColor(0xf2, 0xa4, 0x5a) : QColor(0xc0, 0x62, 0x0c);
    case EntityType::DATE: return m_dark ? QColor(0x4f, 0xd1, 0xd1) : QColor(0x0e, 0x7c, 0x86);
    }
    return {};
}

QColor Theme::typeBackground(EntityType t) const
{
    QColor c = typeColor(t);
    c.setAlphaF(m_dark ? 0.20f : 0.10f);
    return c;
}

QColor Theme::selectedBackground(EntityType t) const
{
    QColor c = typeColor(t);
    c.setAlphaF(m_dark ? 0.50f : 0.32f);
    return c;
}

QColor Theme::quoteBackground() const { return m_dark ? QColor(0x4a, 0x42, 0x22) : QColor(0xfd, 0xf1, 0xc4); }
QColor Theme::findBackground() const { return m_dark ? QColor(0xb8, 0x6e, 0x00) : QColor(0xff, 0xc0, 0x5c); }
QColor Theme::markerColor() const { return m_dark ? QColor(0xff, 0xc8, 0x5c) : QColor(0xd9, 0x7a, 0x00); }

QPixmap colourSwatch(const QColor &c, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pm;
}

QString entityTypePlural(EntityType t)
{
    switch (t) {
    case EntityType::PER: return QObject::tr("People");
    case EntityType::ORG: return QObject::tr("Organisations");
    case EntityType::LOC: return QObject::tr("Places");
    case EntityType::MISC: return QObject::tr("Other names");
    case EntityType::DATE: return QObject::tr("Dates");
    }
    return {};
}

QString entityTypeSingular(EntityType t)
{
    switch (t) {
    case EntityType::PER: return QObject::tr("Person");
    case EntityType::ORG: return QObject::tr("Organisation");
    case EntityType::LOC: return QObject::tr("Place");
    case EntityType::MISC: return QObject::tr("Other name");
    case EntityType::DATE: return QObject::tr("Date");
    }
    return {};
}

} // namespace lede::ui
