#pragma once

// The last steps every test of a derived, kept table takes (customer_figure, kyc_field_figure):
// the file the migration ran on again opens at the latest schema and the table is right; a
// baseline of that file loaded into a new workstation in the hardest page order gives a right
// table too; and the table stays local (never pushed, pulled or put in a baseline).
#include "../common/BaselineReplay.h"

#include "app/common/SyncChange.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/MigrationRunner.h"
#include "database/core/Store.h"

#include <functional>

namespace bd::test {

// `matches` says whether the kept table of a store equals its aggregate (false with why).
// Empty when every step held; otherwise what went wrong.
inline QString keptAfterMigrationAndBaseline(const QString &migratedPath, const QString &baselinePath,
                                             const QString &table,
                                             const std::function<bool(Store &, QString *)> &matches)
{
    QString problem;
    Store migrated;
    if (!migrated.open(migratedPath))
        return QStringLiteral("cannot open %1").arg(migratedPath);
    if (migrated.schemaVersion() != MigrationRunner::latestVersion())
        return QStringLiteral("schema %1 after the migration").arg(migrated.schemaVersion());
    if (!matches(migrated, &problem))
        return QStringLiteral("after the migration: ") + problem;
    Store loaded;
    if (!loaded.open(baselinePath))
        return QStringLiteral("cannot open %1").arg(baselinePath);
    if (const QString loading = loadBaselineReversed(migratedPath, loaded); !loading.isEmpty())
        return loading;
    if (!matches(loaded, &problem))
        return QStringLiteral("after a baseline: ") + problem;
    if (BaselinePage::tables().contains(table) || SyncChange::isSyncedTable(table))
        return table + QStringLiteral(" travels with sync or a baseline");
    return {};
}

} // namespace bd::test
