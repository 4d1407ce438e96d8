#include "app/services/core/WorkstationStore.h"

#include "app/services/core/ServiceLogging.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"

namespace bd::WorkstationStore {

bool open(Store &store, const QString &path)
{
    if (!store.open(path))
        return false;
    // An encrypted file's blind keys wait for the data key (FieldKeyAccess at sign-in).
    CustomerSearchIndex index(store);
    if (!index.ensureCurrent())
        qCWarning(lcAuth) << "cannot build the search index:" << index.errorString();
    return true;
}

} // namespace bd::WorkstationStore
