#include "app/main/admin/OpportunitiesCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/opportunities/OpportunityBoard.h"
#include "app/sync/SyncStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace bd::admin {

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject opportunityJson(const OpenOpportunity &o)
{
    return {{QStringLiteral("id"), o.id.toString()},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("id"), o.customerId.toString()},
                         {QStringLiteral("name"), o.customerName},
                         {QStringLiteral("cif_no"), o.cifNo}}},
            {QStringLiteral("rule"), o.ruleId},
            {QStringLiteral("title"), o.title.current()},
            {QStringLiteral("purpose"), o.purpose},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("for"), o.assignedRole},
            {QStringLiteral("priority"), o.priority},
            {QStringLiteral("created_at"), timeOrNull(o.createdAt)},
            {QStringLiteral("deadline"), timeOrNull(o.deadline)}};
}
} // namespace

QString OpportunitiesCommand::summary() const
{
    return Admin::tr("List your open opportunities as of the last sync.");
}

int OpportunitiesCommand::run(const QStringList &arguments, const QString &usage)
{
    CommandLine line(usage,
                     Admin::tr("Lists the open opportunities the event rules found for the "
                               "person signed in (a branch head also sees those for the branch "
                               "head and the branch pool), as the last sync brought them to "
                               "this file: customer, rule, reason and deadline, earliest "
                               "deadline first."));
    line.addUserOption();
    line.addJsonOption();
    if (const std::optional<int> stop = line.parseNoArguments(arguments))
        return *stop;
    SignedInStore signedIn;
    if (const int code = signedIn.open(line); code != Success)
        return code;
    const Result<QList<OpenOpportunity>> open
            = OpportunityBoard(signedIn.store, *signedIn.session).open();
    if (Console::failed(open))
        return Failure;
    const QDateTime synced = SyncStatus::read(signedIn.store, *signedIn.session).lastRoundAt;
    if (line.json()) {
        QJsonArray list;
        for (const OpenOpportunity &o : *open)
            list.append(opportunityJson(o));
        Console::json(QJsonObject{{QStringLiteral("user"), line.user()},
                                  {QStringLiteral("last_sync"), timeOrNull(synced)},
                                  {QStringLiteral("opportunities"), list}});
        return Success;
    }
    if (open->isEmpty()) {
        Console::out(Admin::tr("No open opportunities."));
        return Success;
    }
    const QLocale locale;
    TextTable table({Admin::tr("Customer"), Admin::tr("Opportunity"), Admin::tr("Why"),
                     Admin::tr("Contact by")});
    for (const OpenOpportunity &o : *open)
        table.addRow({o.customerName + QStringLiteral(" (") + o.cifNo + QLatin1Char(')'),
                      o.title.current(), o.reason,
                      o.deadline.isValid()
                              ? locale.toString(o.deadline.toLocalTime(), QLocale::ShortFormat)
                              : QStringLiteral("-")});
    table.print();
    return Success;
}

} // namespace bd::admin
