// CancelToken: a cheap, shareable "stop now" flag for long-running core work.
//
// The UI (or a newer request) calls cancel(); workers poll isCancelled() at natural
// checkpoints (every few thousand tokens) and return ErrorCode::Cancelled. Copies share the
// flag; a default-constructed token can still be cancelled. Thread-safe.
#pragma once

#include <atomic>
#include <functional>
#include <memory>

namespace lede {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// Progress callback: fraction in [0, 1]. May be called from a worker thread.
using ProgressFn = std::function<void(double)>;

} // namespace lede
