#include "app/services/households/HouseholdService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/households/HouseholdRelation.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/households/HouseholdRepository.h"

#include <QJsonObject>

namespace bd {

HouseholdStanding HouseholdStanding::of(Money aum)
{
    HouseholdStanding standing;
    standing.aum = aum;
    standing.tier = Tiers::forAum(aum);
    if (standing.tier != CustomerTier::Diamond) {
        standing.nextTier = CustomerTier(int(standing.tier) + 1);
        standing.shortOfNext = Tiers::threshold(*standing.nextTier) - aum;
    }
    return standing;
}

QString HouseholdStanding::text() const
{
    if (!nextTier)
        return HouseholdService::tr("The household is %1, the top tier.").arg(Tiers::label(tier));
    return HouseholdService::tr("The household is %1 short of %2.")
            .arg(shortOfNext.toDisplayString(), Tiers::label(*nextTier));
}

HouseholdService::HouseholdService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<HouseholdPicture> HouseholdService::picture(const CustomerId &customer) const
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    HouseholdPicture picture;
    const Result<std::optional<HouseholdRow>> household
            = HouseholdQueries(m_store).ofCustomer(customer);
    if (!household)
        return household.error();
    picture.household = *household;
    Money aum;
    if (picture.household) {
        aum = picture.household->aum();
    } else {
        SqlQuery own(m_store.database(),
                     QStringLiteral("SELECT aum_fen FROM customer WHERE id = ? AND deleted = 0"));
        own.bind(customer);
        if (Result<> ran = own.exec(); !ran)
            return ran.error();
        if (!own.next())
            return Error(tr("No customer has the id %1.").arg(customer.toString()));
        aum = own.money(0);
    }
    picture.standing = HouseholdStanding::of(aum);
    const Result<QList<HouseholdSuggestion>> suggestions
            = HouseholdSuggestions(m_store).forCustomer(customer, BranchId(m_session.branch.id));
    if (!suggestions)
        return suggestions.error();
    picture.suggestions = *suggestions;
    return picture;
}

Result<> HouseholdService::mayChange(const QList<CustomerId> &customers) const
{
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ManageHouseholds);
        !may)
        return may;
    for (const CustomerId &customer : customers) {
        SqlQuery query(m_store.database(),
                       QStringLiteral("SELECT branch_id, erased_at IS NOT NULL FROM customer "
                                      "WHERE id = ? AND deleted = 0"));
        query.bind(customer);
        if (Result<> ran = query.exec(); !ran)
            return ran;
        if (!query.next() || BranchId(query.text(0)) != BranchId(m_session.branch.id))
            return Error(tr("No customer of this branch has the id %1.").arg(customer.toString()));
        if (query.integer(1) != 0)
            return Error(tr("This customer's personal data was erased: they cannot be linked."));
    }
    return {};
}

Result<> HouseholdService::audited(const QString &action, const CustomerId &customer,
                                   const QJsonObject &detail)
{
    if (!AuditTrail(m_store).record(&m_session, action, QStringLiteral("customer"),
                                    customer.toString(), detail))
        return Error(tr("The change could not be recorded in the audit log."));
    return {};
}

Result<HouseholdId> HouseholdService::link(const CustomerId &customer, const CustomerId &other,
                                           const QString &relation)
{
    if (customer == other)
        return Error(tr("A customer cannot be linked to themselves."));
    if (!HouseholdRelation::memberCodes().contains(relation))
        return Error(tr("Choose how the customer is related to the head of the household."));
    if (Result<> may = mayChange({customer, other}); !may)
        return may.error();
    Transaction transaction(m_store.database());
    HouseholdRepository households(m_store);
    const Result<HouseholdMembership> joining = households.membership(other);
    if (!joining)
        return joining.error();
    if (!joining->householdId.isEmpty())
        return Error(tr("That customer is already in a household: take them out of it first."));
    const Result<HouseholdMembership> current = households.membership(customer);
    if (!current)
        return current.error();
    HouseholdId household = current->householdId;
    const StaffId by(m_session.user.id);
    if (household.isEmpty()) {
        const Result<HouseholdId> made = households.create(BranchId(m_session.branch.id), customer, by);
        if (!made)
            return made.error();
        household = *made;
    }
    if (Result<> joined = households.join(household, other, relation, by); !joined)
        return joined.error();
    if (Result<> logged = audited(QStringLiteral("household_linked"), other,
                                  {{QStringLiteral("household"), household.toString()},
                                   {QStringLiteral("with"), customer.toString()},
                                   {QStringLiteral("relation"), relation}});
        !logged)
        return logged.error();
    if (!transaction.commit())
        return Error(tr("The link was not saved."));
    return household;
}

Result<> HouseholdService::setRelation(const CustomerId &member, const QString &relation)
{
    if (!HouseholdRelation::memberCodes().contains(relation))
        return Error(tr("Choose how the customer is related to the head of the household."));
    if (Result<> may = mayChange({member}); !may)
        return may;
    Transaction transaction(m_store.database());
    if (Result<> changed = HouseholdRepository(m_store).setRelation(member, relation); !changed)
        return changed;
    if (Result<> logged = audited(QStringLiteral("household_relation_changed"), member,
                                  {{QStringLiteral("relation"), relation}});
        !logged)
        return logged;
    return transaction.commit() ? Result<>() : Error(tr("The change was not saved."));
}

Result<> HouseholdService::makeHead(const CustomerId &member, const QString &formerHeadRelation)
{
    if (!HouseholdRelation::memberCodes().contains(formerHeadRelation))
        return Error(tr("Choose how the former head is related to the new one."));
    if (Result<> may = mayChange({member}); !may)
        return may;
    Transaction transaction(m_store.database());
    if (Result<> changed = HouseholdRepository(m_store).makeHead(member, formerHeadRelation);
        !changed)
        return changed;
    if (Result<> logged = audited(QStringLiteral("household_head_changed"), member,
                                  {{QStringLiteral("former_head_relation"), formerHeadRelation}});
        !logged)
        return logged;
    return transaction.commit() ? Result<>() : Error(tr("The change was not saved."));
}

Result<> HouseholdService::unlink(const CustomerId &member)
{
    if (Result<> may = mayChange({member}); !may)
        return may;
    Transaction transaction(m_store.database());
    const Result<HouseholdId> left = HouseholdRepository(m_store).leave(member);
    if (!left)
        return left.error();
    if (left->isEmpty())
        return Error(tr("This customer is not in a household."));
    if (Result<> logged = audited(QStringLiteral("household_unlinked"), member,
                                  {{QStringLiteral("household"), left->toString()}});
        !logged)
        return logged;
    return transaction.commit() ? Result<>() : Error(tr("The change was not saved."));
}

Result<> HouseholdService::dismissSuggestion(const CustomerId &customer, const CustomerId &other)
{
    if (Result<> may = mayChange({customer, other}); !may)
        return may;
    Transaction transaction(m_store.database());
    if (Result<> dismissed = HouseholdRepository(m_store).dismiss(customer, other,
                                                                 StaffId(m_session.user.id));
        !dismissed)
        return dismissed;
    if (Result<> logged = audited(QStringLiteral("household_suggestion_dismissed"), customer,
                                  {{QStringLiteral("other"), other.toString()}});
        !logged)
        return logged;
    return transaction.commit() ? Result<>() : Error(tr("The change was not saved."));
}

Result<QList<HouseholdSuggestion>> HouseholdService::branchSuggestions(int limit) const
{
    if (!m_session.can(Permission::ManageHouseholds))
        return Error(m_session.refusal(Permission::ManageHouseholds));
    return HouseholdSuggestions(m_store).forBranch(BranchId(m_session.branch.id),
                                                    std::clamp(limit, 1, 1000));
}

} // namespace bd
