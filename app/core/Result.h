#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace burgernet {

// A failure that can be shown to a user as it is: the message names what went wrong and where.
struct Error
{
    // Spelled out so that Error(text) also compiles where parenthesised aggregate
    // initialisation does not (clang before 16, which builds the fuzz targets).
    Error() = default;
    Error(QString text)
        : message(std::move(text))
    {}

    QString message;
};

// The value of an operation that can fail, or the reason it did. GCC 12 has no std::expected.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message))
        , m_failed(true)
    {}

    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    QString errorMessage() const { return m_error; }
    Error error() const { return Error{m_error}; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace burgernet
