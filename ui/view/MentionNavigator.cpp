#include "view/MentionNavigator.h"

namespace lede::ui {

void MentionNavigator::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    clear();
}

void MentionNavigator::clear()
{
    m_entity = -1;
    m_pos = -1;
}

int MentionNavigator::count() const
{
    if (!m_analysis || m_entity < 0)
        return 0;
    return int(m_analysis->entities[m_entity].mentions.size());
}

int MentionNavigator::currentMention() const
{
    if (m_pos < 0 || count() == 0)
        return -1;
    return m_analysis->entities[m_entity].mentions[m_pos];
}

int MentionNavigator::activate(int entityIndex)
{
    if (!m_analysis || entityIndex < 0 || entityIndex >= m_analysis->entities.size())
        return -1;
    if (entityIndex == m_entity)
        return next();
    m_entity = entityIndex;
    m_pos = 0;
    return currentMention();
}

int MentionNavigator::next()
{
    const int n = count();
    if (n == 0)
        return -1;
    m_pos = (m_pos + 1) % n;
    return currentMention();
}

int MentionNavigator::previous()
{
    const int n = count();
    if (n == 0)
        return -1;
    m_pos = (m_pos - 1 + n) % n;
    return currentMention();
}

void MentionNavigator::setCurrentMention(int mentionIndex)
{
    if (!m_analysis || mentionIndex < 0 || mentionIndex >= m_analysis->mentions.size())
        return;
    m_entity = m_analysis->mentions[mentionIndex].entity;
    if (m_entity < 0) {
        clear();
        return;
    }
    m_pos = int(m_analysis->entities[m_entity].mentions.indexOf(mentionIndex));
}

} // namespace lede::ui
