#include "app/services/core/DefaultDatabasePath.h"

#include <QDir>
#include <QStandardPaths>

namespace bd {

QString defaultDatabasePath()
{
    const QDir dataHome(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    return dataHome.filePath(QStringLiteral("BranchDesk/branchdesk/branchdesk.db"));
}

} // namespace bd
