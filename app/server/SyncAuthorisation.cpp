#include "app/server/SyncAuthorisation.h"

#include "app/common/CustomerMoveTables.h"
#include "app/common/TableWriteRights.h"
#include "app/domain/Permission.h"

namespace bd::SyncAuthorisation {

bool mayWrite(StaffRole role, const QString &table)
{
    return TableWriteRights::mayWrite(role, table);
}

bool mayWrite(StaffRole role, const SyncChange &change)
{
    const bool serverMadeCopy = change.table == QLatin1String("opportunity")
            && change.baseVersion == 0
            && change.fields.value(QStringLiteral("origin")).toString() == QLatin1String("server");
    return serverMadeCopy || mayWrite(role, change.table);
}

bool mayTransfer(StaffRole role, const QString &table)
{
    return Permissions::roleHas(role, Permission::TransferCustomer)
            && CustomerMoveTables::tables().contains(table);
}

} // namespace bd::SyncAuthorisation
