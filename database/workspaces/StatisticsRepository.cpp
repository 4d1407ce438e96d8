#include "database/workspaces/StatisticsRepository.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/StaffRole.h"
#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

namespace bd {

StatisticsRepository::StatisticsRepository(Store &store)
    : m_store(store)
{
}

Result<qint64> StatisticsRepository::count(const QString &sql, const QVariantList &values) const
{
    SqlQuery query(m_store.database(), sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (Result<> ran = query.exec(); !ran || !query.next())
        return ran.error();
    return query.integer64(0);
}

Result<> StatisticsRepository::countGrouped(const QString &sql,
                                            QMap<QString, qint64> &result) const
{
    SqlQuery query(m_store.database());
    if (Result<> ran = query.exec(sql); !ran)
        return ran;
    while (query.next())
        result[query.text(0)] = query.integer64(1);
    return {};
}

Result<StoreStatistics> StatisticsRepository::collect(const QDate &today) const
{
    StoreStatistics s;
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
    // The states counted are bound from WorkStates' codes, not spelt: an open referral is one
    // not yet final (the SQL once asked for a state named open, which no referral has).
    using WorkStates::code;
    const QStringList open = WorkStates::openReferralCodes();
    struct Count
    {
        qint64 StoreStatistics::*figure;
        const char *sql;
        QVariantList values;
    };
    const QList<Count> counts{
            {&StoreStatistics::branches, "SELECT count(*) FROM branch WHERE deleted = 0", {}},
            {&StoreStatistics::customers, "SELECT count(*) FROM customer WHERE deleted = 0", {}},
            {&StoreStatistics::holdings, "SELECT count(*) FROM holding WHERE deleted = 0", {}},
            {&StoreStatistics::transactions, "SELECT count(*) FROM txn", {}},
            {&StoreStatistics::events, "SELECT count(*) FROM customer_event", {}},
            {&StoreStatistics::interactions, "SELECT count(*) FROM interaction WHERE deleted = 0 AND voided_at IS NULL",
             {}},
            {&StoreStatistics::lobbyVisitsToday,
             "SELECT count(*) FROM lobby_visit WHERE deleted = 0 AND entered_at >= ? "
             "AND entered_at < ?",
             {dayStart, dayEnd}},
            {&StoreStatistics::openReferrals,
             "SELECT count(*) FROM referral WHERE deleted = 0 AND status IN (?, ?, ?, ?)",
             QVariantList(open.cbegin(), open.cend())},
            {&StoreStatistics::openCallTasks,
             "SELECT count(*) FROM call_task WHERE deleted = 0 AND status = ?",
             {code(CallTaskStatus::Open)}},
            {&StoreStatistics::careTasksDue,
             "SELECT count(*) FROM care_task WHERE deleted = 0 AND status = ? AND due_on <= ?",
             {code(CareTaskStatus::Open), date}},
            {&StoreStatistics::staff,
             "SELECT count(*) FROM staff_user WHERE deleted = 0 AND active = 1", {}},
            {&StoreStatistics::pendingSyncChanges,
             "SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL", {}},
            {&StoreStatistics::auditEntries, "SELECT count(*) FROM audit_log", {}}};
    for (const Count &figure : counts) {
        const Result<qint64> n = count(QString::fromLatin1(figure.sql), figure.values);
        if (!n)
            return n.error();
        s.*figure.figure = *n;
    }
    if (Result<> tiers = countGrouped(QStringLiteral("SELECT tier, count(*) FROM customer "
                                                     "WHERE deleted = 0 GROUP BY tier"),
                                      s.customersByTier);
        !tiers)
        return tiers.error();
    if (Result<> roles = countGrouped(QStringLiteral("SELECT role, count(*) FROM staff_user "
                                                     "WHERE deleted = 0 AND active = 1 "
                                                     "GROUP BY role"),
                                      s.staffByRole);
        !roles)
        return roles.error();
    return s;
}

} // namespace bd
