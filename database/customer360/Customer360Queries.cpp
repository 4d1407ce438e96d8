#include "database/customer360/Customer360Queries.h"

#include "app/domain/WorkStateCodes.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <algorithm>

namespace bd {

namespace {
QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

QString HoldingRow::productShown() const
{
    if (isActive())
        return productName;
    // Said in words, never as the stored code (WorkStates' error names it).
    return QCoreApplication::translate("Customer360Queries",
                                       "%1 (a status this version of BranchDesk does not know)")
            .arg(productName);
}

bool TimelineEntry::isOutflow() const
{
    return source == Source::Transaction
            && (kind == QLatin1String("cash_withdrawal") || kind == QLatin1String("transfer_out"));
}

Customer360Queries::Customer360Queries(Store &store)
    : m_store(store)
{
}

Result<QList<HoldingRow>> Customer360Queries::holdings(const CustomerId &customerId) const
{
    return SqlQuery::readAll<HoldingRow>(
            m_store.database(),
            QStringLiteral("SELECT id, product_family, product_code, product_name, amount_fen, "
                           "coalesce(rate_bp, 0), opened_on, maturity_date FROM holding "
                           "WHERE customer_id = ? AND deleted = 0 AND status = ? "
                           "ORDER BY maturity_date IS NULL, maturity_date, amount_fen DESC"),
            {customerId.toString(), WorkStates::code(HoldingStatus::Active)},
            [](const SqlQuery &q) {
                // Active ones only: the status is the one selected on, not a guess.
                return HoldingRow{q.text(0), q.text(1), q.text(2), q.text(3),
                                  Money::fromFen(q.integer64(4)),
                                  q.integer(5), dateOf(q.value(6)), dateOf(q.value(7)),
                                  HoldingStatus::Active};
            });
}

Result<QList<HoldingRow>> Customer360Queries::holdingsOfUnknownStatus(
        const CustomerId &customerId) const
{
    using enum HoldingStatus;
    return SqlQuery::readAll<HoldingRow>(
            m_store.database(),
            QStringLiteral("SELECT id, product_family, product_code, product_name, amount_fen, "
                           "coalesce(rate_bp, 0), opened_on, maturity_date, status FROM holding "
                           "WHERE customer_id = ? AND deleted = 0 AND status NOT IN (?, ?, ?) "
                           "ORDER BY maturity_date IS NULL, maturity_date, amount_fen DESC"),
            QVariantList{customerId.toString()}
                    << WorkStates::codeValues({Active, Matured, Closed}),
            [](const SqlQuery &q) {
                return HoldingRow{q.text(0), q.text(1), q.text(2), q.text(3),
                                  Money::fromFen(q.integer64(4)),
                                  q.integer(5), dateOf(q.value(6)), dateOf(q.value(7)),
                                  WorkStates::storedHoldingStatus(q.text(8))};
            });
}

Result<QList<AumPoint>> Customer360Queries::aumTrend(const CustomerId &customerId, int months) const
{
    Result<QList<AumPoint>> newestFirst = SqlQuery::readAll<AumPoint>(
            m_store.database(),
            QStringLiteral("SELECT month, aum_fen FROM aum_snapshot WHERE customer_id = ? "
                           "ORDER BY month DESC LIMIT ?"),
            {customerId.toString(), months},
            [](const SqlQuery &q) { return AumPoint{q.text(0), Money::fromFen(q.integer64(1))}; });
    if (newestFirst)
        std::reverse(newestFirst->begin(), newestFirst->end());
    return newestFirst;
}

Result<QList<FundArrivalRow>> Customer360Queries::fundArrivals(const CustomerId &customerId) const
{
    return SqlQuery::readAll<FundArrivalRow>(
            m_store.database(),
            QStringLiteral("SELECT expected_on, amount_fen, source, note, status "
                           "FROM fund_arrival WHERE customer_id = ? AND deleted = 0 "
                           "ORDER BY expected_on"),
            {customerId.toString()}, [this](const SqlQuery &q) {
                return FundArrivalRow{dateOf(q.value(0)), Money::fromFen(q.integer64(1)), q.text(2),
                                      SensitiveColumns::open(m_store, q.value(3)), q.text(4)};
            });
}

Result<QList<TimelineEntry>> Customer360Queries::timeline(const CustomerId &customerId,
                                                         int limit) const
{
    const auto entryOf = [](TimelineEntry::Source source, const SqlQuery &q) {
        TimelineEntry entry;
        entry.source = source;
        entry.occurredAt = SqlTime::parseTimestamp(q.text(0));
        entry.channel = q.text(2);
        return entry;
    };
    const Result<QList<TimelineEntry>> transactions = SqlQuery::readAll<TimelineEntry>(
            m_store.database(),
            QStringLiteral("SELECT occurred_at, kind, channel, amount_fen, "
                           "trim(counterparty || ' ' || institution) FROM txn "
                           "WHERE customer_id = ? ORDER BY occurred_at DESC LIMIT ?"),
            {customerId.toString(), limit}, [&](const SqlQuery &q) {
                TimelineEntry entry = entryOf(TimelineEntry::Source::Transaction, q);
                entry.kind = q.text(1);
                entry.amount = Money::fromFen(q.integer64(3));
                entry.detail = q.text(4);
                return entry;
            });
    if (!transactions)
        return transactions;
    const Result<QList<TimelineEntry>> events = SqlQuery::readAll<TimelineEntry>(
            m_store.database(),
            QStringLiteral("SELECT occurred_at, kind, channel, detail FROM customer_event "
                           "WHERE customer_id = ? ORDER BY occurred_at DESC LIMIT ?"),
            {customerId.toString(), limit}, [&](const SqlQuery &q) {
                TimelineEntry entry = entryOf(TimelineEntry::Source::Event, q);
                entry.kind = q.text(1);
                entry.detail = SensitiveColumns::open(m_store, q.value(3));
                return entry;
            });
    if (!events)
        return events;
    const Result<QList<TimelineEntry>> interactions = SqlQuery::readAll<TimelineEntry>(
            m_store.database(),
            QStringLiteral("SELECT i.occurred_at, i.purpose, i.channel, i.customer_voice, "
                           "coalesce(i.outcome, ''), i.objection, i.next_follow_up, "
                           "coalesce(s.display_name, ''), i.id, coalesce(i.voided_at, ''), "
                           "coalesce(v.display_name, ''), i.void_reason, i.staff_id "
                           "FROM interaction i "
                           "LEFT JOIN staff_user s ON s.id = i.staff_id "
                           "LEFT JOIN staff_user v ON v.id = i.voided_by WHERE i.customer_id = ? "
                           "AND i.deleted = 0 ORDER BY i.occurred_at DESC LIMIT ?"),
            {customerId.toString(), limit}, [&](const SqlQuery &q) {
                TimelineEntry entry = entryOf(TimelineEntry::Source::Interaction, q);
                entry.kind = SensitiveColumns::open(m_store, q.value(1)); // the purpose, typed
                entry.detail = SensitiveColumns::open(m_store, q.value(3));
                entry.outcome = WorkStates::storedContactOutcome(q.text(4));
                entry.objection = SensitiveColumns::open(m_store, q.value(5));
                entry.nextFollowUp = dateOf(q.value(6));
                entry.staffName = q.text(7);
                entry.interactionId = q.text(8);
                entry.staffId = q.text(12);
                if (!q.text(9).isEmpty()) {
                    entry.voidedAt = SqlTime::parseTimestamp(q.text(9));
                    // A voider whose staff row is not on this desk is never shown as an id.
                    entry.voidedByName = q.text(10).isEmpty() ? tr("a colleague") : q.text(10);
                    entry.voidReason = SensitiveColumns::open(m_store, q.value(11));
                }
                return entry;
            });
    if (!interactions)
        return interactions;
    QList<TimelineEntry> entries = *transactions + *events + *interactions;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         return a.occurredAt > b.occurredAt;
                     });
    return entries;
}

Result<QList<CustomerTagRow>> Customer360Queries::tags(const CustomerId &customerId) const
{
    return SqlQuery::readAll<CustomerTagRow>(
            m_store.database(),
            QStringLiteral(
                    "SELECT ct.id, t.id, t.dimension, t.category, t.value, ct.source, "
                    "ct.confidence, ct.set_at, coalesce(s.display_name, '') FROM customer_tag ct "
                    "JOIN tag t ON t.id = ct.tag_id LEFT JOIN staff_user s ON s.id = ct.set_by "
                    "WHERE ct.customer_id = ? AND ct.deleted = 0 "
                    "ORDER BY t.dimension, t.category, t.value"),
            {customerId.toString()}, [](const SqlQuery &q) {
                return CustomerTagRow{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                                      q.text(5), q.integer(6),
                                      SqlTime::parseTimestamp(q.text(7)), q.text(8)};
            });
}

Result<QList<TagOption>> Customer360Queries::tagVocabulary() const
{
    return SqlQuery::readAll<TagOption>(
            m_store.database(),
            QStringLiteral("SELECT id, dimension, category, value FROM tag "
                           "ORDER BY dimension, category, value"),
            {}, [](const SqlQuery &q) {
                return TagOption{q.text(0), q.text(1), q.text(2), q.text(3)};
            });
}

Result<QList<CareStep>> Customer360Queries::openCareSteps(const CustomerId &customerId) const
{
    return SqlQuery::readAll<CareStep>(
            m_store.database(),
            QStringLiteral("SELECT kind, due_on, status FROM care_task "
                           "WHERE customer_id = ? AND deleted = 0 AND status = ? "
                           "ORDER BY due_on"),
            {customerId.toString(), WorkStates::code(CareTaskStatus::Open)},
            [](const SqlQuery &q) { return CareStep{q.text(0), dateOf(q.value(1)), q.text(2)}; });
}

Result<Money> Customer360Queries::outflowSince(const CustomerId &customerId, const QDate &since) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT coalesce(sum(amount_fen), 0) FROM txn WHERE customer_id = ? "
            "AND occurred_at >= ? AND kind IN ('cash_withdrawal', 'transfer_out')"));
    query.bind(customerId.toString());
    query.bind(SqlTime::localDayStart(since));
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    return Money::fromFen(query.next() ? query.value(0).toLongLong() : 0);
}

} // namespace bd
