#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace bd {

// Server sign-in throttling per user name and per client address (OWASP ASVS V2.2, issue
// 14 found 6): every `failures`-th wrong sign-in in a row locks that name (or address) out,
// for `lockSeconds` the first time and twice as long each time after, up to a day; a
// right password (while not locked) resets the name's count, a lock period without
// failures (and without a lock) resets either. Kept in
// memory: a restart forgets it (and the lock periods are short enough that this is no
// hole an attacker can make use of faster than waiting).
class SignInThrottle
{
public:
    struct Policy
    {
        int userFailures = 10;
        int addressFailures = 50;
        int lockSeconds = 900;
    };
    explicit SignInThrottle(Policy policy)
        : m_policy(policy)
    {
    }

    // Seconds until this user name from this address may try again; 0 when it may now.
    qint64 lockedFor(const QString &username, const QString &address) const;
    void failed(const QString &username, const QString &address);
    void succeeded(const QString &username, const QString &address);

private:
    struct Count
    {
        int failures = 0;
        QDateTime lockedUntil;
        QDateTime lastFailure;
    };
    static qint64 remaining(const QHash<QString, Count> &counts, const QString &key);
    void count(QHash<QString, Count> &counts, const QString &key, int every);

    Policy m_policy;
    QHash<QString, Count> m_users;
    QHash<QString, Count> m_addresses;
};

} // namespace bd
