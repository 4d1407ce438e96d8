#include "app/server/SignInThrottle.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerStatement.h"

#include <algorithm>

namespace bd {

namespace {
constexpr int kMaxEntries = 100000; // past this, entries that lock nothing are dropped
constexpr qint64 kLongestLock = 24 * 3600;
const QString kUser = QStringLiteral("user");
const QString kAddress = QStringLiteral("address");

QVariant timeOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

void logUnsaved(const Error &error)
{
    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("sign_in_count_unsaved"),
                     { { QStringLiteral("error"), error.message() } });
}
} // namespace

SignInThrottle::SignInThrottle(Policy policy, const ServerDatabase *database)
    : m_policy(policy)
    , m_database(database)
{
    load();
}

QHash<QString, SignInThrottle::Count> &SignInThrottle::countsOf(const QString &kind)
{
    return kind == kUser ? m_users : m_addresses;
}

void SignInThrottle::load()
{
    if (!m_database)
        return;
    ServerStatement rows(m_database->connection(),
                         QStringLiteral("SELECT kind, key, failures, last_failure, locked_until "
                                        "FROM sign_in_failure"));
    if (Result<> read = rows.run(); !read) {
        logUnsaved(read.error());
        return;
    }
    while (rows.next()) {
        Count count;
        count.failures = rows.value(2).toInt();
        count.lastFailure = QDateTime::fromString(rows.value(3).toString(), Qt::ISODateWithMs);
        count.lockedUntil = QDateTime::fromString(rows.value(4).toString(), Qt::ISODateWithMs);
        countsOf(rows.value(0).toString()).insert(rows.value(1).toString(), count);
    }
}

void SignInThrottle::store(const QString &kind, const QString &key, const Count &count) const
{
    if (!m_database)
        return;
    const Result<> stored = ServerStatement::exec(
            m_database->connection(),
            QStringLiteral("INSERT INTO sign_in_failure(kind, key, failures, last_failure, "
                           "locked_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO "
                           "UPDATE SET failures = excluded.failures, last_failure = "
                           "excluded.last_failure, locked_until = excluded.locked_until"),
            { kind, key, count.failures, timeOf(count.lastFailure), timeOf(count.lockedUntil) });
    if (!stored)
        logUnsaved(stored.error());
}

void SignInThrottle::forget(const QString &kind, const QString &key) const
{
    if (!m_database)
        return;
    if (const Result<> removed = ServerStatement::exec(
                m_database->connection(),
                QStringLiteral("DELETE FROM sign_in_failure WHERE kind = ? AND key = ?"),
                { kind, key });
        !removed)
        logUnsaved(removed.error());
}

void SignInThrottle::forgetUnlocked(const QString &kind) const
{
    if (!m_database)
        return;
    if (const Result<> removed = ServerStatement::exec(
                m_database->connection(),
                QStringLiteral("DELETE FROM sign_in_failure WHERE kind = ? AND "
                               "(locked_until IS NULL OR locked_until < ?)"),
                { kind, timeOf(QDateTime::currentDateTimeUtc()) });
        !removed)
        logUnsaved(removed.error());
}

qint64 SignInThrottle::remaining(const QHash<QString, Count> &counts, const QString &key)
{
    const auto found = counts.constFind(key);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (found == counts.cend() || !found->lockedUntil.isValid() || found->lockedUntil <= now)
        return 0;
    return now.secsTo(found->lockedUntil) + 1;
}

qint64 SignInThrottle::lockedFor(const QString &username, const QString &address) const
{
    return std::max(remaining(m_users, username.toLower()), remaining(m_addresses, address));
}

void SignInThrottle::count(QHash<QString, Count> &counts, const QString &key, int every)
{
    const QString kind = &counts == &m_users ? kUser : kAddress;
    if (counts.size() >= kMaxEntries) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        counts.removeIf([&now](const auto &entry) {
            return !entry.value().lockedUntil.isValid() || entry.value().lockedUntil < now;
        });
        forgetUnlocked(kind);
    }
    Count &entry = counts[key];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A quiet lock period (no failure, no lock) forgets the count.
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > m_policy.lockSeconds
        && !(entry.lockedUntil.isValid() && entry.lockedUntil > now))
        entry = Count();
    entry.lastFailure = now;
    ++entry.failures;
    if (every > 0 && entry.failures % every == 0) {
        const int round = std::min(entry.failures / every - 1, 16);
        const qint64 seconds = std::min<qint64>(kLongestLock, qint64(m_policy.lockSeconds) << round);
        entry.lockedUntil = now.addSecs(seconds);
    }
    store(kind, key, entry);
}

void SignInThrottle::failed(const QString &username, const QString &address)
{
    count(m_users, username.toLower(), m_policy.userFailures);
    count(m_addresses, address, m_policy.addressFailures);
}

void SignInThrottle::succeeded(const QString &username, const QString &address)
{
    // Only the name's count: a valid account of an attacker's own must not wipe the
    // address's count between guesses at other names.
    Q_UNUSED(address);
    if (m_users.remove(username.toLower()))
        forget(kUser, username.toLower());
}

} // namespace bd
