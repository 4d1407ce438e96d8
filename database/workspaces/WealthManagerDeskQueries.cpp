#include "database/workspaces/WealthManagerDeskQueries.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/WorkStates.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bd {

QList<CallTaskLine> WealthManagerDeskQueries::openCallTasks(const QString &staffId, int limit) const
{
    QList<CallTaskLine> lines;
    run(QStringLiteral(R"(
        SELECT t.customer_id, c.name, c.tier, c.aum_fen, t.rank_score, t.reason, t.due_on, l.name
        FROM call_task t
        JOIN customer c ON c.id = t.customer_id
        JOIN call_list l ON l.id = t.call_list_id
        WHERE t.assigned_to = ? AND t.status = ? AND t.deleted = 0
        ORDER BY t.rank_score DESC, t.due_on LIMIT ?)"),
        {staffId, WorkStates::code(CallTaskStatus::Open), limit}, [&](const SqlQuery &q) {
            CallTaskLine line;
            line.customerId = CustomerId(q.value(0).toString());
            line.customerName = q.value(1).toString();
            line.tier = q.value(2).toString();
            line.aum = Money::fromFen(q.value(3).toLongLong());
            line.rankScore = q.value(4).toInt();
            line.reason = SensitiveColumns::open(m_store, q.value(5));
            line.dueOn = dateOf(q.value(6));
            line.listName = q.value(7).toString();
            lines.append(line);
        });
    return lines;
}

QList<CareTaskLine> WealthManagerDeskQueries::careTasksDue(const QString &staffId,
                                                   const QDate &until) const
{
    QList<CareTaskLine> lines;
    run(QStringLiteral(R"(
        SELECT c.name, k.kind, k.due_on, k.note
        FROM care_task k JOIN customer c ON c.id = k.customer_id
        WHERE k.staff_id = ? AND k.status = ? AND k.due_on <= ? AND k.deleted = 0
        ORDER BY k.due_on LIMIT 500)"),
        {staffId, WorkStates::code(CareTaskStatus::Open), SqlTime::date(until)}, [&](const SqlQuery &q) {
            lines.append({q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                          SensitiveColumns::open(m_store, q.value(3))});
        });
    return lines;
}

QList<MoneyArrivalLine> WealthManagerDeskQueries::moneyArriving(const QString &managerId,
                                                        const QDate &from,
                                                        const QDate &until) const
{
    QList<MoneyArrivalLine> lines;
    const QString first = SqlTime::date(from);
    const QString last = SqlTime::date(until);
    const QString active = WorkStates::code(HoldingStatus::Active);
    // The window's maturities and expected arrivals of the branch by date, from indexes that
    // carry what is filtered on (holding_maturity, fund_arrival_date: migration 0044), each
    // checked against its customer in customer_tier_of_id (id, branch, deleted, manager), so
    // a row (the holding's, the arrival's, the customer's for the name) is read only for the
    // money of the book. At 1M customers the branch has 25,000 maturities and 18,000
    // expected arrivals in 14 days; reading each as a row was 1.0-1.5 s of a wealth manager's
    // sign-in on a busy desk (issue #15, docs/BENCHMARKS.md). Live customers only: a deleted
    // customer's money is nobody's to call about. The arrival's maturity check names c, so
    // it runs for the book's arrivals only.
    run(QStringLiteral(R"(
        SELECT h.maturity_date, c.name, 'maturity', h.product_name, h.amount_fen
        FROM holding h INDEXED BY holding_maturity
        JOIN customer c INDEXED BY customer_tier_of_id ON c.id = h.customer_id
        WHERE h.maturity_date BETWEEN ? AND ? AND h.status = ? AND h.deleted = 0
          AND h.product_family <> 'loan'
          AND c.deleted = 0 AND c.manager_id = ? AND c.branch_id IN (SELECT id FROM branch)
        UNION ALL
        SELECT f.expected_on, c.name, f.source, f.note, f.amount_fen
        FROM fund_arrival f INDEXED BY fund_arrival_date
        JOIN customer c INDEXED BY customer_tier_of_id ON c.id = f.customer_id
        WHERE f.expected_on BETWEEN ? AND ? AND f.status = 'expected' AND f.deleted = 0
          AND c.deleted = 0 AND c.manager_id = ? AND c.branch_id IN (SELECT id FROM branch)
          AND NOT (f.source = 'maturity' AND EXISTS (
              SELECT 1 FROM holding m WHERE m.customer_id = c.id
              AND m.maturity_date = f.expected_on AND m.status = ? AND m.deleted = 0))
        ORDER BY 1, 5 DESC LIMIT 500)"),
        {first, last, active, managerId, first, last, managerId, active}, [&](const SqlQuery &q) {
            // A product name (plain) or a fund arrival's note (sealed): open() takes both.
            lines.append({dateOf(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                          SensitiveColumns::open(m_store, q.value(3)),
                          Money::fromFen(q.value(4).toLongLong())});
        });
    return lines;
}

BookFigures WealthManagerDeskQueries::bookFigures(const QString &managerId) const
{
    BookFigures figures;
    // From the kept counts (customer_figure, migration 0033), not the whole book.
    run(QStringLiteral("SELECT COALESCE(SUM(customers), 0), COALESCE(SUM(aum_fen), 0) "
                       "FROM customer_figure WHERE manager_id = ?"),
        {managerId}, [&](const SqlQuery &q) {
            figures.customers = q.value(0).toInt();
            figures.aum = Money::fromFen(q.value(1).toLongLong());
        });
    return figures;
}

QHash<QString, QDate> WealthManagerDeskQueries::nextMaturities(const QStringList &customerIds,
                                                               const QDate &from) const
{
    // The customers the desk lists (at most a few hundred) through the holding_segment index,
    // not every holding of the book: at 1M customers the whole book's (43,756 customers) took
    // 2-6 s of the wealth manager's sign-in (issue #15), for rows never shown.
    QHash<QString, QDate> next;
    if (customerIds.isEmpty())
        return next;
    const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(customerIds))
                                                  .toJson(QJsonDocument::Compact));
    run(QStringLiteral(R"(
        SELECT j.value,
               (SELECT MIN(h.maturity_date) FROM holding h
                 WHERE h.customer_id = j.value AND h.status = ? AND h.deleted = 0
                   AND h.product_family <> 'loan' AND h.maturity_date >= ?)
        FROM json_each(?) j)"),
        {WorkStates::code(HoldingStatus::Active), SqlTime::date(from), ids}, [&](const SqlQuery &q) {
            if (!q.value(1).isNull())
                next.insert(q.value(0).toString(), dateOf(q.value(1)));
        });
    return next;
}

} // namespace bd
