#pragma once

// A demo branch's account of one role signed in, for tests that open that role's windows.

#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"

namespace bd::test {

inline Session signInDemo(Store &store, const QString &role)
{
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (account.role == role) {
            const auto result = AuthService(store).signIn(account.username, account.password);
            if (result.session)
                return *result.session;
        }
    }
    qFatal("no demo account for %s", qPrintable(role));
}

} // namespace bd::test
