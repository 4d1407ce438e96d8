#include "app/services/privacy/PermissionGate.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

namespace bd::PermissionGate {

bool require(Store &store, const Session &session, Permission permission, QString *refusal)
{
    if (session.can(permission))
        return true;
    *refusal = session.refusal(permission);
    Transaction transaction(store.database());
    AuditTrail(store).record(&session, QStringLiteral("permission_refused"), {}, {},
                             {{QStringLiteral("permission"), Permissions::code(permission)}});
    transaction.commit();
    return false;
}

} // namespace bd::PermissionGate
