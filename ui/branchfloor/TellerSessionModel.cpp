#include "ui/branchfloor/TellerSessionModel.h"

#include "app/domain/DomainTerms.h"
#include "ui/common/TimeText.h"

namespace bd {

QStringList TellerSessionModel::headers() const
{
    return {tr("Time"), tr("Customer"), tr("Business"), tr("Value class"), tr("Seven steps"),
            tr("Referred"), tr("Rating")};
}

QVariant TellerSessionModel::cell(const TellerSessionLine &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == 4) {
        const QStringList steps = DomainTerms::codes(Vocabulary::TellerStep); // in order
        QStringList missed;
        for (int step = 0; step < int(row.stepDone.size()); ++step) {
            if (!row.stepDone[size_t(step)])
                missed << DomainTerms::label(Vocabulary::TellerStep, steps.value(step));
        }
        return missed.isEmpty() ? tr("All seven steps done")
                                : tr("Not done: %1").arg(missed.join(QLatin1String(", ")));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return TimeText::time(row.startedAt);
    case 1: return row.customerName.isEmpty() ? tr("(walk-in)") : row.customerName;
    case 2: return DomainTerms::shortLabel(Vocabulary::BusinessType, row.businessType);
    case 3: return DomainTerms::label(Vocabulary::ValueClass, row.valueClass);
    case 4: {
        QString marks;
        for (bool done : row.stepDone)
            marks += done ? QChar(0x25CF) : QChar(0x25CB); // ● done, ○ missed
        return tr("%1  %2/%3").arg(marks).arg(row.stepsDone()).arg(row.stepDone.size());
    }
    case 5: return row.referred ? tr("Yes") : QString();
    case 6: // ★ given, ☆ not
        return row.rating > 0
                ? QString(row.rating, QChar(0x2605)) + QString(5 - row.rating, QChar(0x2606))
                : QString();
    default: return {};
    }
}

} // namespace bd
