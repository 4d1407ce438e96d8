#include "app/services/kyc/KycCompleteness.h"

#include "app/services/kyc/KycQuestionBank.h"
#include "database/kyc/KycSessionRepository.h"

namespace bd::KycCompleteness {

QStringList cells()
{
    QStringList ids;
    for (const char *row : {"past", "present", "future"})
        for (const char *column : {"personal", "family", "finance"})
            ids << QStringLiteral("%1.%2").arg(QLatin1String(row), QLatin1String(column));
    return ids;
}

QMap<QString, int> percentByCell(const KycQuestionBank &bank, const QSet<QString> &answered)
{
    QMap<QString, int> result;
    for (const QString &id : cells()) {
        const KycCell *cell = bank.cell(id);
        int known = 0;
        const int total = cell ? int(cell->questions.size()) : 0;
        if (cell)
            for (const KycQuestion &question : cell->questions)
                known += answered.contains(question.id) ? 1 : 0;
        result.insert(id, total == 0 ? 0 : known * 100 / total);
    }
    return result;
}

QMap<QString, int> percentByCell(Store &store, const CustomerId &customer)
{
    KycSessionRepository repository(store);
    QSet<QString> answered;
    for (const auto &session : {repository.latestFinal(customer), repository.draft(customer)})
        if (session)
            for (const KycAnswerRow &row : repository.answers(session->id))
                answered.insert(row.questionId);
    return percentByCell(KycQuestionBank::active(), answered);
}

QString suggestedNextCell(const QMap<QString, int> &percentByCell)
{
    static const char *const kPriority[] = {
        "present.finance", "future.finance", "past.finance",  "present.personal",
        "present.family",  "future.family",  "future.personal", "past.personal",
        "past.family"};
    QString best;
    int lowest = 100;
    for (const char *id : kPriority) {
        const int percent = percentByCell.value(QLatin1String(id), 0);
        if (percent < lowest) {
            lowest = percent;
            best = QLatin1String(id);
        }
    }
    return best; // empty when every cell is complete
}

} // namespace bd::KycCompleteness
