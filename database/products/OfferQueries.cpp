#include "database/products/OfferQueries.h"

#include "app/domain/WorkStates.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bd {

namespace {
QString idArray(const QList<CustomerId> &customers)
{
    QJsonArray ids;
    for (const CustomerId &customer : customers)
        ids.append(customer.toString());
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

QDate localDate(const QString &timestamp)
{
    return timestamp.isEmpty() ? QDate() : SqlTime::parseTimestamp(timestamp).toLocalTime().date();
}

// The customer columns both reads share; the KYC date is the latest final version with a
// risk level (an assessment made at the desk), the other the one recorded elsewhere.
const char *const kSuitabilityColumns = R"(
        c.id, c.branch_id, c.name, coalesce(c.risk_level, 0), coalesce(c.risk_assessed_on, ''),
        coalesce((SELECT max(k.finished_at) FROM kyc_session k WHERE k.customer_id = c.id
                  AND k.status = 'final' AND k.risk_level IS NOT NULL AND k.deleted = 0), ''),
        c.birth_date, c.tier, c.aum_fen, c.erased_at IS NOT NULL, c.birth_year)";
constexpr int kSuitabilityColumnCount = 11;

CustomerSuitability suitabilityOf(const Store &store, const SqlQuery &row)
{
    CustomerSuitability customer;
    customer.id = CustomerId(row.text(0));
    customer.branchId = BranchId(row.text(1));
    customer.name = row.text(2);
    customer.riskLevel = row.integer(3);
    const QDate recorded = row.date(4);
    const QDate assessedAtDesk = localDate(row.text(5));
    customer.assessedOn = !recorded.isValid() ? assessedAtDesk
            : !assessedAtDesk.isValid()       ? recorded
                                              : std::max(recorded, assessedAtDesk);
    // The date opens for roles that may reveal; the year is everyone's (SuitabilityGate).
    customer.birthDate = QDate::fromString(SensitiveColumns::open(store, row.value(6)), Qt::ISODate);
    customer.tier = row.text(7);
    customer.aum = row.money(8);
    customer.erased = row.integer(9) != 0;
    customer.birthYear = row.value(10).isNull() ? 0 : row.integer(10);
    return customer;
}
} // namespace

OfferQueries::OfferQueries(Store &store)
    : m_store(store)
{
}

Result<std::optional<CustomerSuitability>>
OfferQueries::suitability(const CustomerId &customer) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM customer c WHERE c.id = ? AND c.deleted = 0")
                           .arg(QLatin1String(kSuitabilityColumns)));
    query.bind(customer);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<CustomerSuitability>();
    return std::optional<CustomerSuitability>(suitabilityOf(m_store, query));
}

Result<QHash<CustomerId, OfferFacts>> OfferQueries::facts(const QList<CustomerId> &customers,
                                                          const QDate &today,
                                                          const QDate &contactPeriodStart) const
{
    QHash<CustomerId, OfferFacts> all;
    if (customers.isEmpty())
        return all;
    const QString ids = idArray(customers);
    const QSqlDatabase db = m_store.database();

    bool ok = SqlQuery::selectEach(
            db,
            QStringLiteral(R"(
        SELECT %1, c.do_not_contact, c.marketing_consent, coalesce(c.manager_id, ''),
               (SELECT count(*) FROM interaction i WHERE i.customer_id = c.id AND i.deleted = 0
                  AND i.voided_at IS NULL AND i.contact_kind = 'marketing' AND i.channel IN ('phone', 'sms', 'wechat')
                  AND i.occurred_at >= ?)
        FROM json_each(?) j JOIN customer c ON c.id = j.value AND c.deleted = 0)")
                    .arg(QLatin1String(kSuitabilityColumns)),
            {SqlTime::localDayStart(contactPeriodStart), ids}, [this, &all](const SqlQuery &row) {
                OfferFacts facts;
                facts.customer = suitabilityOf(m_store, row);
                const int n = kSuitabilityColumnCount;
                facts.contact.found = true;
                facts.contact.branchId = facts.customer.branchId.toString();
                facts.contact.name = facts.customer.name;
                facts.contact.doNotContact = row.integer(n) == 1;
                facts.contact.marketingConsent = row.integer(n + 1) == 1;
                facts.contact.managerId = row.text(n + 2);
                facts.contact.marketingContactsInPeriod = row.integer(n + 3);
                facts.household.aum = facts.customer.aum;
                all.insert(facts.customer.id, facts);
            });

    ok = ok && SqlQuery::selectEach(
            db,
            QStringLiteral("SELECT h.customer_id, h.product_code, h.product_name, "
                           "h.product_family, h.amount_fen, coalesce(h.maturity_date, '') "
                           "FROM json_each(?) j JOIN holding h ON h.customer_id = j.value "
                           "WHERE h.status = ? AND h.deleted = 0 "
                           "ORDER BY h.customer_id, h.amount_fen DESC"),
            {ids, WorkStates::code(HoldingStatus::Active)}, [&all](const SqlQuery &row) {
                auto found = all.find(CustomerId(row.text(0)));
                if (found != all.end())
                    found->holdings << HeldProduct{row.text(1), row.text(2), row.text(3),
                                                   row.money(4), row.date(5)};
            });

    ok = ok && SqlQuery::selectEach(
            db,
            QStringLiteral("SELECT f.customer_id, f.expected_on, f.amount_fen, f.source "
                           "FROM json_each(?) j JOIN fund_arrival f ON f.customer_id = j.value "
                           "WHERE f.status = 'expected' AND f.deleted = 0 "
                           "AND f.expected_on BETWEEN ? AND ? ORDER BY f.expected_on"),
            {ids, SqlTime::date(today.addDays(-kArrivalDaysBack)),
             SqlTime::date(today.addDays(kArrivalDaysAhead))},
            [&all](const SqlQuery &row) {
                auto found = all.find(CustomerId(row.text(0)));
                if (found != all.end())
                    found->arrivals << ExpectedMoney{row.date(1), row.money(2), row.text(3)};
            });

    ok = ok && SqlQuery::selectEach(
            db,
            QStringLiteral("SELECT ct.customer_id, t.category, t.value, ct.source "
                           "FROM json_each(?) j JOIN customer_tag ct ON ct.customer_id = j.value "
                           "JOIN tag t ON t.id = ct.tag_id "
                           "WHERE ct.deleted = 0 AND t.category IN ('product_interest', 'voice_interest', "
                           "'service_need', 'expected_return', 'horizon', 'return_preference') "
                           "ORDER BY ct.customer_id, ct.confidence DESC"),
            {ids}, [&all](const SqlQuery &row) {
                auto found = all.find(CustomerId(row.text(0)));
                if (found != all.end())
                    found->interests << CustomerInterest{row.text(1), row.text(2), row.text(3)};
            });

    ok = ok && SqlQuery::selectEach(
            db,
            QStringLiteral("SELECT e.customer_id, e.kind, max(e.occurred_at) "
                           "FROM json_each(?) j JOIN customer_event e ON e.customer_id = j.value "
                           "WHERE e.occurred_at >= ? AND e.kind IN ('browse_fund', "
                           "'browse_insurance', 'browse_precious_metal') "
                           "GROUP BY e.customer_id, e.kind"),
            {ids, SqlTime::localDayStart(today.addDays(-kBrowseDays))},
            [&all](const SqlQuery &row) {
                auto found = all.find(CustomerId(row.text(0)));
                if (found != all.end())
                    found->browsed.insert(row.text(1), localDate(row.text(2)));
            });

    const QString historyFrom = SqlTime::localDayStart(today.addDays(-kHistoryDays));
    ok = ok && SqlQuery::selectEach(
            db,
            QStringLiteral("SELECT customer_id, product_code, response, at FROM ("
                           " SELECT o.customer_id, o.product_code, o.response, o.offered_at AS at"
                           " FROM json_each(?) j JOIN product_offer o ON o.customer_id = j.value"
                           " WHERE o.offered_at >= ? AND o.deleted = 0"
                           " UNION ALL"
                           " SELECT s.customer_id, s.product_code, 'sold', s.sold_at"
                           " FROM json_each(?) j JOIN product_sale s ON s.customer_id = j.value"
                           " WHERE s.sold_at >= ? AND s.deleted = 0)"
                           " ORDER BY customer_id, at DESC"),
            {ids, historyFrom, ids, historyFrom}, [&all](const SqlQuery &row) {
                auto found = all.find(CustomerId(row.text(0)));
                if (found != all.end())
                    found->pastOffers << PastOffer{row.text(1), row.text(2),
                                                   SqlTime::parseTimestamp(row.text(3))};
            });
    if (!ok)
        return Error(QStringLiteral("the offer facts could not be read (see the log)"));

    const Result<QHash<CustomerId, HouseholdTotals>> households
            = HouseholdQueries(m_store).totals(customers);
    if (!households)
        return households.error();
    for (auto it = households->cbegin(); it != households->cend(); ++it) {
        auto found = all.find(it.key());
        if (found != all.end())
            found->household = it.value();
    }
    return all;
}

} // namespace bd
