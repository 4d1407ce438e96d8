#pragma once

// A test's database file holding a demo branch (DemoBranchGenerator, default options but
// the number of customers): what most desk, GUI and sync tests open first.
#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/Result.h"
#include "database/core/Store.h"

namespace bd::test {

// Opens `store` on a new file at `path` and fills it with a demo branch of `customers`
// customers; why not, if it could not.
inline Result<> openDemoBranch(Store &store, const QString &path, int customers)
{
    if (Result<> opened = store.open(path); !opened)
        return opened;
    DemoBranchGenerator::Options options;
    options.customers = customers;
    return DemoBranchGenerator().generate(store, options);
}

// The same file made and closed again (a program or another store opens it next): empty
// when it was made; otherwise why not.
inline QString demoFileAt(const QString &path, int customers)
{
    Store store;
    const Result<> made = openDemoBranch(store, path, customers);
    return made ? QString() : made.errorString();
}

} // namespace bd::test
