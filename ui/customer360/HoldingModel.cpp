#include "ui/customer360/HoldingModel.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bd {

HoldingModel::HoldingModel(QObject *parent)
    : RowTableModel(parent)
{
}

QStringList HoldingModel::headers() const
{
    return {tr("Product family"), tr("Product"), tr("Amount"), tr("Expected return"),
            tr("Maturity")};
}

int HoldingModel::maturityWindow(const HoldingRow &row) const
{
    if (!row.isActive() || !row.maturityDate.isValid() || row.maturityDate < m_today)
        return 0;
    const qint64 days = m_today.daysTo(row.maturityDate);
    return days <= 30 ? 30 : days <= 90 ? 90 : 0;
}

QVariant HoldingModel::cell(const HoldingRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Family: return DomainTerms::label(Vocabulary::ProductFamily, row.productFamily);
        case Product: return row.productShown(); // with a status this build does not know
        case Amount: return row.amount.toDisplayString();
        case Rate:
            return row.rateBp == 0 ? QString()
                                   : QLocale().toString(row.rateBp / 100.0, 'f', 2)
                            + QLatin1Char('%');
        case Maturity:
            return row.maturityDate.isValid()
                    ? QLocale().toString(row.maturityDate, QLocale::ShortFormat)
                    : tr("open-ended");
        }
    } else if (role == Qt::ForegroundRole && !row.isActive()) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    } else if (role == Qt::TextAlignmentRole && (column == Amount || column == Rate)) {
        return numberAlignment();
    } else if (role == Qt::BackgroundRole) {
        switch (maturityWindow(row)) {
        case 30: return QBrush(QColor(0xf8, 0xd7, 0xda));
        case 90: return QBrush(QColor(0xff, 0xf3, 0xcd));
        default: break;
        }
    } else if (role == Qt::ToolTipRole && column == Maturity) {
        switch (maturityWindow(row)) {
        case 30: return tr("Matures within 30 days");
        case 90: return tr("Matures within 90 days");
        default: break;
        }
    } else if (role == Qt::UserRole) {
        return row.id;
    }
    return {};
}

} // namespace bd
