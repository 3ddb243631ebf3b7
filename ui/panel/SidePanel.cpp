#include "panel/SidePanel.h"

#include "panel/EntitiesPane.h"
#include "panel/QuotesPane.h"

#include <QTabWidget>

namespace lede::ui {

SidePanel::SidePanel(QWidget *parent)
    : QDockWidget(tr("Panel"), parent), m_tabs(new QTabWidget(this)), m_entities(new EntitiesPane(m_tabs)),
      m_quotes(new QuotesPane(m_tabs))
{
    setObjectName(QStringLiteral("sidePanel"));
    setAccessibleName(tr("Side panel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_entities, tr("&Entities"));
    m_tabs->addTab(m_quotes, tr("&Quotes"));
    m_tabs->setAccessibleName(tr("Panel tabs"));
    setWidget(m_tabs);
}

void SidePanel::showEntities() { m_tabs->setCurrentWidget(m_entities); }
void SidePanel::showQuotes() { m_tabs->setCurrentWidget(m_quotes); }

int SidePanel::addTab(QWidget *page, const QString &label) { return m_tabs->addTab(page, label); }

} // namespace lede::ui
