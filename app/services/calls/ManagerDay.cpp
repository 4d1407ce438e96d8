#include "app/services/calls/ManagerDay.h"

#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/voice/VoiceQueries.h"

#include <algorithm>
#include <cstdlib>

namespace bd {

ManagerDay::ManagerDay(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

CallScoring::Score ManagerDay::scoreOf(const CustomerId &customerId, bool doNotContact,
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
    // A birthday greeting is due on the birthday, the date the ID number's mask hides: only
    // for roles that may reveal it (issue 14), though another role's book may hold one (the
    // branch head plans the whole branch on a shared desk).
    if (!m_session.can(Permission::RevealPersonalData))
        rows.removeIf([](const DayTaskRow &row) {
            return row.care && row.careKind == QLatin1String("birthday");
        });
    QStringList customers;
    for (const DayTaskRow &row : std::as_const(rows))
        customers << row.customerId.toString(); // the queries below bind them as text
    customers.removeDuplicates();
    const QHash<QString, CallRankingFacts> facts = queries.rankingFacts(customers, today);
    // One line per customer, not per task (one score, every reason): the first call task
    // leads (call tasks come first, best ranked first), else the earliest care step. The
    // other tasks' reasons join the line and their care points its score; they lead the
    // line in turn once it is logged, and care steps stay listed under "care tasks due".
    QList<DayItem> items;
    items.reserve(customers.size());
    QHash<CustomerId, qsizetype> lineOf;
    QHash<CustomerId, QList<DayTaskRow>> alsoDue;
    for (const DayTaskRow &row : std::as_const(rows)) {
        if (lineOf.contains(row.customerId)) {
            alsoDue[row.customerId] << row;
            continue;
        }
        lineOf.insert(row.customerId, items.size());
        items.append({row, scoreOf(facts.value(row.customerId.toString()), row, today)});
    }
    for (DayItem &item : items) {
        const auto more = alsoDue.constFind(item.task.customerId);
        if (more == alsoDue.constEnd())
            continue;
        for (const DayTaskRow &other : *more) {
            if (!other.care) {
                item.score.reasons.append({QStringLiteral("also_on_list"), 0,
                                           tr("also on call list %1").arg(other.listName)});
                continue;
            }
            CallScoring::Input care; // the care step's own points, nothing counted twice
            care.careKind = other.careKind;
            care.careDueOn = other.dueOn;
            for (const CallScoring::Reason &reason : CallScoring::score(care, today).reasons) {
                item.score.reasons.append(reason);
                item.score.points += reason.points;
            }
        }
        std::stable_sort(item.score.reasons.begin(), item.score.reasons.end(),
                         [](const CallScoring::Reason &a, const CallScoring::Reason &b) {
                             return std::abs(a.points) > std::abs(b.points);
                         });
    }
    // What the customer said lately, as a reason without points (docs/VOICE.md).
    if (const auto heard = VoiceQueries(m_store).headlines(customers, today.addDays(-kVoiceDays))) {
        for (DayItem &item : items) {
            const auto it = heard->constFind(item.task.customerId.toString());
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
