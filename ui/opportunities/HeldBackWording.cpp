#include "ui/opportunities/HeldBackWording.h"

#include "ui/common/TimeText.h"

#include <QLocale>

namespace bd {

QString HeldBackWording::reason(const QString &code)
{
    if (code == QLatin1String("no_consent"))
        return tr("No marketing consent (not given or withdrawn)");
    if (code == QLatin1String("do_not_contact"))
        return tr("Customer asked not to be contacted");
    if (code == QLatin1String("frequency_cap"))
        return tr("Contacted often enough this period (frequency cap)");
    if (code == QLatin1String("no_manager"))
        return tr("Rule is for the customer's manager, and there is none");
    return code; // a code of a newer server: shown as it is
}

QString HeldBackWording::why(const BranchOpportunity &opportunity)
{
    if (!opportunity.status) // written by a newer version: said, not guessed
        return tr("In a state this version of BranchDesk does not know");
    if (*opportunity.status != OpportunityStatus::Held) {
        const QDateTime until = opportunity.contactAfter.toLocalTime();
        return tr("Quiet hours: delivered, contact after %1 %2")
                .arg(TimeText::date(until.date()), TimeText::time(opportunity.contactAfter));
    }
    QStringList reasons;
    for (const QString &code : opportunity.heldReasons)
        reasons << reason(code);
    return QLocale().createSeparatedList(reasons);
}

} // namespace bd
