#include "app/services/dashboards/KycCellCoverage.h"

#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycQuestionBank.h"

namespace bd {

QMap<QString, int> KycCellCoverage::percentByCell(const KycQuestionBank &bank,
                                                  const QMap<QString, int> &answeredPerQuestion,
                                                  int customers)
{
    QMap<QString, int> result;
    for (const QString &id : KycCompleteness::cells()) {
        const KycCell *cell = bank.cell(id);
        const qint64 possible = cell ? qint64(cell->questions.size()) * customers : 0;
        qint64 answered = 0;
        if (cell)
            for (const KycQuestion &question : cell->questions)
                answered += answeredPerQuestion.value(question.id);
        result.insert(id, possible == 0 ? 0 : int(answered * 100 / possible));
    }
    return result;
}

} // namespace bd
