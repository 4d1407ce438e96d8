#pragma once

// The last steps every test of a derived, kept table takes (customer_figure, kyc_field_figure):
// the file the migration ran on again opens at the latest schema and the table is right; a
// baseline of that file loaded into a new workstation in the hardest page order gives a right
// table too; and the table stays local (never pushed, pulled or put in a baseline).
#include "../common/BaselineReplay.h"
#include "../common/DemoBranchFile.h"
#include "../common/TestSql.h"

#include "app/common/SyncChange.h"
#include "app/demo/DemoBranchGenerator.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/MigrationRunner.h"
#include "database/core/Store.h"

#include <functional>

namespace bd::test {

// Whether the kept table's rows (`keptSql`) are those its aggregate gives (`countedSql`), both
// in one order; false with both listed in `problem`, or when the aggregate is empty (a
// test that compares nothing).
inline bool keptIsTheAggregate(Store &store, const QString &keptSql, const QString &countedSql,
                               QString *problem)
{
    const QStringList kept = rows(store, keptSql);
    const QStringList counted = rows(store, countedSql);
    if (counted.isEmpty()) {
        *problem = QStringLiteral("nothing to count");
        return false;
    }
    if (kept != counted) {
        *problem = QStringLiteral("kept:\n%1\ncounted:\n%2")
                           .arg(kept.join(QLatin1Char('\n')), counted.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

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
