#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace bd {

class ServerDatabase;

// Server sign-in throttling per user name and per client address (OWASP ASVS V2.2, issue
// 14 found 6): every `failures`-th wrong sign-in in a row locks that name (or address) out,
// for `lockSeconds` the first time and twice as long each time after, up to a day; a
// right password (while not locked) resets the name's count, a lock period without
// failures (and without a lock) resets either. Counted in memory and written through to
// the server's store (sign_in_failure), from which a restarted server reads them back: a
// restart does not hand a guesser a fresh count.
class SignInThrottle
{
public:
    struct Policy
    {
        int userFailures = 10;
        int addressFailures = 50;
        int lockSeconds = 900;
    };
    // Without a database the counts live in memory only.
    explicit SignInThrottle(Policy policy, const ServerDatabase *database = nullptr);

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
    void load();
    // The store follows the memory; a failed write (a lost database) is logged and the
    // count in memory still holds.
    void store(const QString &kind, const QString &key, const Count &count) const;
    void forget(const QString &kind, const QString &key) const;
    void forgetUnlocked(const QString &kind) const;
    QHash<QString, Count> &countsOf(const QString &kind);

    Policy m_policy;
    const ServerDatabase *m_database = nullptr;
    QHash<QString, Count> m_users;
    QHash<QString, Count> m_addresses;
};

} // namespace bd
