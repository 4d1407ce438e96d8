#pragma once

#include "app/domain/Result.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace bd {

class Store;

// Counts over the local store for operations (`branchdesk-admin stats`, demo summaries).
// Only counts: no personal data leaves here.
struct StoreStatistics
{
    int schemaVersion = 0;
    qint64 fileSizeBytes = 0; // the database file plus its write-ahead log
    qint64 branches = 0;
    qint64 customers = 0;
    QMap<QString, qint64> customersByTier; // tier code -> live customers, every tier present
    qint64 holdings = 0;
    qint64 transactions = 0;
    qint64 events = 0;
    qint64 interactions = 0;
    qint64 lobbyVisitsToday = 0;
    qint64 openReferrals = 0;
    qint64 openCallTasks = 0;
    qint64 careTasksDue = 0; // open and due today or earlier
    qint64 staff = 0;
    QMap<QString, qint64> staffByRole; // role code -> active staff, every role present
    qint64 pendingSyncChanges = 0;
    qint64 auditEntries = 0;
};

class StatisticsRepository
{
public:
    explicit StatisticsRepository(Store &store);

    // "Today" is the local calendar day given (the workstation's today by default).
    Result<StoreStatistics> collect(const QDate &today = QDate::currentDate()) const;

private:
    Result<qint64> count(const QString &sql, const QVariantList &values) const;
    Result<> countGrouped(const QString &sql, QMap<QString, qint64> &result) const;

    Store &m_store;
};

} // namespace bd
