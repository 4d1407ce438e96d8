#include "app/server/SignInThrottle.h"

#include <algorithm>

namespace bd {

namespace {
constexpr int kMaxEntries = 100000; // past this, entries that lock nothing are dropped
constexpr qint64 kLongestLock = 24 * 3600;
} // namespace

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
    if (counts.size() >= kMaxEntries) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        counts.removeIf([&now](const auto &entry) {
            return !entry.value().lockedUntil.isValid() || entry.value().lockedUntil < now;
        });
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
    m_users.remove(username.toLower());
}

} // namespace bd
