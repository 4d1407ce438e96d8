#include "ui/branchfloor/ReferralQueueModel.h"

#include "app/domain/DomainTerms.h"
#include "ui/common/TimeText.h"

#include <QColor>
#include <QLocale>

namespace bd {

QStringList ReferralQueueModel::headers() const
{
    return {tr("Customer"), tr("Source"), tr("Form"), tr("Referred by"), tr("Referred to"),
            tr("Waiting"), tr("Checklist"), tr("Status"), tr("Why referred")};
}

QVariant ReferralQueueModel::cell(const ReferralLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == 5 || column == 6))
        return numberAlignment();
    if (role == Qt::UserRole)
        return row.id;
    if (role == Qt::ToolTipRole && !(row.interest + row.reason).isEmpty())
        return QStringList{row.interest, row.reason}.join(QLatin1Char('\n')).trimmed();
    if (role == Qt::ForegroundRole && column == 7 && row.escalated)
        return QVariant::fromValue(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0:
        if (!row.customerName.isEmpty())
            return row.customerName;
        return row.description.isEmpty() ? tr("(walk-in)") : row.description;
    case 1: return DomainTerms::shortLabel(Vocabulary::ReferralSource, row.source);
    case 2: return DomainTerms::shortLabel(Vocabulary::ReferralFormKind, row.form);
    case 3: return row.referredByName;
    case 4: return row.referredToName.isEmpty() ? tr("(not yet)") : row.referredToName;
    case 5: return TimeText::age(row.createdAt);
    case 6: return tr("%1 of %2").arg(row.checksDone)
                                 .arg(DomainTerms::codes(Vocabulary::ReferralCheck).size());
    case 7: {
        // A state a newer version wrote is said to be unknown, not shown as a code or guessed.
        const QString status = row.status
                ? DomainTerms::label(Vocabulary::ReferralStatus, WorkStates::code(*row.status))
                : tr("a state this version of BranchDesk does not know");
        return row.escalated ? tr("%1 (escalated)").arg(status) : status;
    }
    case 8: {
        // Read in the list itself: the manager decides whom to call first from it.
        QStringList why{row.interest.trimmed(), row.reason.trimmed()};
        why.removeAll(QString());
        // The customer came back while it was open: a reason to call now (issue 15 F8).
        if (row.seenAgainAt.isValid())
            why.prepend(tr("Seen again in the lobby %1")
                                .arg(QLocale().toString(row.seenAgainAt.toLocalTime(),
                                                        QLocale::ShortFormat)));
        return why.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

} // namespace bd
