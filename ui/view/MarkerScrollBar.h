// MarkerScrollBar: a vertical scroll bar that marks where things are in the document
// (the selected entity's mentions, find matches) with small ticks along its groove.
#pragma once

#include <QColor>
#include <QScrollBar>

namespace lede::ui {

class MarkerScrollBar final : public QScrollBar {
    Q_OBJECT
public:
    explicit MarkerScrollBar(QWidget *parent = nullptr);
    // Fractions in [0, 1] of the document height.
    void setMarkers(const QList<double> &fractions, const QColor &color);
    const QList<double> &markers() const { return m_markers; }

protected:
    void paintEvent(QPaintEvent *e) override;

private:
    QList<double> m_markers;
    QColor m_color;
};

} // namespace lede::ui
