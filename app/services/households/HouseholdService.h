#pragma once

#include "app/domain/CustomerTier.h"
#include "app/domain/HouseholdIds.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/households/HouseholdQueries.h"
#include "database/households/HouseholdSuggestions.h"

#include <QCoreApplication>

#include <optional>

namespace bd {

class Store;

// Where a household stands against the tiers: its AUM, its tier and how far the next one is.
struct HouseholdStanding
{
    Money aum;
    CustomerTier tier = CustomerTier::Ordinary;
    std::optional<CustomerTier> nextTier; // none at the top tier
    Money shortOfNext;

    static HouseholdStanding of(Money aum);
    // "The household is CNY 20,000.00 short of Gold" (translated).
    QString text() const;
};

// A customer's household as the 360 shows it, with the links a person may want to make.
struct HouseholdPicture
{
    std::optional<HouseholdRow> household; // none: the customer is in no household
    HouseholdStanding standing;            // of the household, or the customer alone
    QList<HouseholdSuggestion> suggestions;
};

// Households of the branch: linking customers as one family, naming the head, and the
// suggested links (shared address or mobile, through the blind keys) that a person
// confirms or turns down. Every change needs manage_households, is synced and audited;
// only customers of the session's branch are linked.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)

public:
    HouseholdService(Store &store, const Session &session);

    Result<HouseholdPicture> picture(const CustomerId &customer) const;
    // `other` joins `customer`'s household as `relation` (to its head); a customer in none
    // becomes the head of a new one. The household's id.
    Result<HouseholdId> link(const CustomerId &customer, const CustomerId &other,
                             const QString &relation);
    Result<> setRelation(const CustomerId &member, const QString &relation);
    Result<> makeHead(const CustomerId &member, const QString &formerHeadRelation);
    Result<> unlink(const CustomerId &member);
    Result<> dismissSuggestion(const CustomerId &customer, const CustomerId &other);
    Result<QList<HouseholdSuggestion>> branchSuggestions(int limit) const;

private:
    Result<> mayChange(const QList<CustomerId> &customers) const;
    Result<> audited(const QString &action, const CustomerId &customer, const QJsonObject &detail);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
