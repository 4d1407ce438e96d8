#include "app/services/core/PermissionGate.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

namespace bd::PermissionGate {

Result<> require(Store &store, const Session &session, Permission permission)
{
    if (session.can(permission))
        return {};
    Transaction transaction(store.database());
    AuditTrail(store).record(&session, QStringLiteral("permission_refused"), {}, {},
                             {{QStringLiteral("permission"), Permissions::code(permission)}});
    (void)transaction.commit();
    return Error(session.refusal(permission));
}

} // namespace bd::PermissionGate
