#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace bd {

class Store;

// Fills a new store with a realistic demo branch, deterministic for a seed: staff of every
// role, customers with valid ID numbers and mobiles, holdings, 12 months of transactions,
// events, interactions with customer voice, KYC, tags, fund arrivals, lobby visits,
// referrals, teller sessions, call lists and care tasks.
// Deterministic for a seed on a given day: dates are relative to today (maturities fall in
// the coming months, visits happen this morning), so the same seed and customer count give
// the same content when run on the same day. Password hashes are salted and so differ.
class DemoBranchGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoBranchGenerator)

public:
    // What the generator is doing, in order.
    enum class Phase { Customers, Today, Lifecycle, Voice, SearchIndex, Saving };

    struct Options
    {
        int customers = 20000;
        quint64 seed = 20261123;
        QString branchCode = QStringLiteral("310101");
        // Called now and then with (customers written, customers in total).
        std::function<void(qint64 done, qint64 total)> progress;
        // Every phase as it goes, so that a million customers are never minutes of silence:
        // (phase, done, total); total 0 for a phase that cannot count (it has started).
        std::function<void(Phase phase, qint64 done, qint64 total)> phaseProgress;
    };
    static QString phaseLabel(Phase phase); // "Building the search index", ...

    struct DemoAccount
    {
        QString username;
        QString password;
        QString role; // StaffRole code
    };

    // Demo sign-ins, shown on the sign-in dialog of a demo database only.
    static QList<DemoAccount> demoAccounts();
    static bool isDemoDatabase(Store &store); // app_setting demo = 1

    // Refuses a store that already has customers. Everything or nothing is written.
    Result<> generate(Store &store, const Options &options);
    qint64 rowsWritten() const { return m_rowsWritten; } // by the last generate(), all tables

private:
    qint64 m_rowsWritten = 0;
};

} // namespace bd
