#include "app/main/admin/StatsCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StatisticsReport.h"
#include "app/main/admin/StoreAccess.h"
#include "database/core/Store.h"

namespace bd::admin {

QString StatsCommand::summary() const
{
    return Admin::tr("Count what the database holds (no sign-in, no personal data).");
}

int StatsCommand::run(const QStringList &arguments, const QString &usage)
{
    CommandLine line(usage,
                     Admin::tr("Counts what the database holds: customers by tier, holdings, "
                               "transactions, events, interactions, today's lobby visits, open "
                               "referrals and call tasks, care tasks due, staff by role, changes "
                               "waiting for sync, audit entries, schema version and file size. "
                               "Only counts are shown, so no sign-in is needed."));
    line.addJsonOption();
    if (const std::optional<int> stop = line.parseNoArguments(arguments))
        return *stop;

    Store store;
    if (!StoreAccess::openExisting(store, line.databasePath()))
        return Failure;
    const Result<StoreStatistics> counted = StatisticsRepository(store).collect();
    if (!counted) {
        Console::err(Admin::tr("The database could not be counted: %1")
                             .arg(counted.errorString()));
        return Failure;
    }
    const StoreStatistics &statistics = *counted;
    if (line.json()) {
        Console::json(StatisticsReport::json(statistics));
        return Success;
    }
    for (const QString &row : StatisticsReport::lines(statistics))
        Console::out(row);
    return Success;
}

} // namespace bd::admin
