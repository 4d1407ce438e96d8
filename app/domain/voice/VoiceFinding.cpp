#include "app/domain/voice/VoiceFinding.h"

#include <QJsonArray>

namespace bd {

namespace {

// Code points before UTF-16 offset `offset` of `text` (a surrogate pair is one).
int codePoints(const QString &text, int offset)
{
    int count = 0;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

void addSpan(QJsonObject &object, const QString &note, int start, int end)
{
    object.insert(QStringLiteral("start"), codePoints(note, start));
    object.insert(QStringLiteral("end"), codePoints(note, end));
    object.insert(QStringLiteral("start_utf16"), start);
    object.insert(QStringLiteral("end_utf16"), end);
}

} // namespace

QJsonObject VoiceAnalysis::toJson(const QString &note) const
{
    QJsonArray findingList;
    for (const VoiceFinding &finding : findings) {
        QJsonObject object{{QStringLiteral("kind"), VoiceKinds::code(finding.kind)},
                           {QStringLiteral("label"), finding.label},
                           {QStringLiteral("phrase"), finding.phrase}};
        addSpan(object, note, finding.start, finding.start + finding.length);
        if (!finding.family.isEmpty())
            object.insert(QStringLiteral("family"), finding.family);
        if (finding.hedged)
            object.insert(QStringLiteral("hedged"), true);
        if (finding.corrected)
            object.insert(QStringLiteral("corrected"), true);
        if (finding.amountFen)
            object.insert(QStringLiteral("amount_fen"), double(*finding.amountFen));
        if (finding.date.isValid())
            object.insert(QStringLiteral("date"), finding.date.toString(Qt::ISODate));
        findingList.append(object);
    }
    QJsonArray amountList;
    for (const VoiceAmount &amount : amounts) {
        QJsonObject object{{QStringLiteral("amount_fen"), double(amount.fen)},
                           {QStringLiteral("text"), note.mid(amount.start, amount.end - amount.start)}};
        addSpan(object, note, amount.start, amount.end);
        if (amount.approximate)
            object.insert(QStringLiteral("approximate"), true);
        amountList.append(object);
    }
    QJsonArray dateList;
    for (const VoiceDate &date : dates) {
        QJsonObject object{{QStringLiteral("date"), date.date.toString(Qt::ISODate)},
                           {QStringLiteral("text"), note.mid(date.start, date.end - date.start)}};
        addSpan(object, note, date.start, date.end);
        if (date.approximate)
            object.insert(QStringLiteral("approximate"), true);
        dateList.append(object);
    }
    return {{QStringLiteral("findings"), findingList},
            {QStringLiteral("amounts"), amountList},
            {QStringLiteral("dates"), dateList}};
}

} // namespace bd
