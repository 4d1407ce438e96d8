#pragma once

#include <QMap>
#include <QString>

namespace bd {

class KycQuestionBank;

// How complete the KYC files of a group of customers are per PPF cell: the average over
// the customers of each cell's share of answered questions (KycCompleteness for one).
namespace KycCellCoverage {
// answeredPerQuestion: question id -> customers whose KYC file answers it.
QMap<QString, int> percentByCell(const KycQuestionBank &bank,
                                 const QMap<QString, int> &answeredPerQuestion, int customers);
} // namespace KycCellCoverage

} // namespace bd
