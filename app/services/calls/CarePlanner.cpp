#include "app/services/calls/CarePlanner.h"

#include "app/domain/Money.h"
#include "app/services/core/AuditTrail.h"
#include "database/calls/BirthdayBook.h"
#include "database/calls/CallQueries.h"
#include "database/calls/CarePlanMark.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <algorithm>

namespace bd {

namespace {
// The birthday of `birth` in `year` (29 February becomes the 28th in other years).
QDate birthdayIn(const QDate &birth, int year)
{
    const QDate day(year, birth.month(), birth.day());
    return day.isValid() ? day : QDate(year, birth.month(), 28);
}
} // namespace

CarePlanner::CarePlanner(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

CarePlanner::Report CarePlanner::planMine()
{
    if (!m_session.can(Permission::LogInteraction)) {
        Report report;
        report.problem = m_session.refusal(Permission::LogInteraction);
        return report;
    }
    return plan(m_session.user.id);
}

CarePlanner::Report CarePlanner::planBranch()
{
    if (!m_session.can(Permission::AssignCallLists)) {
        Report report;
        report.problem = m_session.refusal(Permission::AssignCallLists);
        return report;
    }
    return plan({});
}

// The book's walk for birthdays is nearly all of a book's first plan: it spans 5..70 %. The
// window's maturities tell each day read (70..85 %: a point a day) and the writes tell as
// they go (85..100 %; a book's first plan seals and keeps every birth date it opened, 4-5 s
// at 1M on a busy desk: 10 points): each stood still 1.6-2.7 s at 1M customers, and a line
// that stands still that long reads as a hang (issue #15, docs/BENCHMARKS.md).
namespace {
constexpr int kBirthdaysFrom = 5;
constexpr int kBirthdaysTo = 70;
constexpr int kMaturitiesRead = 85;
constexpr int kBirthdaysKept = 95; // the opened birth dates sealed and kept
constexpr int kTasksWritten = 99;
} // namespace

void CarePlanner::tell(int percent)
{
    if (!m_progress || percent == m_told)
        return;
    m_told = percent;
    m_progress(percent);
}

CarePlanner::Report CarePlanner::plan(const QString &managerId)
{
    Report report;
    const QDate today = localToday(m_clock);
    const QString at = SqlTime::timestamp(m_clock());
    const QString branchId = m_session.branch.id;
    // Who needs a step is read before the write transaction: the reads walk the manager's
    // book (every birth date opened, at 1M customers seconds on a busy desk), and BEGIN
    // IMMEDIATE would hold the write lock all that while, so the window's own writes and the
    // background passes waited past their busy timeout ("database is locked", issue #15).
    // What another writer adds meanwhile is seen by the exists() check inside.
    BirthdayBook birthdayBook(m_store);
    // A second sign-in the same day with nothing new on the desk would make nothing: the
    // book is not read again.
    CarePlanMark mark(m_store);
    const Result<CarePlanMark::Stand> before = mark.now(today, birthdayBook.opensDates());
    if (before && mark.isPlanned(branchId, managerId, *before)) {
        report.ok = true;
        report.upToDate = true;
        return report;
    }
    tell(0);
    const CallQueries queries(m_store);
    const QList<CarePlanCustomer> opened
            = queries.openedSince(branchId, managerId, today.addDays(-kNewCustomerDays));
    // Birth dates open from what earlier plans kept (BirthdayBook): a microsecond each
    // instead of an X25519 box each (~5 s for a 1M branch's largest book).
    tell(kBirthdaysFrom);
    const BirthdayBook::Window birthdays = birthdayBook.between(
            branchId, managerId, today, today.addDays(kBirthdayLeadDays),
            [this](qint64 done, qint64 total) {
                tell(kBirthdaysFrom + int((kBirthdaysTo - kBirthdaysFrom) * done / std::max<qint64>(total, 1)));
            });
    const QList<MaturityDue> maturing = queries.maturities(
            branchId, managerId, today, today.addDays(kMaturityWindowDays),
            [this](qint64 done, qint64 days) {
                tell(kBirthdaysTo + int((kMaturitiesRead - kBirthdaysTo) * done / std::max<qint64>(days, 1)));
            });
    Transaction transaction(m_store.database());
    // The stand the reads saw, unless another writer came in between them and this write
    // lock: then no mark is kept and the next plan reads the book again.
    const Result<CarePlanMark::Stand> atWrite = mark.now(today, before ? before->birthdays : false);
    const bool marks = before && atWrite && *atWrite == *before;
    CareTaskRepository tasks(m_store);
    Result<> saved = birthdayBook.remember(birthdays, [this](qint64 done, qint64 total) {
        tell(kMaturitiesRead + int((kBirthdaysKept - kMaturitiesRead) * done / std::max<qint64>(total, 1)));
    });
    tell(kBirthdaysKept);
    // Each customer step looked at moves the line (at most three per new customer).
    const qint64 steps = std::max<qint64>(
            1, 3 * opened.size() + birthdays.customers.size() + maturing.size());
    qint64 stepped = 0;
    // A task of `kind` due on dueOn unless one exists: of that kind at all (existsFrom
    // invalid), or due between existsFrom and existsUntil.
    auto ensure = [&](const QString &customerId, const QString &staffId, const QString &kind,
                      const QDate &dueOn, const QDate &existsFrom, const QDate &existsUntil,
                      const QString &note, int &counter) {
        tell(kBirthdaysKept + int((kTasksWritten - kBirthdaysKept) * ++stepped / steps));
        if (!saved)
            return;
        if (staffId.isEmpty()) {
            ++report.withoutManager;
            return;
        }
        const Result<bool> exists = tasks.exists(customerId, kind, existsFrom, existsUntil);
        if (!exists) {
            saved = exists.error();
            return;
        }
        if (*exists)
            return;
        CareTaskRecord task{{}, customerId, staffId, kind, dueOn, CareTaskStatus::Open, note, 1};
        saved = tasks.insert(task, at);
        if (saved)
            ++counter;
    };

    // The new-customer flow: each step while its window lasts.
    const auto stillOpen = [&today](const QDate &due, int graceDays) {
        return today <= due.addDays(graceDays);
    };
    for (const CarePlanCustomer &c : opened) {
        if (stillOpen(c.openedOn, kStepGraceDays))
            ensure(c.customerId, c.managerId, QStringLiteral("welcome_day0"), c.openedOn, {}, {}, {},
                   report.welcome);
        if (stillOpen(c.openedOn.addDays(14), kStepGraceDays))
            ensure(c.customerId, c.managerId, QStringLiteral("care_sms_2w"), c.openedOn.addDays(14), {},
                   {}, {}, report.careSms);
        if (!c.hasFinalKyc && stillOpen(c.openedOn.addDays(kNewCustomerDays), 0))
            ensure(c.customerId, c.managerId, QStringLiteral("kyc_90d"),
                   c.openedOn.addDays(kNewCustomerDays), {}, {}, {}, report.kyc);
    }
    for (const CarePlanCustomer &c : birthdays.customers) {
        QDate day = birthdayIn(c.birthDate, today.year());
        if (day < today)
            day = birthdayIn(c.birthDate, today.year() + 1); // the window wrapped the year
        ensure(c.customerId, c.managerId, QStringLiteral("birthday"), day, day, day, {},
               report.birthdays);
    }
    for (const MaturityDue &m : maturing) {
        const QString note = tr("%1 maturing on %2: %3")
                                     .arg(m.amount.toDisplayString(),
                                          SqlTime::date(m.on), m.products);
        const QDate lead = m.on.addDays(-kMaturityLeadDays);
        ensure(m.customerId, m.managerId, QStringLiteral("maturity"), std::max(lead, today), lead,
               m.on, note, report.maturities);
    }
    if (!saved) {
        report.problem = tr("The care plan could not be saved: %1").arg(saved.errorString());
        return report;
    }
    if (report.created() > 0
        && !AuditTrail(m_store).record(&m_session, QStringLiteral("care_plan_run"), QStringLiteral("care_task"), {},
                                       {{QStringLiteral("welcome"), report.welcome},
                                        {QStringLiteral("care_sms"), report.careSms},
                                        {QStringLiteral("kyc"), report.kyc},
                                        {QStringLiteral("birthdays"), report.birthdays},
                                        {QStringLiteral("maturities"), report.maturities}})) {
        report.problem = tr("The care plan could not be saved: %1").arg(QString());
        return report;
    }
    if (marks) {
        // After the writes: the plan's own care tasks are changes of this desk too.
        const Result<CarePlanMark::Stand> after = mark.now(today, before->birthdays);
        const Result<> kept = after ? mark.keep(branchId, managerId, *after) : Result<>(after.error());
        if (!kept) {
            report.problem = tr("The care plan could not be saved: %1").arg(kept.errorString());
            return report;
        }
    }
    if (const Result<> committed = transaction.commit(); !committed) {
        report.problem = tr("The care plan could not be saved: %1").arg(committed.errorString());
        return report;
    }
    tell(100);
    report.ok = true;
    return report;
}

} // namespace bd
