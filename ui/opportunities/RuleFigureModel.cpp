#include "ui/opportunities/RuleFigureModel.h"

#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"
#include "ui/opportunities/HeldBackWording.h"

#include <QLocale>

namespace bd {

QStringList RuleFigureModel::headers() const
{
    return {tr("Rule"),          tr("Fired"),      tr("Held back"),
            tr("Held back why"), tr("Delivered"),  tr("Contacted in time"),
            tr("Interested"),    tr("Converted"), tr("New AUM")};
}

QVariant RuleFigureModel::cell(const RuleFigures &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column != Rule && column != HeldWhy)
        return numberAlignment();
    if (role == Qt::ToolTipRole && column == Rule)
        return row.ruleId;
    if (role == Qt::ToolTipRole && column == NewAum)
        return tr("Bought through the suitability gate within %n day(s) after the contact",
                  nullptr, BranchOpportunityQueries::kNewAumDays);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case Rule: return row.title.isEmpty() ? row.ruleId : row.title.current();
    case Fired: return locale.toString(row.fired);
    case HeldBack: return locale.toString(row.heldBack);
    case HeldWhy: {
        QStringList why;
        for (auto it = row.heldWhy.constBegin(); it != row.heldWhy.constEnd(); ++it)
            why << QStringLiteral("%1: %2").arg(HeldBackWording::reason(it.key()),
                                                 locale.toString(it.value()));
        return why.join(QStringLiteral("; "));
    }
    case Delivered: return locale.toString(row.delivered);
    case InTime: return locale.toString(row.contactedInTime);
    case Interested: return locale.toString(row.interested);
    case Converted: return locale.toString(row.converted);
    case NewAum: return MoneyText::headline(row.newAum);
    default: return {};
    }
}

} // namespace bd
