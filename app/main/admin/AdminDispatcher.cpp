#include "app/main/admin/AdminDispatcher.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/AuditCommand.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/CustomerCommands.h"
#include "app/main/admin/DemoCommand.h"
#include "app/main/admin/ImportCommands.h"
#include "app/main/admin/InitCommand.h"
#include "app/main/admin/KeysCommand.h"
#include "app/main/admin/KycCommand.h"
#include "app/main/admin/OpportunitiesCommand.h"
#include "app/main/admin/ProductCommands.h"
#include "app/main/admin/RulesCommand.h"
#include "app/main/admin/StatsCommand.h"
#include "app/main/admin/SyncCommand.h"
#include "app/main/admin/UserCommands.h"
#include "app/main/admin/VoiceCommand.h"

namespace bd::admin {

AdminDispatcher::AdminDispatcher()
{
    add(std::make_unique<InitCommand>());
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<UserCommands>());
    add(std::make_unique<CustomerCommands>());
    add(std::make_unique<StatsCommand>());
    add(std::make_unique<AuditCommand>());
    add(std::make_unique<KeysCommand>());
    add(std::make_unique<KycCommand>());
    add(std::make_unique<SyncCommand>());
    add(std::make_unique<ImportCommands>());
    add(std::make_unique<ProductCommands>());
    add(std::make_unique<VoiceCommand>());
    add(std::make_unique<RulesCommand>());
    add(std::make_unique<OpportunitiesCommand>());
}

QString AdminDispatcher::summary() const
{
    return Admin::tr("Set-up and operations of a BranchDesk workstation database.");
}

QString AdminDispatcher::description() const
{
    return summary();
}

QString AdminDispatcher::epilogue(const QString &usage) const
{
    return Admin::tr("Run '%1 <command> --help' for the options of a command.\n"
                     "\n"
                     "Environment:\n"
                     "  BRANCHDESK_PASSWORD      password of --user (and of init's "
                     "--admin-user)\n"
                     "  BRANCHDESK_NEW_PASSWORD  new password for 'user add' and 'user passwd'\n"
                     "  Without them, passwords are asked for at a terminal.\n"
                     "\n"
                     "Exit status: 0 done, 1 failed or refused, 2 wrong usage.")
            .arg(usage);
}

int AdminDispatcher::runOption(const QString &argument)
{
    if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
        Console::out(QStringLiteral("branchdesk-admin %1").arg(QLatin1String(PROJECT_VERSION)));
        return Success;
    }
    return -1;
}

} // namespace bd::admin
