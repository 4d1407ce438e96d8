#pragma once

#include "app/domain/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

namespace bd {

class Store;

// Where a desk keeps customers' identifiers sealed, besides the outbox: the identifier
// columns and the sync conflicts over them. The move to the reveal key and the reveal key's
// rotation each had their own copy of the column list and of the walk over the conflicts.
namespace StoredIdentifiers {

// SensitiveColumns::isIdentifier's list as (table, column) SQL names: fixed, never input.
const QList<std::pair<QString, QString>> &columns();

// The tables of columns() as an SQL list, "('customer', 'referral')": fixed, never input.
QString tablesInSql();

// A stored value sealed anew (or as it was, if it needs nothing).
using Reseal = std::function<Result<QVariant>(const QString &table, const QString &column,
                                              const QVariant &stored)>;

// The kept and the lost value of every conflict over an identifier sealed anew, inside the
// caller's transaction; `unopened` is the error when one does not reseal.
Result<> resealConflicts(Store &store, const Reseal &resealValue, const QString &unopened);

} // namespace StoredIdentifiers

} // namespace bd
