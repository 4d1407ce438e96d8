#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bd {

// The one error convention of BranchDesk: a function that can fail returns Result<T>,
// either the value or a message a person can read (translated where a person will see it).
// No errorString() with a mutable member, no bool plus QString* out-parameter.
//
//   Result<Customer> found = customers.find(id);
//   if (!found)
//       return found.error();          // an Error converts to any Result<U>
//   use(*found);
//
//   Result<> saved = repository.save(row);  // Result<> is Result<void>: ok or an error
//   if (!saved)
//       return Error(tr("The customer could not be saved: %1").arg(saved.error()));
class Error
{
public:
    explicit Error(QString message) : m_message(std::move(message)) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_value(value) {}
    Result(T &&value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error).message()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only on ok(): the value.
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    // Holds exactly this value (not an error): `QCOMPARE(repository.update(...), Updated)`.
    friend bool operator==(const Result &result, const T &value)
    {
        return result.m_value.has_value() && *result.m_value == value;
    }

    // Only when !ok(): what went wrong. An Error, so that `return result.error();` passes
    // it on from a function with another Result type.
    Error error() const { return Error(m_error); }
    const QString &errorString() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error).message()) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    Error error() const { return Error(m_error); }
    const QString &errorString() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace bd
