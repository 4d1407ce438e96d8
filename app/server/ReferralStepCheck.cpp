#include "app/server/ReferralStepCheck.h"

#include "app/domain/ReferralStepRules.h"

#include <QCoreApplication>

namespace bd::ReferralStepCheck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStepCheck)
};
} // namespace

QString refusal(const SignedInStaff &caller, StaffRole callerRole, const SyncChange &change,
                const RowField &field)
{
    if (change.table != QLatin1String("referral_transition")
        || change.op != QLatin1String("upsert") || change.isTransferCopy())
        return {};
    const QString staffId = QStringLiteral("staff_id");
    const QString from = QStringLiteral("from_status");
    const QString to = QStringLiteral("to_status");
    if (!change.fields.contains(staffId) && !change.fields.contains(from)
        && !change.fields.contains(to))
        return {};
    const QString by = change.fields.value(staffId).toString();
    if (!by.isEmpty() && !caller.is(by))
        return Text::tr("staff_id of a referral step is not the signed-in user");
    const QString fromStatus = valueAfter(change, field, from);
    const bool seenAgain = !fromStatus.isEmpty() && fromStatus == valueAfter(change, field, to);
    if (seenAgain && !ReferralStepRules::mayNoteSeenAgain(callerRole))
        return Text::tr("only the lobby manager or the branch head notes a customer seen again "
                        "on an open referral");
    return {};
}

} // namespace bd::ReferralStepCheck
