#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <array>
#include <functional>

namespace bd {

class SqlQuery;
class Store;

// Read models for the role workspaces of the workstation: what each desk shows, in one
// query each, with bound values only. Rows carry stored codes; the UI labels them.
// Names are unmasked only where the staff member needs them (customer names); phone and
// ID numbers never leave here.

struct LobbyVisitLine
{
    QDateTime enteredAt; // UTC
    QString ticketNo;
    QString customerName; // empty for anonymous walk-ins
    QString description;
    QString valueClass; // vip, potential_vip, ordinary
    QString moment;     // entering, consulting, waiting
    QString businessType;
    QString route;
};

struct ValueClassCounts
{
    int vip = 0;
    int potentialVip = 0;
    int ordinary = 0;
};

struct ReferralLine
{
    QDateTime createdAt; // UTC
    QString customerName;
    QString source; // lobby, teller
    QString form;   // record, referral
    QString referredByName;
    QString referredToName;
    QString status;
    QString reason;
    int checksDone = 0; // of the six must-not-skip points
    QString id;
    QString customerId;
    QString description; // anonymous customer
    QString interest;
    bool escalated = false; // not completed in time: in every manager's queue
    QString referredToId;
    qint64 convertedFen = 0;
    qint64 estimatedFen = 0;
};

struct TellerSessionLine
{
    static constexpr int kSteps = 7;
    QDateTime startedAt; // UTC
    QString customerName;
    QString businessType;
    QString valueClass;
    std::array<bool, kSteps> stepDone{};
    bool referred = false;
    int rating = 0;
    int stepsDone() const;
};

// One line of the wealth manager's "Today": a call task, or a care task that is due.
struct CallTaskLine
{
    QString customerId;
    QString customerName;
    QString tier;
    qint64 aumFen = 0;
    int rankScore = 0;
    QString reason;
    QDate dueOn;
    QString listName;
    QString taskId;
    bool care = false;
    QString careKind;    // care tasks
    QString lastOutcome; // call tasks: the outcome so far (not_reached ...)
    int attempts = 0;
    bool doNotContact = false;
};

struct CareTaskLine
{
    QString customerName;
    QString kind;
    QDate dueOn;
    QString note;
};

// A maturity of a held product or an expected fund arrival: money the manager can win.
struct MoneyArrivalLine
{
    QDate on;
    QString customerName;
    QString source;      // a FundArrivalSource code; 'maturity' for held products
    QString productName; // for maturities
    qint64 amountFen = 0;
};

struct BookFigures
{
    int customers = 0;
    qint64 aumFen = 0;
};

struct StaffFigureLine
{
    QString username;
    QString displayName;
    QString role;
    int customersOwned = 0;
    int openCallTasks = 0;
    int openReferrals = 0; // referred to this person, still open
};

struct BranchFigures
{
    int customers = 0;
    qint64 aumFen = 0;
    int vipCustomers = 0;
    int openReferrals = 0;
    int visitsToday = 0;
};

struct AuditLine
{
    qint64 seq = 0;
    QDateTime occurredAt; // UTC
    QString actorName;
    QString action;
    QString entity;
};

struct StoreFigures
{
    int schemaVersion = 0;
    qint64 fileBytes = 0;
    int pendingChanges = 0; // sync outbox entries not yet pushed
    int auditEntries = 0;
};

class WorkspaceQueries
{
public:
    explicit WorkspaceQueries(Store &store);

    // Lobby manager
    QList<LobbyVisitLine> lobbyVisits(const QString &branchId, const QDate &day) const;
    ValueClassCounts visitCounts(const QString &branchId, const QDate &day) const;
    QList<ReferralLine> openReferrals(const QString &branchId) const;
    // A wealth manager's inbox: open referrals to them, unassigned or escalated ones.
    QList<ReferralLine> referralInbox(const QString &managerId, const QString &branchId) const;
    int newReferralCount(const QString &managerId) const; // 'logged' ones: the badge
    QList<ReferralLine> escalatedReferrals(const QString &branchId) const;

    // Teller
    QList<TellerSessionLine> tellerSessions(const QString &tellerId, const QDate &day) const;
    QList<ReferralLine> referralsMadeBy(const QString &staffId, const QDate &day) const;

    // Wealth manager
    QList<CallTaskLine> openCallTasks(const QString &staffId, int limit = 200) const;
    QList<CareTaskLine> careTasksDue(const QString &staffId, const QDate &until) const;
    QList<MoneyArrivalLine> moneyArriving(const QString &managerId, const QDate &from,
                                          const QDate &until) const;
    BookFigures bookFigures(const QString &managerId) const;
    // Earliest active maturity on or after `from` per customer of this manager.
    QHash<QString, QDate> nextMaturities(const QString &managerId, const QDate &from) const;

    // Branch head
    QList<StaffFigureLine> staffFigures(const QString &branchId) const;
    BranchFigures branchFigures(const QString &branchId, const QDate &day) const;
    QMap<QString, int> customersPerTier(const QString &branchId) const; // tier code -> count

    // Administrator
    StoreFigures storeFigures() const;
    QList<AuditLine> latestAudit(int limit = 50) const;

private:
    void run(const QString &sql, const QVariantList &values,
             const std::function<void(const SqlQuery &)> &eachRow) const;
    int count(const QString &sql, const QVariantList &values) const;

    Store &m_store;
};

} // namespace bd
