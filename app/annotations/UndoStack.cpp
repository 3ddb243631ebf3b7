#include "annotations/UndoStack.h"

namespace lede {

UndoStack::UndoStack(QObject *parent) : QObject(parent) {}
UndoStack::~UndoStack() = default;

UndoStack::State UndoStack::state() const
{
    return {m_index, canUndo(), canRedo(), undoText(), redoText()};
}

void UndoStack::notify(const State &b)
{
    const State a = state();
    if (a.index != b.index)
        Q_EMIT indexChanged(a.index);
    if (a.canUndo != b.canUndo)
        Q_EMIT canUndoChanged(a.canUndo);
    if (a.canRedo != b.canRedo)
        Q_EMIT canRedoChanged(a.canRedo);
    if (a.undoText != b.undoText)
        Q_EMIT undoTextChanged(a.undoText);
    if (a.redoText != b.redoText)
        Q_EMIT redoTextChanged(a.redoText);
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[size_t(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[size_t(m_index)]->text() : QString();
}

Result<void> UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    const State before = state();
    Result<void> r = command->redo();
    if (!r)
        return r;
    m_commands.resize(size_t(m_index));
    m_commands.push_back(std::move(command));
    if (m_limit > 0 && int(m_commands.size()) > m_limit)
        m_commands.erase(m_commands.begin(), m_commands.begin() + (int(m_commands.size()) - m_limit));
    m_index = int(m_commands.size());
    notify(before);
    return {};
}

Result<void> UndoStack::undo()
{
    if (!canUndo())
        return {};
    const State before = state();
    Result<void> r = m_commands[size_t(m_index - 1)]->undo();
    if (r)
        --m_index;
    else {
        m_commands.clear();
        m_index = 0;
    }
    notify(before);
    return r;
}

Result<void> UndoStack::redo()
{
    if (!canRedo())
        return {};
    const State before = state();
    Result<void> r = m_commands[size_t(m_index)]->redo();
    if (r)
        ++m_index;
    else {
        m_commands.clear();
        m_index = 0;
    }
    notify(before);
    return r;
}

void UndoStack::clear()
{
    const State before = state();
    m_commands.clear();
    m_index = 0;
    notify(before);
}

void UndoStack::setUndoLimit(int limit)
{
    m_limit = std::max(0, limit);
}

} // namespace lede
