#pragma once

#include "app/domain/Result.h"
#include "app/rules/EventHistory.h"
#include "app/rules/MarketingEvent.h"
#include "app/rules/Opportunity.h"
#include "app/server/ServerStatement.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

class ServerDatabase;

// The server's record of events and of the opportunities made from them (market_event,
// event_firing, event_contact): events stored once by their id, the ones whose rules have
// not run yet, and the past the rules ask about (EventHistory).
class EventLedger
{
public:
    explicit EventLedger(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Which of these event ids are stored already.
    Result<QSet<QString>> known(const QStringList &eventIds) const;
    // Stores new events in the caller's transaction; `outcome` is pending or
    // unknown_customer (the CIF number matched nobody).
    struct Arrival
    {
        MarketingEvent event;
        BranchId branch;
        QString outcome;
    };
    Result<> store(const QList<Arrival> &arrivals, const QDateTime &receivedAt);
    // Events stored but not evaluated (a server stopped in between), oldest first.
    Result<QList<MarketingEvent>> pending(int limit) const;
    // The rules ran: the opportunities they made, and the events marked evaluated.
    Result<> recordEvaluation(const QList<OpportunityDraft> &firings,
                              const QHash<QString, int> &firedPerEvent);

    // The past as the rule engine asks for it, during one evaluation: firings noted in it
    // count before they are stored.
    class History : public EventHistory
    {
    public:
        explicit History(const ServerDatabase &database)
            : m_database(database)
        {
        }
        QList<QDateTime> eventTimes(const CustomerId &customer, const QString &windowKey,
                                    const QDateTime &from, const QDateTime &to) override;

    protected:
        bool storedFiringWithin(const CustomerId &customer, const QString &ruleId,
                                const QDateTime &from, const QDateTime &to) override;
        int storedMarketingContactsSince(const CustomerId &customer,
                                         const QDateTime &since) override;

    private:
        // Kept prepared for the whole evaluation: each is asked once or more per event.
        ServerStatement &statement(std::optional<ServerStatement> &kept, const char *sql);

        const ServerDatabase &m_database;
        std::optional<ServerStatement> m_times;
        std::optional<ServerStatement> m_fired;
        std::optional<ServerStatement> m_contacts;
    };

    static QString timeText(const QDateTime &time); // as stored: UTC, ms, Z

private:
    const ServerDatabase &m_database;
};

} // namespace bd
