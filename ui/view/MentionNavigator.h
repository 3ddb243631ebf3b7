// MentionNavigator: walks through the mentions of one entity — "3 / 11". Activating the
// same entity again, or next()/previous(), moves on (wrapping); activating another entity
// starts at its first mention; a clicked mention becomes the current one.
#pragma once

#include "analysis/Analysis.h"

#include <memory>

namespace lede::ui {

class MentionNavigator {
public:
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    // Returns the mention index to show.
    int activate(int entityIndex);
    int next();
    int previous();
    void setCurrentMention(int mentionIndex);  // a mention clicked in the text
    void clear();

    int entity() const { return m_entity; }
    int currentMention() const;        // index into Analysis::mentions, or -1
    int position() const { return m_pos + 1; }  // 1-based position within the entity
    int count() const;

private:
    std::shared_ptr<const Analysis> m_analysis;
    int m_entity = -1;
    int m_pos = -1;
};

} // namespace lede::ui
