#include "app/main/admin/StoreAccess.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"
#include "app/services/core/WorkstationStore.h"
#include "database/core/Store.h"
#include "database/core/StoreInspection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <memory>

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
    return !Console::failed(WorkstationStore::open(store, path, upgradeLines()));
}

MigrationProgressFn upgradeLines()
{
    auto sinceLine = std::make_shared<QElapsedTimer>();
    auto lastStep = std::make_shared<int>(0);
    return [sinceLine, lastStep](const MigrationProgress &progress) {
        const bool starts = progress.step != *lastStep;
        *lastStep = progress.step;
        if (!starts && !progress.stepDone && sinceLine->isValid() && sinceLine->elapsed() < 1000)
            return;
        sinceLine->start();
        const qint64 seconds = progress.elapsedMs / 1000;
        QString line = Admin::tr("Updating the branch's data for the new version: step %1 of %2")
                               .arg(progress.step)
                               .arg(progress.steps);
        if (progress.stepDone)
            line = Admin::tr("%1: done (%2 s)").arg(line).arg(seconds);
        else if (progress.fraction >= 0)
            line = Admin::tr("%1: %2 % (%3 s)").arg(line).arg(int(progress.fraction * 100)).arg(seconds);
        else
            line = Admin::tr("%1 (%2 s)").arg(line).arg(seconds);
        Console::err(line);
    };
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
