#include "app/services/calls/CallListMaker.h"

#include "app/services/calls/CallScoring.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/core/AuditTrail.h"
#include "database/calls/CallListRepository.h"
#include "database/calls/CallQueries.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/staff/StaffRepository.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace bd {

struct CallListMaker::Plan
{
    struct Task
    {
        QString customerId;
        QString managerId;
        CallScoring::Score score;
        QStringList overridden; // rules overridden for this customer
    };
    QList<Task> tasks;
    QList<Exclusion> excluded;
};

CallListMaker::CallListMaker(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

QString CallListMaker::validate(const Request &request) const
{
    if (!m_session.can(Permission::AssignCallLists))
        return m_session.refusal(Permission::AssignCallLists);
    if (request.name.trimmed().isEmpty())
        return tr("Give the call list a name.");
    if (request.customerIds.isEmpty())
        return tr("The call list has no customers.");
    if (!request.startsOn.isValid() || !request.endsOn.isValid() || request.endsOn < request.startsOn)
        return tr("The call list needs a validity period that ends on or after its start.");
    if (request.mode != QLatin1String("list") && request.mode != QLatin1String("owner"))
        return tr("Choose list mode or owner mode.");
    if (request.mode == QLatin1String("list")) {
        if (request.managerIds.isEmpty())
            return tr("Choose at least one wealth manager for the list.");
        QSet<QString> known;
        for (const StaffChoice &staff : CallQueries(m_store).wealthManagers(m_session.branch.id))
            known.insert(staff.id);
        for (const QString &id : request.managerIds) {
            if (known.contains(id))
                continue;
            // Said as a colleague would: by name, never by the stored id (issue 15 F12).
            if (const std::optional<StaffUser> staff = StaffRepository(m_store).byId(id))
                return tr("%1 is not a wealth manager of this branch.").arg(staff->displayName);
            return tr("One of the wealth managers chosen is not a wealth manager of this branch "
                      "any more: choose the managers again.");
        }
    }
    if (!request.overrideCustomerIds.isEmpty() && request.overrideReason.trimmed().isEmpty())
        return tr("Say why the contact rules are overridden for the chosen customers.");
    return {};
}

CallListMaker::Plan CallListMaker::plan(const Request &request, bool scored) const
{
    Plan plan;
    const CallQueries queries(m_store);
    const ContactPolicy policy(ContactRules::load(m_store), m_clock);
    const QDate today = localToday(m_clock);
    const QDate periodStart = policy.periodStart();
    const QSet<QString> overrides(request.overrideCustomerIds.cbegin(), request.overrideCustomerIds.cend());
    // Read once for the whole list: one statement per customer made a branch-wide list slow.
    const QHash<QString, CustomerContactFacts> allFacts = queries.contactFacts(request.customerIds, periodStart);
    QSet<QString> seen;
    for (const QString &customerId : request.customerIds) {
        if (seen.contains(customerId))
            continue; // listed twice: one task is enough
        seen.insert(customerId);
        const CustomerContactFacts facts = allFacts.value(customerId);
        Exclusion exclusion{CustomerId(customerId), facts.name, {}, {}};
        if (!facts.found || facts.branchId != m_session.branch.id) {
            exclusion.codes << QStringLiteral("unknown_customer");
            exclusion.reason = ContactPolicy::label(exclusion.codes.first());
            plan.excluded << exclusion;
            continue;
        }
        if (request.mode == QLatin1String("owner") && facts.managerId.isEmpty()) {
            exclusion.codes << QStringLiteral("no_manager");
            exclusion.reason = ContactPolicy::label(exclusion.codes.first());
            plan.excluded << exclusion;
            continue;
        }
        const QList<ContactPolicy::Breach> breaches =
                policy.checkTask(facts, ContactPolicy::Purpose::Marketing);
        Plan::Task task{customerId, facts.managerId, {}, {}};
        if (!breaches.isEmpty()) {
            if (!overrides.contains(customerId)) {
                exclusion.codes = ContactPolicy::codes(breaches);
                exclusion.reason = ContactPolicy::messages(breaches);
                plan.excluded << exclusion;
                continue;
            }
            task.overridden = ContactPolicy::codes(breaches);
        }
        plan.tasks << task;
    }
    if (scored) {
        QStringList ids;
        for (const Plan::Task &task : std::as_const(plan.tasks))
            ids << task.customerId;
        const QHash<QString, CallRankingFacts> facts = queries.rankingFacts(ids, today);
        for (Plan::Task &task : plan.tasks) {
            CallScoring::Input input;
            input.facts = facts.value(task.customerId);
            input.kycPercent = CallScoring::kycPercent(input.facts.kycFieldsKnown);
            task.score = CallScoring::score(input, today);
        }
    }
    // List mode: easiest first, dealt round the managers in turn so each gets a fair share
    // of the easy customers and the same number of tasks (±1).
    std::stable_sort(plan.tasks.begin(), plan.tasks.end(), [](const Plan::Task &a, const Plan::Task &b) {
        return a.score.points > b.score.points;
    });
    if (request.mode == QLatin1String("list") && !request.managerIds.isEmpty()) {
        for (int i = 0; i < plan.tasks.size(); ++i)
            plan.tasks[i].managerId = request.managerIds.at(i % request.managerIds.size());
    }
    return plan;
}

QList<CallListMaker::Exclusion> CallListMaker::preview(const Request &request) const
{
    return plan(request, false).excluded;
}

CallListMaker::Result CallListMaker::make(const Request &request, const Progress &progress)
{
    Result result;
    result.refusal = validate(request);
    if (!result.refusal.isEmpty()) {
        if (!m_session.can(Permission::AssignCallLists)) {
            Transaction transaction(m_store.database());
            AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"),
                                       QStringLiteral("call_list"), {},
                                       {{QStringLiteral("permission"),
                                         Permissions::code(Permission::AssignCallLists)}});
            (void)transaction.commit();
        }
        return result;
    }
    Transaction transaction(m_store.database());
    // The same list handed out again (a second click, a retry after a slow first one) gave
    // every customer a second task with the same manager: refused, nothing written twice.
    const bd::Result<QSet<QString>> listed = CallListRepository(m_store).customersOnListLike(
            m_session.branch.id, request.name.trimmed(), request.startsOn, request.endsOn);
    if (!listed) {
        result.refusal = tr("The call list could not be saved: %1").arg(listed.errorString());
        return result;
    }
    const auto again = std::count_if(request.customerIds.cbegin(), request.customerIds.cend(),
                                     [&](const QString &id) { return listed->contains(id); });
    if (again > 0) {
        result.refusal = tr("A call list named \"%1\" for these dates was already handed out "
                            "with %n of these customers on it: they are not given out twice.",
                            nullptr, int(again))
                                 .arg(request.name.trimmed());
        return result;
    }
    const auto stopped = [&] {
        result = {};
        result.stopped = true;
        result.refusal = tr("The hand-out was stopped: no call list was saved.");
        return result;
    };
    if (progress && !progress(0))
        return stopped();
    const Plan plan = this->plan(request, true);
    if (plan.tasks.isEmpty()) {
        // Skipped tasks only would hand the managers a list with nobody to call.
        result.refusal = tr("None of the %1 customers may be called now (contact rules, no "
                            "manager or not of this branch): the list was not handed out.")
                                 .arg(plan.excluded.size());
        result.excluded = plan.excluded;
        return result;
    }
    const QString at = SqlTime::timestamp(m_clock());
    CallListRecord list;
    list.branchId = m_session.branch.id;
    list.name = request.name.trimmed();
    list.purpose = request.purpose.trimmed();
    list.segmentId = request.segmentId;
    list.createdBy = m_session.user.id;
    list.assignedTo = request.mode == QLatin1String("list") && request.managerIds.size() == 1
            ? request.managerIds.first()
            : QString();
    list.startsOn = request.startsOn;
    list.endsOn = request.endsOn;
    list.mode = request.mode;
    list.createdAt = at;
    CallListRepository repository(m_store);
    const auto failed = [&](const QString &error) {
        result = {};
        result.refusal = tr("The call list could not be saved: %1").arg(error);
        return result;
    };
    if (const bd::Result<> inserted = repository.insertList(list); !inserted)
        return failed(inserted.errorString());
    // The bar gives reading and ranking the customers its first tenth, the rows the rest.
    const qsizetype rows = plan.tasks.size() + plan.excluded.size();
    qsizetype written = 0;
    int said = -1;
    const auto wrote = [&] {
        const int percent = 10 + int(90 * ++written / rows);
        if (!progress || percent == said)
            return true;
        said = percent;
        return progress(percent);
    };
    if (progress && !progress(10))
        return stopped();
    QJsonArray overridden;
    for (const Plan::Task &planned : plan.tasks) {
        CallTaskRecord task;
        task.callListId = list.id;
        task.customerId = CustomerId(planned.customerId);
        task.assignedTo = planned.managerId;
        task.rankScore = planned.score.points;
        task.reason = planned.score.summary();
        task.dueOn = request.endsOn;
        if (const bd::Result<> inserted = repository.insertTask(task, at); !inserted)
            return failed(inserted.errorString());
        if (!wrote())
            return stopped();
        result.tasksPerManager[planned.managerId] += 1;
        if (!planned.overridden.isEmpty())
            overridden.append(QJsonObject{{QStringLiteral("customer"), planned.customerId},
                                          {QStringLiteral("rules"), QJsonArray::fromStringList(planned.overridden)}});
    }
    for (const Exclusion &exclusion : plan.excluded) {
        if (!wrote())
            return stopped();
        if (exclusion.codes.contains(QStringLiteral("unknown_customer")))
            continue; // no row to point at
        CallTaskRecord task;
        task.callListId = list.id;
        task.customerId = exclusion.customerId;
        task.dueOn = request.endsOn;
        task.status = CallTaskStatus::Skipped;
        task.excludedReason = exclusion.codes.join(QLatin1Char(','));
        if (const bd::Result<> inserted = repository.insertTask(task, at); !inserted)
            return failed(inserted.errorString());
    }
    AuditTrail audit(m_store);
    bool ok = audit.record(&m_session, QStringLiteral("call_list_created"), QStringLiteral("call_list"),
                           list.id,
                           {{QStringLiteral("mode"), list.mode},
                            {QStringLiteral("tasks"), int(plan.tasks.size())},
                            {QStringLiteral("excluded"), int(plan.excluded.size())},
                            {QStringLiteral("segment"), list.segmentId}});
    if (ok && !overridden.isEmpty())
        ok = audit.record(&m_session, QStringLiteral("contact_rule_override"), QStringLiteral("call_list"),
                          list.id,
                          {{QStringLiteral("reason"), request.overrideReason.trimmed()},
                           {QStringLiteral("customers"), overridden}});
    if (const bd::Result<> saved = ok ? transaction.commit() : Error(QString()); !saved)
        return failed(saved.errorString());
    result.ok = true;
    result.listId = list.id;
    result.tasks = int(plan.tasks.size());
    result.excluded = plan.excluded;
    return result;
}

} // namespace bd
