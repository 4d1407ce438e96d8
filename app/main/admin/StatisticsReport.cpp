#include "app/main/admin/StatisticsReport.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/StaffRole.h"
#include "app/main/admin/AdminText.h"

#include <QLocale>

#include <utility>

namespace bd::admin::StatisticsReport {

namespace {
QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

QStringList lines(const StoreStatistics &s)
{
    const QLocale locale;
    QList<std::pair<QString, QString>> rows;
    const auto add = [&](const QString &label, qint64 value, int indent = 0) {
        rows.append({QString(indent, QLatin1Char(' ')) + label, locale.toString(value)});
    };
    rows.append({Admin::tr("Schema version"), QString::number(s.schemaVersion)});
    rows.append({Admin::tr("File size"), locale.formattedDataSize(s.fileSizeBytes)});
    add(Admin::tr("Branches"), s.branches);
    add(Admin::tr("Customers"), s.customers);
    for (const CustomerTier tier : {CustomerTier::Ordinary, CustomerTier::Silver,
                                    CustomerTier::Gold, CustomerTier::Platinum,
                                    CustomerTier::Diamond})
        add(Tiers::label(tier), s.customersByTier.value(Tiers::code(tier)), 2);
    add(Admin::tr("Holdings"), s.holdings);
    add(Admin::tr("Transactions"), s.transactions);
    add(Admin::tr("Customer events"), s.events);
    add(Admin::tr("Interactions"), s.interactions);
    add(Admin::tr("Lobby visits today"), s.lobbyVisitsToday);
    add(Admin::tr("Open referrals"), s.openReferrals);
    add(Admin::tr("Open call tasks"), s.openCallTasks);
    add(Admin::tr("Care tasks due"), s.careTasksDue);
    add(Admin::tr("Active staff"), s.staff);
    for (const StaffRole role : StaffRoles::all())
        add(StaffRoles::label(role), s.staffByRole.value(StaffRoles::code(role)), 2);
    add(Admin::tr("Changes waiting for sync"), s.pendingSyncChanges);
    add(Admin::tr("Audit entries"), s.auditEntries);

    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size());
    QStringList result;
    for (const auto &row : std::as_const(rows))
        result << (row.first + QLatin1Char(':')).leftJustified(width + 2) + row.second;
    return result;
}

QJsonObject json(const StoreStatistics &s)
{
    return {
        {QStringLiteral("schemaVersion"), s.schemaVersion},
        {QStringLiteral("fileSizeBytes"), s.fileSizeBytes},
        {QStringLiteral("branches"), s.branches},
        {QStringLiteral("customers"), s.customers},
        {QStringLiteral("customersByTier"), counts(s.customersByTier)},
        {QStringLiteral("holdings"), s.holdings},
        {QStringLiteral("transactions"), s.transactions},
        {QStringLiteral("events"), s.events},
        {QStringLiteral("interactions"), s.interactions},
        {QStringLiteral("lobbyVisitsToday"), s.lobbyVisitsToday},
        {QStringLiteral("openReferrals"), s.openReferrals},
        {QStringLiteral("openCallTasks"), s.openCallTasks},
        {QStringLiteral("careTasksDue"), s.careTasksDue},
        {QStringLiteral("staff"), s.staff},
        {QStringLiteral("staffByRole"), counts(s.staffByRole)},
        {QStringLiteral("pendingSyncChanges"), s.pendingSyncChanges},
        {QStringLiteral("auditEntries"), s.auditEntries},
    };
}

} // namespace bd::admin::StatisticsReport
