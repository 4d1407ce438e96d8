#include "app/server/BirthdaySweep.h"

#include "app/server/CustomerFacts.h"
#include "app/server/EventIngest.h"

#include <QTimeZone>

namespace bd {

Result<int> BirthdaySweep::run(const QDate &today)
{
    // The facts follow the logs only when events come; a customer pushed since is swept too.
    if (const auto caughtUp = m_facts.catchUp(); !caughtUp)
        return caughtUp.error();
    QList<QPair<QDate, CustomerProfile>> born;
    for (int ahead = 0; ahead <= kLeadDays; ++ahead) {
        const QDate day = today.addDays(ahead);
        const Result<QList<CustomerProfile>> found = m_facts.bornOn(day.toString(QStringLiteral("MM-dd")));
        if (!found)
            return found.error();
        for (const CustomerProfile &customer : *found)
            born.append({day, customer});
    }
    return raise(born);
}

Result<int> BirthdaySweep::raise(const QList<QPair<QDate, CustomerProfile>> &born)
{
    QList<MarketingEvent> events;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[day, customer] : born) {
        MarketingEvent event;
        event.eventId = QStringLiteral("birthday-%1-%2").arg(customer.id.toString()).arg(day.year());
        event.kind = EventKind::Birthday;
        event.cifNo = customer.cifNo;
        event.occurredAt = now;
        event.source = MarketingEvent::Source::Sweep;
        events << event;
    }
    int added = 0;
    for (qsizetype start = 0; start < events.size(); start += 1000) {
        const Result<EventIngest::Report> report = m_ingest.ingest(events.mid(start, 1000), now);
        if (!report)
            return report.error();
        added += report->accepted;
    }
    return added;
}

} // namespace bd
