#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"
#include "database/calls/LifecycleFactsQuery.h" // LifecycleFacts, for older includers

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <QVariantList>

#include <functional>

namespace bd {

class SqlQuery;
class Store;

// What the contact rules need to know about one customer.
struct CustomerContactFacts
{
    bool found = false;
    QString branchId;
    QString name;
    QString managerId;
    bool doNotContact = false;
    bool marketingConsent = false;
    int marketingContactsInPeriod = 0; // outbound marketing contacts since the period start
};

// What the "easiest to close now" score is computed from (CallScoring).
struct CallRankingFacts
{
    QDate moneyOn;            // the nearest maturity or expected arrival from today-7 on
    Money money;
    QMap<QString, QDate> browsedOn; // browse_* event kind -> latest day (last 30 days)
    QDate consultedOn;        // latest consultation (last 30 days)
    QDate lastContactOn;      // latest interaction of any kind
    // The latest contact's outcome; none also when it is one this build does not know (a
    // newer version wrote it): no intent is read from an outcome the desk cannot name.
    std::optional<ContactOutcome> lastOutcome;
    QDate lastOutcomeOn;
    QDate followUpOn;         // next follow-up of the latest contact
    int kycFieldsKnown = 0;   // kyc_field rows: the customer's current KYC file
    int householdMembers = 1; // the customer's household (issue #20); 1: on their own
    Money householdAum;
};

// One open task of the manager's day, before ranking.
struct DayTaskRow
{
    QString taskId;
    bool care = false;        // a care task, else a call task
    CustomerId customerId;
    QString customerName;
    QString tier;
    Money aum;
    QDate dueOn;
    QString listName;         // call tasks
    QString careKind;         // care tasks
    QString note;
    QString lastOutcome;      // call task outcome so far (not_reached ...)
    int attempts = 0;
    bool doNotContact = false;
    bool marketingConsent = false;
};

// A call list with its batch quality, for the branch head.
struct CallListSummary
{
    QString id;
    QString name;
    QString mode;
    QDate startsOn;
    QDate endsOn;
    QString managers;   // display names, comma separated
    int tasks = 0;      // made (not excluded)
    int excluded = 0;
    int open = 0;
    int reached = 0;    // any answered call: reached, interested, refused, appointment
    int notReached = 0;
    int interested = 0; // interested or appointment
    int refused = 0;
    int appointments = 0;
};

struct StaffChoice
{
    QString id;
    QString displayName;
};

// Care-plan candidates.
struct CarePlanCustomer
{
    QString customerId;
    QString managerId;
    QDate openedOn;
    QDate birthDate;
    bool hasFinalKyc = false;
};

struct MaturityDue
{
    QString customerId;
    QString managerId;
    QDate on;
    QString products; // product names, "; " separated
    Money amount;
};

// Reads of the calls area, with bound values only. Names are shown to the staff who work
// the lists; phone and ID numbers never leave here.
class CallQueries
{
public:
    explicit CallQueries(Store &store);

    CustomerContactFacts contactFacts(const CustomerId &customerId, const QDate &periodStart) const;
    // The same for many customers in one statement (a call list for a whole branch).
    QHash<QString, CustomerContactFacts> contactFacts(const QStringList &customerIds,
                                                      const QDate &periodStart) const;
    CallRankingFacts rankingFacts(const CustomerId &customerId, const QDate &today) const;
    // The same for many customers in one statement (the manager's day).
    QHash<QString, CallRankingFacts> rankingFacts(const QStringList &customerIds, const QDate &today) const;
    // The manager's open call tasks workable today (list running, follow-up date reached).
    QList<DayTaskRow> openCallTasks(const QString &staffId, const QDate &today) const;
    QList<DayTaskRow> dueCareTasks(const QString &staffId, const QDate &until) const;
    QList<CallListSummary> callLists(const QString &branchId) const;
    QList<StaffChoice> wealthManagers(const QString &branchId) const;

    // Care planning; managerId empty: the whole branch.
    QList<CarePlanCustomer> openedSince(const QString &branchId, const QString &managerId,
                                        const QDate &since) const;
    // Birthdays: BirthdayBook.
    // Per customer and day (customers in id order, each one's days in order). `progress`
    // (days of the window read, of how many) as the holdings come in by day: the largest
    // book's read took 1.6-2.2 s at 1M customers on a busy desk.
    using DaysRead = std::function<void(qint64 done, qint64 days)>;
    QList<MaturityDue> maturities(const QString &branchId, const QString &managerId,
                                  const QDate &from, const QDate &until,
                                  const DaysRead &progress = {}) const;

private:
    void run(const QString &sql, const QVariantList &values,
             const std::function<void(const SqlQuery &)> &eachRow) const;

    Store &m_store;
};

} // namespace bd
