#pragma once

#include "app/domain/Ids.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bd {

class KycQuestionBank;
class Store;

// How complete a customer's KYC file is, per cell of the PPF nine-grid.
namespace KycCompleteness {
// Cell ids, row by row: past/present/future x personal/family/finance,
// e.g. "past.personal", "present.finance".
QStringList cells();
// 0..100 per cell id: share of the bank's questions of that cell with a known answer.
// Known = answered in the latest final KYC version or in the open draft; the bank is
// KycQuestionBank::active().
QMap<QString, int> percentByCell(Store &store, const CustomerId &customer);
// The same for a given bank and set of answered question ids (no database).
QMap<QString, int> percentByCell(const KycQuestionBank &bank, const QSet<QString> &answered);
// The cell to ask next: the least complete, money cells first on a tie (what is arriving
// and what the customer wants decide the next conversation).
QString suggestedNextCell(const QMap<QString, int> &percentByCell);
} // namespace KycCompleteness

} // namespace bd
