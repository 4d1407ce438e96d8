#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"
#include "database/core/Store.h"

#include <QStringList>

#include <optional>

namespace bd::admin {

class CommandLine;

// The database opened and --user signed in: what every command on customer data starts
// with. open() prints why it failed and returns the exit code; `withoutUser` is the usage
// error when --user is missing (a general one if empty).
struct SignedInStore
{
    Store store;
    std::optional<Session> session;
    CustomerId customerId; // after openFor(): the customer the command line names

    int open(const CommandLine &line, const QString &withoutUser = {});
    // open(), then the customer named by the first positional argument (an id or a CIF
    // number in any form; an unknown one goes on as an id, for the command to report).
    int openFor(const CommandLine &line, const QString &withoutUser = {});
    // The opening of a signed-in command: CommandLine::parse(), then open(). std::nullopt:
    // go on; a value: the exit code to stop with.
    std::optional<int> parseAndOpen(CommandLine &line, const QStringList &arguments);
    // The opening of a command on one customer: CommandLine::parseOneCustomer(), then
    // openFor(). std::nullopt: go on; a value: the exit code to stop with.
    std::optional<int> parseAndOpenFor(CommandLine &line, const QStringList &arguments,
                                       const QString &withoutUser = {});
};

} // namespace bd::admin
