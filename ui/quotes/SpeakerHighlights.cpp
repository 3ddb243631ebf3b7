#include "quotes/SpeakerHighlights.h"

#include "app/Theme.h"
#include "quotes/SpeakerTints.h"
#include "session/DocumentSession.h"
#include "view/ArticleView.h"
#include "window/MainWindow.h"

namespace lede::ui {

SpeakerHighlights::SpeakerHighlights(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    DocumentSession *session = window->session();
    connect(session, &DocumentSession::analysisFinished, this, &SpeakerHighlights::refresh);
    connect(session, &DocumentSession::correctionsApplied, this, &SpeakerHighlights::refresh);
    connect(window->articleView(), &ArticleView::themeChanged, this, &SpeakerHighlights::refresh);
}

void SpeakerHighlights::refresh()
{
    const DocumentSession *session = m_window->session();
    const Analysis *a = session->analysis();
    ArticleView *view = m_window->articleView();
    if (!a) {
        view->setHighlightLayer(kSpeakerQuotesLayer, {});
        view->setHighlightLayer(kSpeakerMarksLayer, {});
        return;
    }
    // the same grouping, hence the same tints, as the Quotes tab
    const QList<SpeakerQuotes> groups = groupQuotesBySpeaker(session->document().text(), *a);
    const bool dark = Theme::current().isDark();
    view->setHighlightLayer(kSpeakerQuotesLayer, speakerQuoteLayer(*a, groups, dark));
    view->setHighlightLayer(kSpeakerMarksLayer, speakerMarkLayer(*a, groups, dark));
}

} // namespace lede::ui
