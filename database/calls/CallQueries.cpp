#include "database/calls/CallQueries.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bd {

namespace {
// Many customers' ids bound as one JSON array, read back with json_each.
QString jsonIds(const QStringList &customerIds)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(customerIds)).toJson(QJsonDocument::Compact));
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// Which customers: one manager's (the manager_id indexes lead) or the whole branch's. Fixed
// SQL text; only the bound value differs.
QString scope(const QString &managerId)
{
    return managerId.isEmpty() ? QStringLiteral(" AND c.branch_id = ? ")
                               : QStringLiteral(" AND c.manager_id = ? ");
}

QVariant scopeValue(const QString &branchId, const QString &managerId)
{
    return managerId.isEmpty() ? branchId : managerId;
}

DayTaskRow callTaskFrom(const SqlQuery &q)
{
    DayTaskRow row;
    row.taskId = q.value(0).toString();
    row.customerId = CustomerId(q.value(1).toString());
    row.customerName = q.value(2).toString();
    row.tier = q.value(3).toString();
    row.aum = Money::fromFen(q.value(4).toLongLong());
    row.dueOn = dateOf(q.value(5));
    row.listName = q.value(6).toString();
    row.lastOutcome = q.value(7).toString();
    row.attempts = q.value(8).toInt();
    row.doNotContact = q.value(9).toInt() == 1;
    row.marketingConsent = q.value(10).toInt() == 1;
    return row;
}
} // namespace

CallQueries::CallQueries(Store &store)
    : m_store(store)
{
}

void CallQueries::run(const QString &sql, const QVariantList &values,
                      const std::function<void(const SqlQuery &)> &eachRow) const
{
    SqlQuery::selectEach(m_store.database(), sql, values, eachRow);
}

CustomerContactFacts CallQueries::contactFacts(const CustomerId &customerId,
                                               const QDate &periodStart) const
{
    return contactFacts(QStringList{customerId.toString()}, periodStart).value(customerId.toString());
}

QHash<QString, CustomerContactFacts> CallQueries::contactFacts(const QStringList &customerIds,
                                                               const QDate &periodStart) const
{
    QHash<QString, CustomerContactFacts> all;
    if (customerIds.isEmpty())
        return all;
    // One statement for the whole list (a call list of a branch's 20,000 customers ran one
    // statement per customer); the ids travel as one bound JSON array. Ids not found (or
    // deleted) are absent from the answer, so their facts read as not found.
    const QString ids = jsonIds(customerIds);
    run(QStringLiteral(R"(
        SELECT c.id, c.branch_id, c.name, COALESCE(c.manager_id, ''), c.do_not_contact,
               c.marketing_consent,
               (SELECT COUNT(*) FROM interaction i WHERE i.customer_id = c.id AND i.deleted = 0
                  AND i.voided_at IS NULL AND i.contact_kind = 'marketing' AND i.channel IN ('phone', 'sms', 'wechat')
                  AND i.occurred_at >= ?)
        FROM customer c WHERE c.id IN (SELECT j.value FROM json_each(?) j) AND c.deleted = 0)"),
        {SqlTime::localDayStart(periodStart), ids}, [&](const SqlQuery &q) {
            CustomerContactFacts facts;
            facts.found = true;
            facts.branchId = q.value(1).toString();
            facts.name = q.value(2).toString();
            facts.managerId = q.value(3).toString();
            facts.doNotContact = q.value(4).toInt() == 1;
            facts.marketingConsent = q.value(5).toInt() == 1;
            facts.marketingContactsInPeriod = q.value(6).toInt();
            all.insert(q.value(0).toString(), facts);
        });
    return all;
}

CallRankingFacts CallQueries::rankingFacts(const CustomerId &customerId, const QDate &today) const
{
    return rankingFacts(QStringList{customerId.toString()}, today).value(customerId.toString());
}

QHash<QString, CallRankingFacts> CallQueries::rankingFacts(const QStringList &customerIds,
                                                           const QDate &today) const
{
    QHash<QString, CallRankingFacts> all;
    if (customerIds.isEmpty())
        return all;
    // One row per customer; the ids travel as one bound JSON array.
    const QString ids = jsonIds(customerIds);
    const QString moneyFrom = SqlTime::date(today.addDays(-7));
    const QString eventsFrom = SqlTime::localDayStart(today.addDays(-30));
    // The states selected on are bound from WorkStates' codes, not spelt in the SQL: the one
    // mapping stays the only place that knows how a state is stored (so below too).
    const QString active = WorkStates::code(HoldingStatus::Active);
    run(QStringLiteral(R"(
        SELECT m.id, m.money_on,
               (SELECT SUM(amount) FROM (
                    SELECT h.amount_fen AS amount FROM holding h
                    WHERE h.customer_id = m.id AND h.status = ? AND h.deleted = 0
                      AND h.product_family <> 'loan' AND h.maturity_date = m.money_on
                    UNION ALL
                    SELECT f.amount_fen FROM fund_arrival f
                    WHERE f.customer_id = m.id AND f.status = 'expected' AND f.deleted = 0
                      AND f.expected_on = m.money_on
                      -- the arrival record of a maturing holding is that holding's money
                      AND NOT (f.source = 'maturity' AND EXISTS (
                          SELECT 1 FROM holding h2
                          WHERE h2.customer_id = m.id AND h2.status = ?
                            AND h2.deleted = 0 AND h2.product_family <> 'loan'
                            AND h2.maturity_date = f.expected_on)))),
               (SELECT GROUP_CONCAT(kind || '=' || latest, ';') FROM (
                    SELECT e.kind AS kind, MAX(e.occurred_at) AS latest FROM customer_event e
                    WHERE e.customer_id = m.id AND e.occurred_at >= ?
                      AND e.kind IN ('browse_fund', 'browse_insurance', 'browse_precious_metal',
                                     'consultation')
                    GROUP BY e.kind)),
               (SELECT i.occurred_at || '|' || COALESCE(i.next_follow_up, '') FROM interaction i
                WHERE i.customer_id = m.id AND i.deleted = 0 AND i.voided_at IS NULL ORDER BY i.occurred_at DESC LIMIT 1),
               (SELECT i.occurred_at || '|' || i.outcome FROM interaction i
                WHERE i.customer_id = m.id AND i.deleted = 0 AND i.voided_at IS NULL
                  AND i.outcome IS NOT NULL
                ORDER BY i.occurred_at DESC LIMIT 1),
               (SELECT COUNT(*) FROM kyc_field k WHERE k.customer_id = m.id AND k.deleted = 0),
               (SELECT COUNT(*) || '|' || COALESCE(SUM(hc.aum_fen), 0) FROM household_member me
                JOIN household h ON h.id = me.household_id AND h.deleted = 0
                JOIN household_member hm ON hm.household_id = me.household_id AND hm.deleted = 0
                JOIN customer hc ON hc.id = hm.customer_id AND hc.deleted = 0
                WHERE me.id = m.id AND me.deleted = 0)
        FROM (SELECT j.value AS id,
                     (SELECT MIN(d) FROM (
                          SELECT h.maturity_date AS d FROM holding h
                          WHERE h.customer_id = j.value AND h.status = ? AND h.deleted = 0
                            AND h.product_family <> 'loan' AND h.maturity_date >= ?
                          UNION ALL
                          SELECT f.expected_on FROM fund_arrival f
                          WHERE f.customer_id = j.value AND f.status = 'expected'
                            AND f.deleted = 0 AND f.expected_on >= ?)) AS money_on
              FROM json_each(?) j) m)"),
        {active, active, eventsFrom, active, moneyFrom, moneyFrom, ids}, [&](const SqlQuery &q) {
            CallRankingFacts facts;
            facts.moneyOn = dateOf(q.value(1));
            facts.money = Money::fromFen(q.value(2).toLongLong());
            const QStringList events = q.value(3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &event : events) {
                const QString kind = event.section(QLatin1Char('='), 0, 0);
                const QDate on = SqlTime::parseTimestamp(event.section(QLatin1Char('='), 1)).toLocalTime().date();
                if (kind == QLatin1String("consultation"))
                    facts.consultedOn = on;
                else
                    facts.browsedOn.insert(kind, on);
            }
            const QString last = q.value(4).toString();
            if (!last.isEmpty()) {
                facts.lastContactOn = SqlTime::parseTimestamp(last.section(QLatin1Char('|'), 0, 0))
                                              .toLocalTime().date();
                facts.followUpOn = dateOf(last.section(QLatin1Char('|'), 1));
            }
            const QString outcome = q.value(5).toString();
            if (!outcome.isEmpty()) {
                facts.lastOutcomeOn = SqlTime::parseTimestamp(outcome.section(QLatin1Char('|'), 0, 0))
                                              .toLocalTime().date();
                facts.lastOutcome = WorkStates::contactOutcome(outcome.section(QLatin1Char('|'), 1));
            }
            facts.kycFieldsKnown = q.value(6).toInt();
            const QString household = q.value(7).toString();
            if (household.section(QLatin1Char('|'), 0, 0).toInt() >= 2) {
                facts.householdMembers = household.section(QLatin1Char('|'), 0, 0).toInt();
                facts.householdAum
                        = Money::fromFen(household.section(QLatin1Char('|'), 1).toLongLong());
            }
            all.insert(q.value(0).toString(), facts);
        });
    return all;
}

QList<DayTaskRow> CallQueries::openCallTasks(const QString &staffId, const QDate &today) const
{
    QList<DayTaskRow> rows;
    const QString day = SqlTime::date(today);
    run(QStringLiteral(R"(
        SELECT t.id, t.customer_id, c.name, c.tier, c.aum_fen, t.due_on, l.name,
               COALESCE(t.outcome, ''), t.attempts, c.do_not_contact, c.marketing_consent
        FROM call_task t
        JOIN customer c ON c.id = t.customer_id
        JOIN call_list l ON l.id = t.call_list_id
        WHERE t.assigned_to = ? AND t.status = ? AND t.deleted = 0 AND l.deleted = 0
          AND l.starts_on <= ? AND l.ends_on >= ?
          AND (t.next_attempt_on IS NULL OR t.next_attempt_on <= ?)
        ORDER BY t.rank_score DESC, t.due_on LIMIT 500)"),
        {staffId, WorkStates::code(CallTaskStatus::Open), day, day, day},
        [&](const SqlQuery &q) { rows.append(callTaskFrom(q)); });
    return rows;
}

QList<DayTaskRow> CallQueries::dueCareTasks(const QString &staffId, const QDate &until) const
{
    QList<DayTaskRow> rows;
    run(QStringLiteral(R"(
        SELECT k.id, k.customer_id, c.name, c.tier, c.aum_fen, k.due_on, k.kind, k.note,
               c.do_not_contact, c.marketing_consent
        FROM care_task k JOIN customer c ON c.id = k.customer_id
        WHERE k.staff_id = ? AND k.status = ? AND k.due_on <= ? AND k.deleted = 0
        ORDER BY k.due_on LIMIT 500)"),
        {staffId, WorkStates::code(CareTaskStatus::Open), SqlTime::date(until)},
        [&](const SqlQuery &q) {
            DayTaskRow row;
            row.care = true;
            row.taskId = q.value(0).toString();
            row.customerId = CustomerId(q.value(1).toString());
            row.customerName = q.value(2).toString();
            row.tier = q.value(3).toString();
            row.aum = Money::fromFen(q.value(4).toLongLong());
            row.dueOn = dateOf(q.value(5));
            row.careKind = q.value(6).toString();
            row.note = SensitiveColumns::open(m_store, q.value(7));
            row.doNotContact = q.value(8).toInt() == 1;
            row.marketingConsent = q.value(9).toInt() == 1;
            rows.append(row);
        });
    return rows;
}

QList<CallListSummary> CallQueries::callLists(const QString &branchId) const
{
    QList<CallListSummary> lists;
    using WorkStates::code; // the states counted, bound from their codes
    const QString skipped = code(CallTaskStatus::Skipped);
    const QString reached = code(CallOutcome::Reached);
    const QString interested = code(CallOutcome::Interested);
    const QString refused = code(CallOutcome::Refused);
    const QString appointment = code(CallOutcome::Appointment);
    run(QStringLiteral(R"(
        SELECT l.id, l.name, l.mode, l.starts_on, l.ends_on,
               COALESCE((SELECT GROUP_CONCAT(name, ', ') FROM (
                   SELECT DISTINCT u.display_name AS name FROM call_task m
                   JOIN staff_user u ON u.id = m.assigned_to
                   WHERE m.call_list_id = l.id AND m.deleted = 0 ORDER BY 1)), ''),
               SUM(t.status <> ?), SUM(t.status = ?), SUM(t.status = ?),
               SUM(t.outcome IN (?, ?, ?, ?)),
               SUM(t.outcome = ?), SUM(t.outcome IN (?, ?)),
               SUM(t.outcome = ?), SUM(t.outcome = ?)
        FROM call_list l LEFT JOIN call_task t ON t.call_list_id = l.id AND t.deleted = 0
        WHERE l.branch_id = ? AND l.deleted = 0
        GROUP BY l.id ORDER BY l.starts_on DESC, l.created_at DESC LIMIT 500)"),
        {skipped, skipped, code(CallTaskStatus::Open),
         reached, interested, refused, appointment,
         code(CallOutcome::NotReached), interested, appointment,
         refused, appointment, branchId},
        [&](const SqlQuery &q) {
            CallListSummary s;
            s.id = q.value(0).toString();
            s.name = q.value(1).toString();
            s.mode = q.value(2).toString();
            s.startsOn = dateOf(q.value(3));
            s.endsOn = dateOf(q.value(4));
            s.managers = q.value(5).toString();
            s.tasks = q.value(6).toInt();
            s.excluded = q.value(7).toInt();
            s.open = q.value(8).toInt();
            s.reached = q.value(9).toInt();
            s.notReached = q.value(10).toInt();
            s.interested = q.value(11).toInt();
            s.refused = q.value(12).toInt();
            s.appointments = q.value(13).toInt();
            lists.append(s);
        });
    return lists;
}

QList<StaffChoice> CallQueries::wealthManagers(const QString &branchId) const
{
    QList<StaffChoice> staff;
    run(QStringLiteral("SELECT id, display_name FROM staff_user WHERE branch_id = ? "
                       "AND role = 'wealth_manager' AND active = 1 AND deleted = 0 "
                       "ORDER BY display_name"),
        {branchId}, [&](const SqlQuery &q) {
            staff.append({q.value(0).toString(), q.value(1).toString()});
        });
    return staff;
}

QList<CarePlanCustomer> CallQueries::openedSince(const QString &branchId, const QString &managerId,
                                                 const QDate &since) const
{
    QList<CarePlanCustomer> customers;
    run(QStringLiteral(R"(
        SELECT c.id, COALESCE(c.manager_id, ''), c.opened_on,
               EXISTS (SELECT 1 FROM kyc_session k WHERE k.customer_id = c.id
                       AND k.status = 'final' AND k.deleted = 0)
        FROM customer c WHERE c.deleted = 0 AND c.opened_on >= ?)")
                + scope(managerId),
        {SqlTime::date(since), scopeValue(branchId, managerId)}, [&](const SqlQuery &q) {
            customers.append({q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                              {}, q.value(3).toBool()});
        });
    return customers;
}

QList<MaturityDue> CallQueries::maturities(const QString &branchId, const QString &managerId,
                                           const QDate &first, const QDate &until,
                                           const DaysRead &progress) const
{
    // The window's maturities of the branch from holding_maturity, which carries the status,
    // deleted flag, family and customer (migration 0044), each checked against its customer
    // in customer_tier_of_id (id, branch, deleted, manager): index entries only, until a
    // holding of the book is kept and its row read for the product and amount. At 1M
    // customers the branch has 25,000 maturities in 14 days; reading each as a row, or
    // listing the book's 43,756 customers first, was 1-1.3 s of a wealth manager's first plan
    // of a day (issue #15, docs/BENCHMARKS.md). tst_call_lists checks the plan.
    // Grouped here, not by SQL: the holdings come in by day as the index gives them, so the
    // read tells how far it is (a GROUP BY sorted them all before the first row; a statement
    // per day built the book's list each time, four times the work).
    const QString from = QStringLiteral(
            "FROM holding h INDEXED BY holding_maturity "
            "JOIN customer c INDEXED BY customer_tier_of_id ON c.id = h.customer_id ");
    const QString active = WorkStates::code(HoldingStatus::Active);
    QList<MaturityDue> due;
    QHash<QPair<QString, QDate>, qsizetype> dueAt; // (customer, day) -> its entry in due
    // Each entry's products in the holdings' table order (the index lists a day's holdings by
    // family first), so that the task's note reads as it always did.
    QList<QMap<qint64, QString>> products;
    const qint64 days = std::max<qint64>(1, first.daysTo(until) + 1);
    qint64 told = -1;
    run(QStringLiteral("SELECT h.customer_id, COALESCE(c.manager_id, ''), h.maturity_date, "
                       "h.product_name, h.amount_fen, h.rowid ")
                + from
                + QStringLiteral("WHERE h.maturity_date BETWEEN ? AND ? AND h.status = ? "
                                 "AND h.deleted = 0 AND h.product_family <> 'loan' "
                                 "AND c.deleted = 0 AND c.branch_id = ?")
                + (managerId.isEmpty() ? QString() : QStringLiteral(" AND c.manager_id = ?"))
                + QLatin1String(" ORDER BY h.maturity_date"),
        managerId.isEmpty()
                ? QVariantList{SqlTime::date(first), SqlTime::date(until), active, branchId}
                : QVariantList{SqlTime::date(first), SqlTime::date(until), active, branchId,
                               managerId},
        [&](const SqlQuery &q) {
            const QDate on = dateOf(q.value(2));
            if (progress && first.daysTo(on) > told) {
                told = first.daysTo(on);
                progress(told, days);
            }
            const QPair<QString, QDate> key{q.value(0).toString(), on};
            const Money amount = Money::fromFen(q.value(4).toLongLong());
            if (const auto found = dueAt.constFind(key); found != dueAt.cend()) {
                MaturityDue &entry = due[*found];
                products[*found].insert(q.value(5).toLongLong(), q.value(3).toString());
                entry.amount = Money::fromFen(entry.amount.fen() + amount.fen());
                return;
            }
            dueAt.insert(key, due.size());
            due.append({key.first, q.value(1).toString(), on, {}, amount});
            products.append({{q.value(5).toLongLong(), q.value(3).toString()}});
        });
    for (qsizetype i = 0; i < due.size(); ++i)
        due[i].products = products.at(i).values().join(QStringLiteral("; "));
    if (progress)
        progress(days, days);
    std::sort(due.begin(), due.end(), [](const MaturityDue &a, const MaturityDue &b) {
        return a.customerId != b.customerId ? a.customerId < b.customerId : a.on < b.on;
    });
    return due;
}

} // namespace bd
