#include "app/common/SyncProtocol.h"

#include <QCoreApplication>

namespace bd::SyncProtocol {

QString userAgent()
{
    return QStringLiteral("BranchDesk/%1 sync/%2")
            .arg(QCoreApplication::applicationVersion())
            .arg(kVersion);
}

} // namespace bd::SyncProtocol
