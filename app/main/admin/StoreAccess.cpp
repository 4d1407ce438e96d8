#include "StoreAccess.h"

#include "AdminText.h"
#include "Console.h"
#include "Store.h"
#include "StoreInspection.h"

#include <QDir>
#include <QFile>

namespace bd::admin::StoreAccess {

bool openExisting(Store &store, const QString &path)
{
    const StoreInspection inspection = StoreInspection::inspect(path, Store::latestSchemaVersion());
    if (inspection.verdict == StoreInspection::Verdict::Missing
        || inspection.verdict == StoreInspection::Verdict::Empty) {
        Console::err(Admin::tr("There is no BranchDesk database at %1. Create one with "
                               "'branchdesk-admin init --db %1'.")
                             .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!store.open(path)) {
        Console::err(store.errorString());
        return false;
    }
    return true;
}

void removeCreated(Store &store)
{
    if (!store.wasCreated())
        return;
    const QString path = store.path();
    store.close();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace bd::admin::StoreAccess
