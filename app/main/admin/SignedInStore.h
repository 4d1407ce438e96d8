#pragma once

#include "app/services/core/Session.h"
#include "database/core/Store.h"

#include <optional>

namespace bd {
class CustomerService;
}

namespace bd::admin {

class CommandLine;

// The database opened and --user signed in: what every command on customer data starts
// with. open() prints why it failed and returns the exit code; `withoutUser` is the usage
// error when --user is missing (a general one if empty).
struct SignedInStore
{
    Store store;
    std::optional<Session> session;

    int open(const CommandLine &line, const QString &withoutUser = {});
};

// A customer named by id or CIF number (C followed by digits); prints why on failure.
std::optional<QString> customerReference(CustomerService &service, const QString &reference);

} // namespace bd::admin
