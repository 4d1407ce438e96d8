#include "ui/calls/CallTaskModel.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/calls/CallOutcomes.h"
#include "ui/common/TimeText.h"

#include <QBrush>

namespace bd {

QList<CallTaskLine> callTaskLines(const QList<DayItem> &day)
{
    QList<CallTaskLine> lines;
    lines.reserve(day.size());
    for (const DayItem &item : day) {
        const DayTaskRow &t = item.task;
        lines.append({t.customerId, t.customerName, t.tier, t.aum, item.score.points,
                      item.score.summary(), t.dueOn, t.listName, t.taskId, t.care, t.careKind,
                      t.lastOutcome, t.attempts, t.doNotContact});
    }
    return lines;
}

QStringList CallTaskModel::headers() const
{
    return {tr("Score"), tr("Customer"), tr("Tier"), tr("AUM"), tr("Why now"), tr("Task"), tr("Due"),
            tr("Last outcome")};
}

QVariant CallTaskModel::cell(const CallTaskLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == Score || column == Aum))
        return numberAlignment();
    if (role == Qt::ForegroundRole && row.doNotContact)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && column == WhyNow)
        return QString(row.reason).replace(QStringLiteral("; "), QStringLiteral("\n"));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Score: return row.rankScore;
    case Customer: return row.customerName;
    case Tier: return Tiers::label(Tiers::fromCode(row.tier));
    case Aum: return row.aum.toDisplayString();
    case WhyNow: return row.reason;
    case Task:
        return row.care ? tr("Care: %1").arg(DomainTerms::label(Vocabulary::CareTaskKind, row.careKind))
                        : tr("Call: %1").arg(row.listName);
    case Due: return TimeText::date(row.dueOn);
    case LastOutcome:
        if (row.lastOutcome.isEmpty())
            return QString();
        return row.attempts > 1 ? tr("%1 (%n attempts)", nullptr, row.attempts).arg(CallOutcomes::outcomeLabel(row.lastOutcome))
                                : CallOutcomes::outcomeLabel(row.lastOutcome);
    default: return {};
    }
}

} // namespace bd
