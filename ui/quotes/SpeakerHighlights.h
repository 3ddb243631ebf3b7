// SpeakerHighlights: paints "who said what" into the article — each speaker's quotes in the
// speaker's tint and the speaker's mentions underlined in it (SpeakerTints), as two named
// layers of the ArticleView. Pushed again after every analysis or correction and when the
// theme changes (the layers are cleared with each new document).
#pragma once

#include <QObject>

namespace lede::ui {

class MainWindow;

class SpeakerHighlights final : public QObject {
    Q_OBJECT
public:
    SpeakerHighlights(MainWindow *window, QObject *parent);
    void refresh();

private:
    MainWindow *m_window;
};

} // namespace lede::ui
