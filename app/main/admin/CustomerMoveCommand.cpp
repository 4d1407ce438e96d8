#include "app/main/admin/CustomerMoveCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/customers/CustomerService.h"

namespace bd::admin {

namespace {

class CustomerMoveCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("move"); }
    QString summary() const override
    {
        return Admin::tr("Move a customer, with their history, to another branch.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Moves the customer to another branch: their manager "
                                   "assignment is cleared, and at the next sync they leave this "
                                   "branch's workstations and arrive, with their holdings, "
                                   "transactions, interactions, KYC, tags and tasks, on the new "
                                   "branch's. Needs the transfer_customer permission; audited "
                                   "with the reason."));
        line.addUserOption();
        line.addOption({QStringLiteral("to"), Admin::tr("The new branch: its id or code."),
                        Admin::tr("BRANCH")});
        line.addOption({QStringLiteral("reason"),
                        Admin::tr("Why the customer moves (required)."), Admin::tr("TEXT")});
        line.addCustomerArgument();
        if (const std::optional<int> stop = line.parseOneCustomer(arguments))
            return *stop;
        const QString to = line.value(QStringLiteral("to")).trimmed();
        if (to.isEmpty())
            return line.usageError(Admin::tr("Give the new branch with --to."));
        if (line.value(QStringLiteral("reason")).trimmed().isEmpty())
            return line.usageError(Admin::tr("Give the reason with --reason."));
        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line); code != Success)
            return code;
        const CustomerId &id = signedIn.customerId;
        const BranchRepository branches(signedIn.store);
        const std::optional<Branch> target = branches.byId(to) ? branches.byId(to)
                                                               : branches.byCode(to);
        CustomerTransferService transfer(signedIn.store, *signedIn.session);
        const Result<int> moved = transfer.moveToBranch(id, target ? target->id : to,
                                                        line.value(QStringLiteral("reason")));
        if (Console::failed(moved))
            return Failure;
        Console::out(Admin::tr("Customer %1 moved to branch %2 (%3 rows go with them at the "
                               "next sync).")
                             .arg(id.toString(), target ? target->code : to)
                             .arg(*moved));
        return Success;
    }
};

} // namespace

std::unique_ptr<AdminCommand> customerMoveCommand()
{
    return std::make_unique<CustomerMoveCommand>();
}

} // namespace bd::admin
