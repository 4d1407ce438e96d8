#pragma once

#include "database/customer360/Customer360Queries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>
#include <QDate>

namespace bd {

// A customer's active holdings; maturities within 30 days in red, within 90 in amber. A
// holding of a status this build does not know is greyed, its product saying so.
class HoldingModel : public RowTableModel<HoldingRow>
{
    Q_DECLARE_TR_FUNCTIONS(HoldingModel)

public:
    enum Column { Family, Product, Amount, Rate, Maturity, ColumnCount };
    explicit HoldingModel(QObject *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    // 30 or 90 when the holding matures within that many days, else 0.
    int maturityWindow(const HoldingRow &row) const;

protected:
    QStringList headers() const override;
    QVariant cell(const HoldingRow &row, int column, int role) const override;

private:
    QDate m_today = QDate::currentDate();
};

} // namespace bd
