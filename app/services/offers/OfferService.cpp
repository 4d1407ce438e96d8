#include "app/services/offers/OfferService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "app/services/suitability/ProductShelfService.h"
#include "database/calls/ContactRules.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/products/OfferQueries.h"
#include "database/products/PeerHoldings.h"

#include <QHash>

namespace bd {

OfferService::OfferService(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

Result<OfferList> OfferService::offersFor(const CustomerId &customer, OfferContext context)
{
    const Result<QList<OfferList>> lists = offersFor(QList<CustomerId>{customer}, context);
    if (!lists)
        return lists.error();
    if (lists->isEmpty())
        return Error(tr("No customer of this branch has the id %1.").arg(customer.toString()));
    return lists->first();
}

Result<QList<OfferList>> OfferService::offersFor(const QList<CustomerId> &customers,
                                                 OfferContext context)
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    const QDate today = localToday(m_clock);
    const BranchId branch(m_session.branch.id);
    const ContactPolicy policy(ContactRules::load(m_store), m_clock);
    const Result<QHash<CustomerId, OfferFacts>> facts
            = OfferQueries(m_store).facts(customers, today, policy.periodStart());
    if (!facts)
        return facts.error();
    ProductShelfService shelves(m_store, m_session);
    const Result<ProductShelf> shelf = shelves.current();
    if (!shelf)
        return shelf.error();
    const PeerHoldings peerHoldings(m_store);
    const OfferSettings settings = OfferSettings::load(m_store);

    QHash<QString, PeerGroup> peerGroups; // "tier/level": one read per group of the list
    QList<OfferList> lists;
    for (const CustomerId &customer : customers) {
        const auto found = facts->constFind(customer);
        if (found == facts->cend() || found->customer.branchId != branch)
            continue;
        OfferList list;
        list.customer = customer;
        list.customerName = found->customer.name;
        list.breaches = policy.checkTask(found->contact, context == OfferContext::Counter
                                                                 ? ContactPolicy::Purpose::Service
                                                                 : ContactPolicy::Purpose::Marketing);
        list.heldBack = OfferEngine::heldBack(found->customer, today);
        if (list.heldBack.isEmpty() && !list.breaches.isEmpty())
            list.heldBack = tr("The contact rules hold the offers back: %1")
                                    .arg(ContactPolicy::messages(list.breaches));
        if (list.heldBack.isEmpty()) {
            const QString key = found->customer.tier + QLatin1Char('/')
                    + QString::number(found->customer.riskLevel);
            if (!peerGroups.contains(key)) {
                const Result<PeerGroup> group = peerHoldings.group(branch, found->customer.tier,
                                                                   found->customer.riskLevel);
                if (!group)
                    return group.error();
                peerGroups.insert(key, *group);
            }
            const PeerGroup peers = peerGroups.value(key);
            list.offers = OfferEngine::offersFor({*found, *shelf, peers, settings, today});
        }
        lists << list;
    }
    return lists;
}

OfferSettings OfferService::settings() const
{
    return OfferSettings::load(m_store);
}

Result<> OfferService::saveSettings(const OfferSettings &settings)
{
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ManageProductShelf);
        !may)
        return may;
    if (!settings.isValid())
        return Error(tr("A product rests from 0 to %1 days.").arg(OfferSettings::kMaxRestDays));
    Transaction transaction(m_store.database());
    if (Result<> saved = settings.save(m_store); !saved)
        return saved;
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("offer_settings_changed"), {}, {},
                                    {{QStringLiteral("decline_rest_days"), settings.declineRestDays},
                                     {QStringLiteral("not_now_rest_days"), settings.notNowRestDays}})
        || !transaction.commit())
        return Error(tr("The settings were not saved."));
    return {};
}

} // namespace bd
