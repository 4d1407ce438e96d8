#pragma once

#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QString>

namespace bd::ContactVoidRules {

// How long after a contact it may be voided (issue #15, F10). A wrong row is noticed the
// same day or when the call list is reviewed at the week's end; later, the contact has been
// counted and acted on (reports, follow-ups, the customer's cap) and a correction belongs to
// the branch head's review, not to a quiet void. The desk and the server use the same rule.
constexpr int kWindowDays = 7;

// Whether `voider` (with `role`) may void a contact `author` logged at `occurredAt`, at
// `now`: the author themself, or the branch head, within the window.
bool mayVoid(const QString &voider, StaffRole role, const QString &author);
bool withinWindow(const QDateTime &occurredAt, const QDateTime &now);

} // namespace bd::ContactVoidRules
