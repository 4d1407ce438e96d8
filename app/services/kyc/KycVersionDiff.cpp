#include "app/services/kyc/KycVersionDiff.h"

#include "app/services/kyc/KycAnswerValue.h"

#include <QHash>

namespace bd::KycVersionDiff {

QList<KycAnswerChange> compare(const KycQuestionBank &bank, const QList<KycAnswerRow> &older,
                               const QList<KycAnswerRow> &newer, const QLocale &locale)
{
    QHash<QString, QJsonObject> before;
    QHash<QString, QJsonObject> after;
    for (const KycAnswerRow &row : older)
        before.insert(row.questionId, KycAnswerValue::fromJson(row.valueJson));
    for (const KycAnswerRow &row : newer)
        after.insert(row.questionId, KycAnswerValue::fromJson(row.valueJson));

    QList<KycAnswerChange> changes;
    for (const KycQuestion *question : bank.questions()) {
        const bool had = before.contains(question->id);
        const bool has = after.contains(question->id);
        if (!had && !has)
            continue;
        if (had && has && before.value(question->id) == after.value(question->id))
            continue;
        KycAnswerChange change;
        change.kind = !had ? KycAnswerChange::Kind::Added
                           : (!has ? KycAnswerChange::Kind::Removed : KycAnswerChange::Kind::Changed);
        change.cell = question->cell;
        change.questionId = question->id;
        change.question = question->text.text(locale);
        if (had)
            change.before = KycAnswerValue::display(*question, before.value(question->id), locale);
        if (has)
            change.after = KycAnswerValue::display(*question, after.value(question->id), locale);
        changes.append(change);
    }
    return changes;
}

} // namespace bd::KycVersionDiff
