#include "database/calls/CarePlanMark.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QStringList>

namespace bd {

namespace {
const QChar kSeparator(0x1f);
} // namespace

QString CarePlanMark::Stand::text() const
{
    return QStringList{day.toString(Qt::ISODate), QString::number(localChange),
                       QString::number(cursor), epoch, baseline, QString::number(baselinePage), rows,
                       birthdays ? QStringLiteral("1") : QStringLiteral("0")}
            .join(kSeparator);
}

CarePlanMark::CarePlanMark(Store &store)
    : m_store(store)
{
}

QString CarePlanMark::keyOf(const QString &branchId, const QString &managerId)
{
    return QStringLiteral("care_plan.%1.%2")
            .arg(branchId, managerId.isEmpty() ? QStringLiteral("branch") : managerId);
}

Result<CarePlanMark::Stand> CarePlanMark::now(const QDate &day, bool birthdays) const
{
    Stand stand;
    stand.day = day;
    stand.birthdays = birthdays;
    // AUTOINCREMENT numbers never go back, also when pushed changes are cleared away; no row
    // yet: nothing was ever recorded here.
    SqlQuery last(m_store.database(),
                  QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"));
    if (Result<> ran = last.exec(); !ran)
        return ran.error();
    if (last.next())
        stand.localChange = last.value(0).toLongLong();
    // One seek to the last row of each table (NULL: empty).
    SqlQuery largest(m_store.database(),
                     QStringLiteral("SELECT (SELECT MAX(rowid) FROM customer), "
                                    "(SELECT MAX(rowid) FROM holding), "
                                    "(SELECT MAX(rowid) FROM care_task), "
                                    "(SELECT MAX(rowid) FROM kyc_session)"));
    if (Result<> ran = largest.exec(); !ran)
        return ran.error();
    if (largest.next()) {
        QStringList numbers;
        for (int i = 0; i < 4; ++i)
            numbers << QString::number(largest.value(i).toLongLong());
        stand.rows = numbers.join(QLatin1Char('/'));
    }
    const SyncState sync(m_store);
    stand.cursor = sync.cursor();
    stand.epoch = sync.epoch();
    stand.baseline = sync.baselineId();
    stand.baselinePage = sync.baselinePage();
    return stand;
}

bool CarePlanMark::isPlanned(const QString &branchId, const QString &managerId,
                             const Stand &stand) const
{
    SqlQuery kept(m_store.database(),
                  QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    kept.bind(keyOf(branchId, managerId));
    return kept.exec() && kept.next() && kept.value(0).toString() == stand.text();
}

Result<> CarePlanMark::keep(const QString &branchId, const QString &managerId,
                            const Stand &stand)
{
    SqlQuery q(m_store.database(),
               QStringLiteral("INSERT INTO app_setting(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(keyOf(branchId, managerId));
    q.bind(stand.text());
    return q.exec();
}

} // namespace bd
