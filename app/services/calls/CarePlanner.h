#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bd {

class Store;

// Turns the care plan into care tasks: the new-customer 90-day flow (welcome on the day of
// opening, a care SMS within two weeks, KYC within 90 days), birthday greetings a week
// ahead and maturity follow-ups a week before the money frees up. Idempotent: run it at
// sign-in, daily and after customers are added; a task that exists (in any state) is never
// made again. A step whose window has passed is not made at all: no welcome call for an
// account opened weeks ago, no 90-day KYC after day 90; a maturity follow-up found late is
// due today (not back-dated), and counts as made for that maturity whatever day it is due.
// The demo generator (DemoCustomerFollowUp.cpp) writes exactly these tasks.
class CarePlanner
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanner)

public:
    static constexpr int kNewCustomerDays = 90;
    static constexpr int kBirthdayLeadDays = 7;
    static constexpr int kMaturityLeadDays = 7;
    static constexpr int kMaturityWindowDays = 14;
    // How long after its day a welcome call or care message is still worth making.
    static constexpr int kStepGraceDays = 7;

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
        // Nothing reached the desk since the book's last plan that day: nothing was read
        // (CarePlanMark).
        bool upToDate = false;
        int created() const { return welcome + careSms + kyc + birthdays + maturities; }
    };

    // How far a plan that reads the book is, 0..100, on the planning thread; a plan that finds
    // the book planned already (Report::upToDate) tells nothing. The first plan of a book
    // opens every birth date once (~19.5 s for a 1M branch's largest book, issue #15).
    using Progress = std::function<void(int percent)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The signed-in manager's own customers; a branch head (AssignCallLists) plans the branch.
    Report planMine();
    Report planBranch();

private:
    Report plan(const QString &managerId);
    void tell(int percent);

    Store &m_store;
    Session m_session;
    CallClock m_clock;
    Progress m_progress;
    int m_told = -1; // the last percentage told: each is told once
};

} // namespace bd
