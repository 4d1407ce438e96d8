#include "app/services/calls/ManagerDay.h"

#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/voice/VoiceQueries.h"

#include <algorithm>

namespace bd {

ManagerDay::ManagerDay(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

CallScoring::Score ManagerDay::scoreOf(const QString &customerId, bool doNotContact,
                                       const QString &careKind, const QDate &careDueOn) const
{
    const QDate today = localToday(m_clock);
    CallScoring::Input input;
    input.facts = CallQueries(m_store).rankingFacts(customerId, today);
    input.kycPercent = CallScoring::kycPercent(input.facts.kycFieldsKnown);
    input.doNotContact = doNotContact;
    input.careKind = careKind;
    input.careDueOn = careDueOn;
    return CallScoring::score(input, today);
}

CallScoring::Score ManagerDay::scoreOf(const CallRankingFacts &facts, const DayTaskRow &task,
                                       const QDate &today)
{
    CallScoring::Input input;
    input.facts = facts;
    input.kycPercent = CallScoring::kycPercent(facts.kycFieldsKnown);
    input.doNotContact = task.doNotContact;
    input.careKind = task.careKind;
    input.careDueOn = task.care ? task.dueOn : QDate();
    return CallScoring::score(input, today);
}

QList<DayItem> ManagerDay::today() const
{
    const QDate today = localToday(m_clock);
    const CallQueries queries(m_store);
    QList<DayTaskRow> rows = queries.openCallTasks(m_session.user.id, today);
    rows += queries.dueCareTasks(m_session.user.id, today.addDays(kCareDays));
    QStringList customers;
    for (const DayTaskRow &row : std::as_const(rows))
        customers << row.customerId;
    customers.removeDuplicates();
    const QHash<QString, CallRankingFacts> facts = queries.rankingFacts(customers, today);
    QList<DayItem> items;
    items.reserve(rows.size());
    for (const DayTaskRow &row : std::as_const(rows))
        items.append({row, scoreOf(facts.value(row.customerId), row, today)});
    // What the customer said lately, as a reason without points (docs/VOICE.md).
    if (const auto heard = VoiceQueries(m_store).headlines(customers, today.addDays(-kVoiceDays))) {
        for (DayItem &item : items) {
            const auto it = heard->constFind(item.task.customerId);
            if (it != heard->constEnd())
                item.score.reasons.append({QStringLiteral("voice"), 0,
                                           VoiceTalkingPoints::heard(it->kind, it->label)});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const DayItem &a, const DayItem &b) {
        if (a.score.points != b.score.points)
            return a.score.points > b.score.points;
        return a.task.dueOn < b.task.dueOn;
    });
    return items;
}

} // namespace bd
