#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace bd {

class Store;

// How complete a customer's KYC file is, per cell of the PPF nine-grid.
namespace KycCompleteness {
// Cell ids, row by row: past/present/future x personal/family/finance,
// e.g. "past.personal", "present.finance".
QStringList cells();
// 0..100 per cell id: share of the bank's questions of that cell with a known answer.
QMap<QString, int> percentByCell(Store &store, const QString &customerId);
} // namespace KycCompleteness

} // namespace bd
