#include "resources/AppResources.h"

namespace bd::AppResources {

QString iconPath()
{
    return QStringLiteral(":/icons/branchdesk.svg");
}

QString applicationId()
{
    return QStringLiteral("io.github.branchdesk.BranchDesk");
}

} // namespace bd::AppResources
