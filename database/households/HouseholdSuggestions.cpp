#include "database/households/HouseholdSuggestions.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"

namespace bd {

namespace {
// Keys >= prefix and < the prefix with its last character raised: one range of the index.
QString rangeEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

// The other customer of a pair, as the list shows them; the where/why columns last.
const char *const kOtherColumns =
        "c.name, c.cif_no, c.tier, c.aum_fen, coalesce(oh.id, ''), p.address, p.mobile";

HouseholdSuggestion suggestionOf(const SqlQuery &row, int first)
{
    HouseholdSuggestion suggestion;
    suggestion.otherName = row.text(first);
    suggestion.otherCif = row.text(first + 1);
    suggestion.otherTier = row.text(first + 2);
    suggestion.otherAum = row.money(first + 3);
    suggestion.otherHousehold = HouseholdId(row.text(first + 4));
    suggestion.sameAddress = row.integer(first + 5) != 0;
    suggestion.sameMobile = row.integer(first + 6) != 0;
    return suggestion;
}
} // namespace

HouseholdSuggestions::HouseholdSuggestions(Store &store)
    : m_store(store)
{
}

Result<QList<HouseholdSuggestion>> HouseholdSuggestions::forCustomer(const CustomerId &customer,
                                                                     const BranchId &branch) const
{
    const QString address = CustomerSearchIndex::sharedAddressPrefix();
    const QString mobile = CustomerSearchIndex::sharedMobilePrefix();
    const QString sql = QStringLiteral(R"(
        WITH mine AS (
            SELECT key FROM customer_search_key
            WHERE customer_id = ? AND ((key >= ? AND key < ?) OR (key >= ? AND key < ?))),
        p AS (
            SELECT o.customer_id AS other, max(substr(o.key, 1, 3) = ?) AS address,
                   max(substr(o.key, 1, 3) = ?) AS mobile
            FROM mine JOIN customer_search_key o ON o.key = mine.key AND o.customer_id <> ?
            WHERE (SELECT count(*) FROM customer_search_key x WHERE x.key = mine.key) <= ?
            GROUP BY o.customer_id)
        SELECT p.other, %1
        FROM p
        JOIN customer c ON c.id = p.other AND c.branch_id = ? AND c.deleted = 0
                       AND c.erased_at IS NULL
        LEFT JOIN household_member om ON om.id = p.other AND om.deleted = 0
        LEFT JOIN household oh ON oh.id = om.household_id AND oh.deleted = 0
        WHERE NOT EXISTS (SELECT 1 FROM household_member mm
                          WHERE mm.id = ? AND mm.deleted = 0 AND mm.household_id = oh.id)
          AND NOT EXISTS (SELECT 1 FROM household_dismissal d
                          WHERE d.deleted = 0 AND d.customer_id = min(?, p.other)
                            AND d.other_customer_id = max(?, p.other))
        ORDER BY p.address + p.mobile DESC, c.aum_fen DESC, c.id)")
                              .arg(QLatin1String(kOtherColumns));
    const QString me = customer.toString();
    return SqlQuery::readAll<HouseholdSuggestion>(
            m_store.database(), sql,
            {me, address, rangeEnd(address), mobile, rangeEnd(mobile), address, mobile, me,
             kMaxSharing, branch.toString(), me, me, me},
            [&customer](const SqlQuery &row) {
                HouseholdSuggestion suggestion = suggestionOf(row, 1);
                suggestion.customerId = customer;
                suggestion.otherId = CustomerId(row.text(0));
                return suggestion;
            });
}

Result<QList<HouseholdSuggestion>> HouseholdSuggestions::forBranch(const BranchId &branch,
                                                                   int limit) const
{
    const QString address = CustomerSearchIndex::sharedAddressPrefix();
    const QString mobile = CustomerSearchIndex::sharedMobilePrefix();
    // One pass over the two key ranges finds the keys held by a few customers; the pairs
    // come from those alone.
    const QString sql = QStringLiteral(R"(
        WITH shared AS (
            SELECT key FROM customer_search_key
            WHERE (key >= ? AND key < ?) OR (key >= ? AND key < ?)
            GROUP BY key HAVING count(*) BETWEEN 2 AND ?),
        p AS (
            SELECT a.customer_id AS one, b.customer_id AS other,
                   max(substr(s.key, 1, 3) = ?) AS address, max(substr(s.key, 1, 3) = ?) AS mobile
            FROM shared s
            JOIN customer_search_key a ON a.key = s.key
            JOIN customer_search_key b ON b.key = s.key AND b.customer_id > a.customer_id
            GROUP BY a.customer_id, b.customer_id)
        SELECT p.one, a.name, p.other, %1
        FROM p
        JOIN customer a ON a.id = p.one AND a.branch_id = ? AND a.deleted = 0
                       AND a.erased_at IS NULL
        JOIN customer c ON c.id = p.other AND c.branch_id = ? AND c.deleted = 0
                       AND c.erased_at IS NULL
        LEFT JOIN household_member om ON om.id = p.other AND om.deleted = 0
        LEFT JOIN household oh ON oh.id = om.household_id AND oh.deleted = 0
        WHERE NOT EXISTS (SELECT 1 FROM household_member mm
                          WHERE mm.id = p.one AND mm.deleted = 0 AND mm.household_id = oh.id)
          AND NOT EXISTS (SELECT 1 FROM household_dismissal d
                          WHERE d.deleted = 0 AND d.customer_id = p.one
                            AND d.other_customer_id = p.other)
        ORDER BY p.address + p.mobile DESC, a.aum_fen + c.aum_fen DESC, p.one, p.other
        LIMIT ?)")
                              .arg(QLatin1String(kOtherColumns));
    return SqlQuery::readAll<HouseholdSuggestion>(
            m_store.database(), sql,
            {address, rangeEnd(address), mobile, rangeEnd(mobile), kMaxSharing, address, mobile,
             branch.toString(), branch.toString(), limit},
            [](const SqlQuery &row) {
                HouseholdSuggestion suggestion = suggestionOf(row, 3);
                suggestion.customerId = CustomerId(row.text(0));
                suggestion.customerName = row.text(1);
                suggestion.otherId = CustomerId(row.text(2));
                return suggestion;
            });
}

} // namespace bd
