#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/CustomerProfile.h"
#include "app/rules/EventHistory.h"
#include "app/rules/MarketingEvent.h"
#include "app/rules/RuleBook.h"
#include "app/rules/RuleEngine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiHash>

#include <optional>

namespace bd {

class Store;

// The desk's side of the event rules (docs/EVENTS.md, "On the workstation"): the events it
// raised (marketing_event), the rules it runs (marketing_rule_set and marketing_rule rows
// that came through sync, else the shipped ones), and what an evaluation writes: the
// opportunities (origin desk) and the event marked evaluated, each with its change for
// sync. Every call uses the calling thread's connection (Store::database()).
class DeskEventRecord
{
public:
    explicit DeskEventRecord(Store &store);

    // Stores an event raised at the desk, not yet evaluated (cheap: the GUI thread may call
    // it inside its own transaction). event.customerId names the customer. Raising the
    // same event id again changes nothing.
    Result<> raise(const MarketingEvent &event, const QDateTime &createdAt);
    // Events raised but not evaluated, oldest first.
    Result<QList<MarketingEvent>> pending(int limit) const;
    int pendingCount() const;

    // The branch's rules as synced rows build them (RuleBook::build).
    Result<RuleBook::Built> rules() const;
    std::optional<CustomerProfile> customer(const CustomerId &id) const;

    // The rules ran on `event`: writes the opportunities its outcomes make (those already
    // written stay as they are) and marks the event evaluated. In the caller's transaction.
    Result<int> recordEvaluation(const MarketingEvent &event, const BranchId &branch,
                                 const QList<RuleOutcome> &outcomes, const QDateTime &now);

    // The past over the desk's tables: its events, the opportunities it holds (the
    // server's, other desks' and its own: the same de-duplication window per customer and
    // rule), its contacts.
    class History : public EventHistory
    {
    public:
        explicit History(Store &store)
            : m_store(store)
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
        Store &m_store;
    };

private:
    Store &m_store;
};

} // namespace bd
