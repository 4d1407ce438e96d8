#pragma once

#include "app/domain/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bd {

class Store;

// The writes call tasks, call lists and care tasks share: one row of a synced table, its
// sensitive columns sealed at rest, its change recorded for sync (the outbox gets the plain
// fields). Column names are fixed by the callers, never user input. Call inside a
// Transaction.
namespace TaskRows {

// Inserts the row `id` with `fields` (column -> value) and updated_at; base version 0. Many
// rows in one transaction: keep a TaskRowInserter.
Result<> insert(Store &store, const QString &table, const QString &id, const QVariantMap &fields,
                const QString &updatedAt);

// Sets `fields` of the row `id` with its base version checked, bumps the version: an empty
// error when the row changed meanwhile.
Result<> update(Store &store, const QString &table, const QString &id, int baseVersion,
                const QVariantMap &fields, const QString &updatedAt);

} // namespace TaskRows

} // namespace bd
