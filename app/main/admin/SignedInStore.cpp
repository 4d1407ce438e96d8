#include "app/main/admin/SignedInStore.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/customers/CustomerService.h"

#include <QRegularExpression>

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

std::optional<QString> customerReference(CustomerService &service, const QString &reference)
{
    static const QRegularExpression cif(QStringLiteral("^[cC]\\d+$"));
    if (!cif.match(reference).hasMatch())
        return reference;
    const Result<QList<CustomerSummary>> found = service.find(reference, 5);
    if (!found) {
        Console::err(found.errorString());
        return std::nullopt;
    }
    for (const CustomerSummary &customer : *found) {
        if (customer.cifNo.compare(reference, Qt::CaseInsensitive) == 0)
            return customer.id;
    }
    Console::err(Admin::tr("No customer has the CIF number %1.").arg(reference));
    return std::nullopt;
}

} // namespace bd::admin
