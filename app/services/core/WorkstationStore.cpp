#include "app/services/core/WorkstationStore.h"

#include "app/services/core/ServiceLogging.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"

namespace bd::WorkstationStore {

Result<> open(Store &store, const QString &path, const MigrationProgressFn &progress)
{
    if (Result<> opened = store.open(path, progress); !opened)
        return opened;
    // An encrypted file's blind keys wait for the data key (FieldKeyAccess at sign-in).
    if (Result<> indexed = CustomerSearchIndex(store).ensureCurrent(); !indexed)
        qCWarning(lcAuth) << "cannot build the search index:" << indexed.errorString();
    return {};
}

} // namespace bd::WorkstationStore
