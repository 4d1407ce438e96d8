#include "app/domain/ContactVoidRules.h"

namespace bd::ContactVoidRules {

bool mayVoid(const QString &voider, StaffRole role, const QString &author)
{
    if (role == StaffRole::BranchHead)
        return true;
    return !voider.isEmpty() && voider == author;
}

bool withinWindow(const QDateTime &occurredAt, const QDateTime &now)
{
    // A void stamped before the contact is no void of it (a clock or a forgery).
    return occurredAt.isValid() && now.isValid() && now >= occurredAt.addSecs(-300)
            && now <= occurredAt.addDays(kWindowDays);
}

} // namespace bd::ContactVoidRules
