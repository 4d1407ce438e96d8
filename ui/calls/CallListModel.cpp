#include "ui/calls/CallListModel.h"

#include "app/domain/DomainTerms.h"
#include "ui/common/TimeText.h"

namespace bd {

int CallListModel::share(int part, int reached)
{
    return reached > 0 ? (100 * part + reached / 2) / reached : -1;
}

QStringList CallListModel::headers() const
{
    return {tr("Call list"), tr("Mode"), tr("Period"), tr("Managers"), tr("Tasks"), tr("Excluded"),
            tr("Open"), tr("Reached"), tr("Not reached"), tr("Interested"), tr("Refused"),
            tr("Interested %"), tr("Refused %")};
}

QVariant CallListModel::cell(const CallListSummary &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= Tasks)
        return numberAlignment();
    if (role == Qt::ToolTipRole && (column == InterestedShare || column == RefusedShare))
        return tr("Share of the reached customers (%1)").arg(row.reached);
    if (role != Qt::DisplayRole)
        return {};
    auto percent = [&](int part) {
        const int value = share(part, row.reached);
        return value < 0 ? QVariant(QStringLiteral("–")) : QVariant(tr("%1%").arg(value));
    };
    switch (column) {
    case Name: return row.name;
    case Mode: return DomainTerms::label(Vocabulary::AssignmentMode,
                                         row.mode == QLatin1String("owner") ? QStringLiteral("owned")
                                                                            : QStringLiteral("list"));
    case Period: return tr("%1 – %2").arg(TimeText::date(row.startsOn), TimeText::date(row.endsOn));
    case Managers: return row.managers;
    case Tasks: return row.tasks;
    case Excluded: return row.excluded;
    case Open: return row.open;
    case Reached: return row.reached;
    case NotReached: return row.notReached;
    case Interested: return row.interested;
    case Refused: return row.refused;
    case InterestedShare: return percent(row.interested);
    case RefusedShare: return percent(row.refused);
    default: return {};
    }
}

} // namespace bd
