#include "database/workspaces/StatisticsRepository.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/StaffRole.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

StatisticsRepository::StatisticsRepository(Store &store)
    : m_store(store)
{
}

bool StatisticsRepository::count(const QString &sql, const QVariantList &values,
                                 qint64 &result) const
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    result = query.value(0).toLongLong();
    return true;
}

bool StatisticsRepository::countGrouped(const QString &sql, QMap<QString, qint64> &result) const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        result[query.value(0).toString()] = query.value(1).toLongLong();
    return true;
}

bool StatisticsRepository::collect(StoreStatistics &s, const QDate &today) const
{
    s = StoreStatistics();
    s.schemaVersion = m_store.schemaVersion();
    const QString path = m_store.path();
    s.fileSizeBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    for (const CustomerTier tier : {CustomerTier::Ordinary, CustomerTier::Silver,
                                    CustomerTier::Gold, CustomerTier::Platinum,
                                    CustomerTier::Diamond})
        s.customersByTier.insert(Tiers::code(tier), 0);
    for (const StaffRole role : StaffRoles::all())
        s.staffByRole.insert(StaffRoles::code(role), 0);

    const QString dayStart = SqlTime::localDayStart(today);
    const QString dayEnd = SqlTime::localDayEnd(today);
    const QString date = SqlTime::date(today);
    const auto q = [](const char *sql) { return QString::fromLatin1(sql); };

    const bool ok
            = count(q("SELECT count(*) FROM branch WHERE deleted = 0"), {}, s.branches)
            && count(q("SELECT count(*) FROM customer WHERE deleted = 0"), {}, s.customers)
            && countGrouped(q("SELECT tier, count(*) FROM customer WHERE deleted = 0 "
                              "GROUP BY tier"),
                            s.customersByTier)
            && count(q("SELECT count(*) FROM holding WHERE deleted = 0"), {}, s.holdings)
            && count(q("SELECT count(*) FROM txn"), {}, s.transactions)
            && count(q("SELECT count(*) FROM customer_event"), {}, s.events)
            && count(q("SELECT count(*) FROM interaction WHERE deleted = 0"), {}, s.interactions)
            && count(q("SELECT count(*) FROM lobby_visit WHERE deleted = 0 "
                       "AND entered_at >= ? AND entered_at < ?"),
                     {dayStart, dayEnd}, s.lobbyVisitsToday)
            && count(q("SELECT count(*) FROM referral WHERE deleted = 0 "
                       "AND status IN ('open', 'accepted')"),
                     {}, s.openReferrals)
            && count(q("SELECT count(*) FROM call_task WHERE deleted = 0 AND status = 'open'"), {},
                     s.openCallTasks)
            && count(q("SELECT count(*) FROM care_task WHERE deleted = 0 AND status = 'open' "
                       "AND due_on <= ?"),
                     {date}, s.careTasksDue)
            && count(q("SELECT count(*) FROM staff_user WHERE deleted = 0 AND active = 1"), {},
                     s.staff)
            && countGrouped(q("SELECT role, count(*) FROM staff_user WHERE deleted = 0 "
                              "AND active = 1 GROUP BY role"),
                            s.staffByRole)
            && count(q("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL"), {},
                     s.pendingSyncChanges)
            && count(q("SELECT count(*) FROM audit_log"), {}, s.auditEntries);
    return ok;
}

} // namespace bd
