#include "app/main/admin/DemoCommand.h"

#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/StaffRole.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/ProgressReporter.h"
#include "app/main/admin/StatisticsReport.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/core/WorkstationStore.h"
#include "database/core/Store.h"

#include <QDir>

#include <memory>
#include <optional>

namespace bd::admin {

namespace {
constexpr int kMaxCustomers = 10'000'000;
}

QString DemoCommand::summary() const
{
    return Admin::tr("Create a database filled with a generated demo branch.");
}

int DemoCommand::run(const QStringList &arguments, const QString &usage)
{
    const DemoBranchGenerator::Options defaults;
    CommandLine line(usage,
                     Admin::tr("Fills a new database at --db with a realistic, generated branch: "
                               "staff of every role, customers with holdings, transactions, "
                               "events, interactions, KYC, tags, lobby visits, referrals, call "
                               "lists and care tasks. The same seed gives the same branch. "
                               "Prints a summary and the demo sign-ins."));
    line.addOption({QStringLiteral("customers"),
                    Admin::tr("Number of customers (default: %1).").arg(defaults.customers),
                    Admin::tr("N"), QString::number(defaults.customers)});
    line.addOption({QStringLiteral("seed"),
                    Admin::tr("Seed of the generator (default: %1).").arg(defaults.seed),
                    Admin::tr("S"), QString::number(defaults.seed)});
    line.addOption({QStringLiteral("branch"),
                    Admin::tr("Code of the demo branch (default: %1).").arg(defaults.branchCode),
                    Admin::tr("CODE"), defaults.branchCode});
    if (const std::optional<int> stop = line.parseNoArguments(arguments))
        return *stop;

    DemoBranchGenerator::Options options;
    bool ok = false;
    options.customers = line.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || options.customers < 1 || options.customers > kMaxCustomers)
        return line.usageError(Admin::tr("--customers takes a whole number from 1 to %1.")
                                       .arg(kMaxCustomers));
    options.seed = line.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return line.usageError(Admin::tr("--seed takes a whole number."));
    options.branchCode = line.value(QStringLiteral("branch")).trimmed();
    if (options.branchCode.isEmpty())
        return line.usageError(Admin::tr("--branch needs a branch code."));

    Store store;
    if (Console::failed(WorkstationStore::open(store, line.databasePath(), StoreAccess::upgradeLines())))
        return Failure;
    // One reporter per phase: a phase that counts shows its percentage, one that cannot
    // (writing today's work, the final save) says that it has started.
    std::unique_ptr<ProgressReporter> progress;
    std::optional<DemoBranchGenerator::Phase> shown;
    options.phaseProgress = [&](DemoBranchGenerator::Phase phase, qint64 done, qint64 total) {
        if (shown != phase) {
            if (progress)
                progress->finish();
            shown = phase;
            const QString label = DemoBranchGenerator::phaseLabel(phase);
            progress = std::make_unique<ProgressReporter>(
                    label, phase == DemoBranchGenerator::Phase::Customers
                                   ? Admin::tr("customers")
                                   : Admin::tr("customers indexed"));
            if (total == 0)
                progress->note(label + QStringLiteral("…"));
        }
        if (total > 0)
            progress->update(done, total);
    };
    DemoBranchGenerator generator;
    if (const Result<> generated = generator.generate(store, options); !generated) {
        Console::err(Admin::tr("The demo branch could not be made: %1")
                             .arg(generated.errorString().isEmpty()
                                          ? Admin::tr("the generator gave no reason")
                                          : generated.errorString()));
        StoreAccess::removeCreated(store);
        return Failure;
    }
    if (progress)
        progress->finish();

    Console::out(Admin::tr("Demo branch %1 written to %2 (seed %3).")
                         .arg(options.branchCode, QDir::toNativeSeparators(store.path()))
                         .arg(options.seed));
    if (const Result<StoreStatistics> statistics = StatisticsRepository(store).collect()) {
        for (const QString &row : StatisticsReport::lines(*statistics))
            Console::out(QLatin1String("  ") + row);
    }
    Console::out();
    Console::out(Admin::tr("Demo sign-ins (demo databases only):"));
    const QList<DemoBranchGenerator::DemoAccount> accounts = DemoBranchGenerator::demoAccounts();
    qsizetype width = 0;
    for (const DemoBranchGenerator::DemoAccount &account : accounts)
        width = std::max(width, account.username.size());
    for (const DemoBranchGenerator::DemoAccount &account : accounts) {
        const std::optional<StaffRole> role = StaffRoles::fromCode(account.role);
        Console::out(QLatin1String("  ") + account.username.leftJustified(width + 2)
                     + account.password.leftJustified(14)
                     + (role ? StaffRoles::label(*role) : account.role));
    }
    return Success;
}

} // namespace bd::admin
