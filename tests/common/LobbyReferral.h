#pragma once

// A referral as the lobby's form fills one in, for the sync tests that refer a customer.

#include "database/branchfloor/ReferralRepository.h"
#include "database/core/SqlTime.h"

namespace bd::test {

inline ReferralRecord lobbyReferral(const QString &branchId, const QString &customerId,
                                    const QString &referredBy, const QString &reason)
{
    ReferralRecord referral;
    referral.branchId = branchId;
    referral.customerId = CustomerId(customerId);
    referral.form = QStringLiteral("referral");
    referral.source = QStringLiteral("lobby");
    referral.referredBy = referredBy;
    referral.reason = reason;
    referral.createdAt = SqlTime::now();
    return referral;
}

} // namespace bd::test
