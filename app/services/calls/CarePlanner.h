#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;

// Turns the care plan into care tasks: the new-customer 90-day flow (welcome on the day of
// opening, a care SMS within two weeks, KYC within 90 days), birthday greetings a week
// ahead and maturity follow-ups a week before the money frees up. Idempotent: run it at
// sign-in, daily and after customers are added; a task that exists (in any state) is never
// made again.
class CarePlanner
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanner)

public:
    static constexpr int kNewCustomerDays = 90;
    static constexpr int kBirthdayLeadDays = 7;
    static constexpr int kMaturityLeadDays = 7;
    static constexpr int kMaturityWindowDays = 14;

    CarePlanner(Store &store, const Session &session, CallClock clock = systemCallClock());

    struct Report
    {
        bool ok = false;
        QString problem; // translated
        int welcome = 0;
        int careSms = 0;
        int kyc = 0;
        int birthdays = 0;
        int maturities = 0;
        int withoutManager = 0; // customers with nobody to care for them
        int created() const { return welcome + careSms + kyc + birthdays + maturities; }
    };

    // The signed-in manager's own customers; a branch head (AssignCallLists) plans the branch.
    Report planMine();
    Report planBranch();

private:
    Report plan(const QString &managerId);

    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
