#pragma once

// branchdesk-server's embedded (SQLite) store opened inside the test's own process, for
// tests that write to or look into the server's tables directly.
#include "app/domain/Result.h"
#include "app/server/ServerStore.h"

namespace bd::test {

// Opens (making it if need be) the embedded store in the file `path`.
inline Result<> openEmbeddedStore(ServerStore &store, const QString &path)
{
    ServerStore::Settings settings;
    settings.driver = ServerStore::Settings::Driver::Sqlite;
    settings.path = path;
    return store.open(settings);
}

} // namespace bd::test
