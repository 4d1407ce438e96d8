#include "ui/shell/StoreOpening.h"

#include "app/services/core/WorkstationStore.h"
#include "database/core/Store.h"

#include <QCoreApplication>

namespace bd {

StoreOpening openWorkstationStore(const QString &path, const MigrationProgressFn &progress)
{
    StoreOpening opening;
    auto store = std::make_unique<Store>();
    if (const Result<> opened = WorkstationStore::open(*store, path, progress); !opened) {
        opening.error = opened.errorString().isEmpty()
                ? QCoreApplication::translate("StoreOpening", "%1 cannot be opened.").arg(path)
                : opened.errorString();
        return opening;
    }
    opening.created = store->wasCreated();
    opening.store = std::move(store);
    return opening;
}

} // namespace bd
