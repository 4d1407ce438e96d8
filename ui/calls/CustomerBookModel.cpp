#include "ui/calls/CustomerBookModel.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "ui/common/TimeText.h"

namespace bd {

QStringList customerIdsOf(const QList<CustomerSummary> &customers)
{
    QStringList ids;
    ids.reserve(customers.size());
    for (const CustomerSummary &customer : customers)
        ids << customer.id;
    return ids;
}

QList<CustomerBookLine> customerBookLines(const QList<CustomerSummary> &customers,
                                          const QHash<QString, QDate> &nextMaturities)
{
    QList<CustomerBookLine> book;
    book.reserve(customers.size());
    for (const CustomerSummary &customer : customers)
        book.append({customer, nextMaturities.value(customer.id)});
    return book;
}

QStringList CustomerBookModel::headers() const
{
    return {tr("Customer"), tr("Mobile"), tr("Tier"), tr("AUM"), tr("Lifecycle"),
            tr("Next maturity")};
}

QVariant CustomerBookModel::cell(const CustomerBookLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 3)
        return numberAlignment();
    if (role == Qt::ToolTipRole && column == 0)
        return tr("Customer no. %1").arg(row.customer.cifNo);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.customer.name;
    case 1: return row.customer.phone;
    case 2: return Tiers::label(Tiers::fromCode(row.customer.tier));
    case 3: return row.customer.aum.toDisplayString();
    case 4: return DomainTerms::label(row.customer.lifecycleStage.stored());
    case 5: return TimeText::date(row.nextMaturity);
    default: return {};
    }
}

} // namespace bd
