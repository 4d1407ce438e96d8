#include "app/domain/voice/VoiceFinding.h"

#include <QJsonArray>

namespace bd {

namespace {

// The number of code points before each UTF-16 offset of `text` (a surrogate pair is one),
// counted once per note: counting from the start for every span was quadratic in long notes.
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString &text)
    {
        m_before.reserve(text.size() + 1);
        int count = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_before.append(count);
            if (!text.at(i).isLowSurrogate())
                ++count;
        }
        m_before.append(count);
    }
    int at(int offset) const { return m_before.at(qBound(0, offset, int(m_before.size()) - 1)); }

private:
    QList<int> m_before;
};

void addSpan(QJsonObject &object, const CodePointOffsets &codePoints, int start, int end)
{
    object.insert(QStringLiteral("start"), codePoints.at(start));
    object.insert(QStringLiteral("end"), codePoints.at(end));
    object.insert(QStringLiteral("start_utf16"), start);
    object.insert(QStringLiteral("end_utf16"), end);
}

} // namespace

QJsonObject VoiceAnalysis::toJson(const QString &note) const
{
    const CodePointOffsets codePoints(note);
    QJsonArray findingList;
    for (const VoiceFinding &finding : findings) {
        QJsonObject object{{QStringLiteral("kind"), VoiceKinds::code(finding.kind)},
                           {QStringLiteral("label"), finding.label},
                           {QStringLiteral("phrase"), finding.phrase}};
        addSpan(object, codePoints, finding.start, finding.start + finding.length);
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
        addSpan(object, codePoints, amount.start, amount.end);
        if (amount.approximate)
            object.insert(QStringLiteral("approximate"), true);
        amountList.append(object);
    }
    QJsonArray dateList;
    for (const VoiceDate &date : dates) {
        QJsonObject object{{QStringLiteral("date"), date.date.toString(Qt::ISODate)},
                           {QStringLiteral("text"), note.mid(date.start, date.end - date.start)}};
        addSpan(object, codePoints, date.start, date.end);
        if (date.approximate)
            object.insert(QStringLiteral("approximate"), true);
        dateList.append(object);
    }
    return {{QStringLiteral("findings"), findingList},
            {QStringLiteral("amounts"), amountList},
            {QStringLiteral("dates"), dateList}};
}

} // namespace bd
