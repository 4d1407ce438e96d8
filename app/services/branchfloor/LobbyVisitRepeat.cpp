#include "app/services/branchfloor/LobbyVisitRepeat.h"

#include "database/branchfloor/FloorRecords.h"
#include "database/core/SqlTime.h"

namespace bd {

QString LobbyVisitRepeat::normalisedTicket(const QString &typed)
{
    return typed.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

QString LobbyVisitRepeat::problem(Store &store, const QString &branchId, const CustomerId &customerId,
                                  const QString &ticketNo, const QString &moment,
                                  const FloorClock &clock)
{
    const QDateTime now = clock();
    const QDate today = now.toLocalTime().date();
    const auto visits = FloorRecords(store).visitsLike(branchId, SqlTime::localDayStart(today),
                                                       SqlTime::localDayEnd(today), ticketNo,
                                                       customerId);
    if (!visits)
        return tr("Today's walk-ins could not be read to check for a repeat: %1")
                .arg(visits.errorString());
    const QString recent = SqlTime::timestamp(now.addSecs(-60 * kSameVisitMinutes));
    for (const EarlierVisit &visit : *visits) {
        const QString at = SqlTime::parseTimestamp(visit.enteredAt).toLocalTime()
                                   .toString(QStringLiteral("HH:mm"));
        const bool samePerson = visit.customerId == customerId;
        if (!ticketNo.isEmpty() && visit.ticketNo == ticketNo && !samePerson)
            return tr("Ticket %1 was already logged at %2 for another walk-in: check the "
                      "number.").arg(ticketNo, at);
        if (samePerson && visit.moment == moment
            && (visit.enteredAt >= recent || (!ticketNo.isEmpty() && visit.ticketNo == ticketNo)))
            return tr("This walk-in was already logged at %1 and is in today's list: it is "
                      "not logged twice.").arg(at);
    }
    return {};
}

} // namespace bd
