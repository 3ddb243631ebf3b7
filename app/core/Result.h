// Result<T>: the core's error-as-value type.
//
// Every fallible core function returns Result<T> (or Result<void>): either a value or an
// Error {code, message}. The message is for people: it names the file (or input) and the
// reason, ready to show in a dialog or print on stderr. No exception crosses into the
// event loop; the core does not throw for expected failures.
//
//   Result<Document> r = DocumentLoader().load(path);
//   if (!r) { showError(r.error().message); return; }
//   use(*r);
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lede {

enum class ErrorCode {
    NotFound,     // the file does not exist
    Unreadable,   // permission denied, a directory, an I/O error
    Empty,        // nothing to read
    Binary,       // not text (an image, an archive …)
    TooLarge,     // above the size the reader accepts
    Parse,        // malformed content (JSON, HTML, model file …)
    Unsupported,  // a format or feature we do not handle
    Cancelled,    // the user or a newer request cancelled the work
    Usage,        // wrong command-line use
    Io,           // writing failed
    Database,     // the annotation store failed
    Network,      // fetching failed
    Conflict,     // someone else (another window or process) changed the same data first
};

struct Error {
    ErrorCode code = ErrorCode::Parse;
    QString message;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

} // namespace lede
