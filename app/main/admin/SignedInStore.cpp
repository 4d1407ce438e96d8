#include "app/main/admin/SignedInStore.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/customers/CustomerService.h"

#include <QUuid>

namespace bd::admin {

int SignedInStore::open(const CommandLine &line, const QString &withoutUser)
{
    if (line.user().isEmpty())
        return line.usageError(withoutUser.isEmpty()
                                       ? Admin::tr("This command needs --user to sign in.")
                                       : withoutUser);
    if (!StoreAccess::openExisting(store, line.databasePath()))
        return Failure;
    session = CliSignIn::signIn(store, line.user());
    return session ? Success : Failure;
}

int SignedInStore::openFor(const CommandLine &line, const QString &withoutUser)
{
    if (const int code = open(line, withoutUser); code != Success)
        return code;
    // Customer ids are UUIDs; anything else is a CIF number, whatever its form (core-banking
    // systems use C20001, RT2001 ...). Not a CIF number of this file: the reference goes on
    // as an id, and the command reports that no customer has it.
    const QString reference = line.positional().value(0);
    customerId = CustomerId(reference);
    if (QUuid::fromString(reference).isNull()) {
        if (const Result<QString> id = CustomerService(store, *session).idByCif(reference))
            customerId = CustomerId(*id);
    }
    return Success;
}

std::optional<int> SignedInStore::parseAndOpen(CommandLine &line, const QStringList &arguments)
{
    if (const std::optional<int> stop = line.parse(arguments))
        return stop;
    if (const int code = open(line); code != Success)
        return code;
    return std::nullopt;
}

std::optional<int> SignedInStore::parseAndOpenFor(CommandLine &line, const QStringList &arguments,
                                                  const QString &withoutUser)
{
    if (const std::optional<int> stop = line.parseOneCustomer(arguments))
        return stop;
    if (const int code = openFor(line, withoutUser); code != Success)
        return code;
    return std::nullopt;
}

} // namespace bd::admin
