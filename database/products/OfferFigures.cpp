#include "database/products/OfferFigures.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QHash>

#include <algorithm>

namespace bd {

OfferFigures::OfferFigures(Store &store)
    : m_store(store)
{
}

Result<OfferFigureSet> OfferFigures::between(const BranchId &branch, const QDate &from,
                                             const QDate &until, const StaffId &staff) const
{
    const QString start = SqlTime::localDayStart(from);
    const QString end = SqlTime::localDayEnd(until);
    const QString byStaff = staff.isEmpty() ? QString() : QStringLiteral(" AND staff_id = ?");
    QVariantList values{branch.toString(), start, end};
    if (!staff.isEmpty())
        values << staff.toString();

    OfferFigureSet figures;
    QHash<QString, OfferCount> products;
    QHash<QString, OfferCount> reasons;
    auto count = [](OfferCount &into, const QString &response, int n) {
        into.made += n;
        if (response == QLatin1String("accepted"))
            into.taken += n;
        else if (response == QLatin1String("declined"))
            into.declined += n;
        else
            into.notNow += n;
    };
    // The main reason is the first code of the list.
    const bool read = SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT product_code, substr(reasons, 1, instr(reasons || ',', ',') - 1), "
                           "response, count(*) FROM product_offer "
                           "WHERE branch_id = ? AND offered_at >= ? AND offered_at < ? "
                           "AND deleted = 0%1 GROUP BY 1, 2, 3")
                    .arg(byStaff),
            values, [&](const SqlQuery &row) {
                const int n = row.integer(3);
                OfferCount &product = products[row.text(0)];
                product.key = row.text(0);
                count(product, row.text(2), n);
                OfferCount &reason = reasons[row.text(1)];
                reason.key = row.text(1);
                count(reason, row.text(2), n);
                figures.made += n;
                if (row.text(2) == QLatin1String("accepted"))
                    figures.taken += n;
            });
    const bool sold = read && SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT product_code, count(*), sum(amount_fen) FROM product_sale "
                           "WHERE branch_id = ? AND sold_at >= ? AND sold_at < ? AND deleted = 0%1 "
                           "GROUP BY product_code")
                    .arg(byStaff),
            values, [&](const SqlQuery &row) {
                OfferCount &product = products[row.text(0)];
                product.key = row.text(0);
                product.sales = row.integer(1);
                product.sold = row.money(2);
            });
    if (!sold)
        return Error(QStringLiteral("the offer figures could not be read (see the log)"));
    auto ordered = [](const QHash<QString, OfferCount> &counts) {
        QList<OfferCount> list = counts.values();
        std::sort(list.begin(), list.end(), [](const OfferCount &a, const OfferCount &b) {
            return a.made != b.made ? a.made > b.made
                    : a.sales != b.sales ? a.sales > b.sales : a.key < b.key;
        });
        return list;
    };
    figures.byProduct = ordered(products);
    figures.byReason = ordered(reasons);
    return figures;
}

} // namespace bd
