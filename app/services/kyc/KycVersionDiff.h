#pragma once

#include "app/services/kyc/KycQuestionBank.h"
#include "database/kyc/KycRows.h"

#include <QList>
#include <QLocale>

namespace bd {

// What changed in a customer's KYC between two versions, question by question.
struct KycAnswerChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString cell;
    QString questionId;
    QString question; // the question's text in the UI language
    QString before;   // as displayed; empty when added
    QString after;    // empty when removed
};

namespace KycVersionDiff {
// Answers present in both with the same value are not listed; order follows the bank.
QList<KycAnswerChange> compare(const KycQuestionBank &bank, const QList<KycAnswerRow> &older,
                               const QList<KycAnswerRow> &newer,
                               const QLocale &locale = QLocale());
} // namespace KycVersionDiff

} // namespace bd
