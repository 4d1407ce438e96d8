#pragma once

#include "database/customers/CustomerSummary.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace bd {

// One customer of a wealth manager's book (already masked by CustomerService).
struct CustomerBookLine
{
    CustomerSummary customer;
    QDate nextMaturity;
};

// The ids of the customers, for WealthManagerDeskQueries::nextMaturities.
QStringList customerIdsOf(const QList<CustomerSummary> &customers);
// The manager's customers (as CustomerService gives them) with their next maturity.
QList<CustomerBookLine> customerBookLines(const QList<CustomerSummary> &customers,
                                          const QHash<QString, QDate> &nextMaturities);

// The wealth manager's own customers, largest AUM first.
class CustomerBookModel : public RowTableModel<CustomerBookLine>
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBookModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const CustomerBookLine &row, int column, int role) const override;
    QString rowKey(const CustomerBookLine &row) const override { return row.customer.id; }
};

} // namespace bd
