// What a typed text finds in the search index (the key scheme: CustomerSearchKeys.cpp).
#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QHash>

#include <algorithm>

namespace bd {

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::lookup(const QString &typed, int limit) const
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    const QList<KeyRange> ranges = rangesFor(typed, blind.get());
    if (ranges.isEmpty())
        return {};

    SqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key, customer_id FROM customer_search_key "
                                 "WHERE key >= ? AND key < ? ORDER BY key LIMIT ?"));
    QList<Hit> hits;
    QHash<CustomerId, qsizetype> position;
    const auto betterThan = [&hits](int rank) {
        return std::count_if(hits.cbegin(), hits.cend(), [rank](const Hit &h) { return h.rank < rank; });
    };
    for (const KeyRange &range : ranges) {
        // Every hit of this range ranks at least exactRank: when `limit` customers rank
        // better already, it cannot change the result.
        if (hits.size() >= limit && betterThan(range.exactRank) >= limit)
            continue;
        query.bindAt(0, range.prefix);
        query.bindAt(1, range.prefix + top());
        // A checked tail (five digits looked up by their last four) reads more candidates,
        // most of which the check drops.
        query.bindAt(2, std::max(range.verifySuffix.isEmpty() ? kScanLimit : 10 * kScanLimit,
                                 limit));
        if (!query.select())
            return {};
        while (query.next()) {
            const QString key = query.value(0).toString();
            const CustomerId id(query.value(1).toString());
            const int rank = key.size() == range.prefix.size() ? range.exactRank : range.partialRank;
            const auto seen = position.constFind(id);
            if (!range.verifySuffix.isEmpty()
                && (seen == position.constEnd() || rank < hits[*seen].rank)
                && !endsWith(id, range.column, range.verifySuffix))
                continue;
            if (seen == position.constEnd()) {
                position.insert(id, hits.size());
                hits << Hit{id, range.kind, rank};
            } else if (rank < hits[*seen].rank) {
                hits[*seen].rank = rank;
                hits[*seen].kind = range.kind;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    // Hits ranked below the limit-th cannot make the first `limit` (ties go by AUM, so the
    // limit-th's rank stays in full): the caller need not read those customers.
    if (limit > 0 && hits.size() > limit) {
        const int cut = hits.at(limit - 1).rank;
        while (hits.size() > limit && hits.constLast().rank > cut)
            hits.removeLast();
    }
    return hits;
}

bool CustomerSearchIndex::endsWith(const CustomerId &customer, const QString &column,
                                   const QString &tail) const
{
    // column is one of two fixed names from rangesFor(), never typed text.
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1, coalesce(birth_date, '') FROM customer WHERE id = ?")
                           .arg(column));
    query.bind(customer);
    if (!query.select() || !query.next())
        return false;
    if (closedToThisSession(m_store, query.value(0))) {
        // Only the masked form is readable here: what was typed must agree with the
        // characters it shows; the hidden ones pass unchecked (a wider hit list, never a
        // hidden digit). A whole ID number must also agree with the birth year.
        const QString shown = SensitiveColumns::view(m_store, QStringLiteral("customer"), column,
                                                     query.value(0))
                                      .toUpper();
        if (tail.size() > shown.size())
            return false;
        const QString end = shown.right(tail.size());
        for (qsizetype i = 0; i < tail.size(); ++i) {
            if (end.at(i) != QLatin1Char('*') && end.at(i) != tail.at(i))
                return false;
        }
        // The birth date is sealed like the number: this session sees its year only.
        const QString birth = SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                                     QStringLiteral("birth_date"), query.value(1))
                                      .remove(QLatin1Char('-'));
        return column != QLatin1String("id_number") || tail.size() != shown.size()
                || tail.size() != 18 || birth.isEmpty() || tail.mid(6, birth.size()) == birth;
    }
    return normalisedNumberOf(SensitiveColumns::open(m_store, query.value(0))).endsWith(tail);
}

} // namespace bd
