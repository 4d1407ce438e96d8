#include "app/main/admin/StoreAccess.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"
#include "app/services/core/WorkstationStore.h"
#include "database/core/Store.h"
#include "database/core/StoreInspection.h"

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
    if (const Result<> opened = WorkstationStore::open(store, path); !opened) {
        Console::err(opened.errorString());
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
