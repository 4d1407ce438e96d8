#include "app/services/customer360/Customer360Service.h"

#include "app/domain/CustomerAge.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/WorkStates.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/voice/VoiceCapture.h"
#include "database/calls/CallQueries.h"
#include "database/calls/ContactRules.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerContactRepository.h"

#include <QJsonArray>

namespace bd {

Customer360Service::Customer360Service(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

bool Customer360Service::allowed(Permission permission, Result &result)
{
    if (m_session.can(permission))
        return true;
    result.problem = m_session.refusal(permission);
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"), {}, {},
                               {{QStringLiteral("permission"), Permissions::code(permission)}});
    (void)transaction.commit();
    return false;
}

bool Customer360Service::customerExists(const CustomerId &customer)
{
    return CustomerRepository(m_store).details(customer.toString()).has_value();
}

Result<Customer360> Customer360Service::load(const CustomerId &customer, const QDate &today)
{
    CustomerService customers(m_store, m_session);
    bd::Result<CustomerDetails> profile = customers.profile(customer);
    if (!profile)
        return profile.error();
    Customer360 view;
    view.profile = std::move(*profile);
    const QDate birth = view.profile.birthDate;
    // Roles that may not reveal get the age only (the birth date would unmask the ID number).
    view.age = birth.isValid() ? ageOn(birth, today) : view.profile.age;

    // A part that cannot be read is left empty (and logged): the rest of the 360 still helps.
    const auto part = [](auto read) {
        if (!read)
            qCWarning(lcDb) << "a part of the customer 360 could not be read:"
                            << read.errorString();
        return read.valueOr({});
    };
    const Customer360Queries queries(m_store);
    const QList<HoldingRow> active = part(queries.holdings(customer));
    for (const HoldingRow &holding : active) {
        if (holding.productFamily != QLatin1String("loan"))
            view.allocation[holding.productFamily] += holding.amount;
    }
    // A holding of a status this build does not know is listed (it was left out unseen) but
    // counted nowhere: whether it is still the customer's money is not known here.
    view.holdings = active + part(queries.holdingsOfUnknownStatus(customer));
    view.aumTrend = part(queries.aumTrend(customer, 12));
    view.fundArrivals = part(queries.fundArrivals(customer));
    view.timeline = part(queries.timeline(customer));
    view.tags = part(queries.tags(customer));
    view.kycPercentByCell = KycCompleteness::percentByCell(m_store, customer);

    CustomerAlerts::Facts facts;
    facts.today = today;
    facts.birthDate = birth;
    facts.aum = view.profile.aum;
    facts.tier = view.profile.tier;
    facts.previousTier = view.profile.previousTier;
    facts.tierChangedOn = view.profile.tierChangedOn;
    facts.outflow30Days = part(queries.outflowSince(customer, today.addDays(-30)));
    facts.holdings = active;
    facts.openCareSteps = part(queries.openCareSteps(customer));
    view.alerts = CustomerAlerts::evaluate(facts);
    return view;
}

QString Customer360Service::defaultContactKind(const QString &channel)
{
    const bool remote = channel == QLatin1String("phone") || channel == QLatin1String("sms")
            || channel == QLatin1String("wechat");
    return ContactPolicy::purposeCode(remote ? ContactPolicy::Purpose::Marketing
                                             : ContactPolicy::Purpose::Care);
}

QList<ContactPolicy::Breach> Customer360Service::contactBreaches(const CustomerId &customer,
                                                                 const QString &contactKind,
                                                                 const QString &channel) const
{
    const std::optional<ContactPolicy::Purpose> purpose = ContactPolicy::purposeFromCode(
            contactKind.isEmpty() ? defaultContactKind(channel) : contactKind);
    if (!purpose)
        return {};
    const ContactPolicy policy(ContactRules::load(m_store), m_clock);
    const CustomerContactFacts facts = CallQueries(m_store).contactFacts(customer, policy.periodStart());
    if (!facts.found)
        return {};
    return policy.checkContact(facts, *purpose, channel, m_clock());
}

QString Customer360Service::invalidInteraction(const InteractionInput &input) const
{
    if (!DomainTerms::codes(Vocabulary::ContactChannel).contains(input.channel))
        return tr("Choose how you contacted the customer (channel).");
    if (!input.contactKind.isEmpty() && !ContactPolicy::purposeFromCode(input.contactKind))
        return tr("Choose the kind of contact: marketing, care or service.");
    if (!input.outcome.isEmpty() && !WorkStates::contactOutcome(input.outcome))
        return tr("The outcome \"%1\" is not one of the known outcomes.").arg(input.outcome);
    if (input.purpose.trimmed().isEmpty())
        return tr("Say what the contact was about (purpose).");
    if (input.nextFollowUp.isValid() && input.nextFollowUp < localToday(m_clock))
        return tr("The next follow-up cannot be in the past.");
    return {};
}

bool Customer360Service::contactAllowed(const CustomerId &customer, const QString &contactKind,
                                        const InteractionInput &input, Result &result) const
{
    // Read inside the write transaction: the cap counts what is committed before this one.
    result.breaches = contactBreaches(customer, contactKind, input.channel);
    if (result.breaches.isEmpty())
        return true;
    const QString reason = input.overrideReason.trimmed();
    if (reason.isEmpty()) {
        result.problem = tr("This contact breaks the contact rules:\n%1\nGive a reason to override them.")
                                 .arg(ContactPolicy::messages(result.breaches));
        return false;
    }
    if (reason.size() < kMinOverrideReasonLength) {
        result.problem = tr("Say in a few words why the contact rules are overridden (at least %n "
                            "characters).",
                            nullptr, kMinOverrideReasonLength);
        return false;
    }
    return true;
}

bool Customer360Service::auditInteraction(const CustomerId &customer, const QString &contactKind,
                                          const InteractionInput &input, const Result &result)
{
    AuditTrail trail(m_store);
    if (!trail.record(&m_session, QStringLiteral("interaction_logged"), QStringLiteral("customer"),
                      customer.toString(),
                      {{QStringLiteral("interaction"), result.id},
                       {QStringLiteral("channel"), input.channel},
                       {QStringLiteral("contact_kind"), contactKind}}))
        return false;
    if (result.breaches.isEmpty())
        return true;
    // The same entry as an override logged from the manager's day (CallOutcomes).
    return trail.record(&m_session, QStringLiteral("contact_rule_override"), QStringLiteral("interaction"),
                        result.id,
                        {{QStringLiteral("customer"), customer.toString()},
                         {QStringLiteral("rules"), QJsonArray::fromStringList(ContactPolicy::codes(result.breaches))},
                         {QStringLiteral("reason"), input.overrideReason.trimmed()}});
}

Customer360Service::Result Customer360Service::logInteraction(const CustomerId &customer,
                                                              const InteractionInput &input)
{
    Result result;
    if (!allowed(Permission::LogInteraction, result))
        return result;
    result.problem = invalidInteraction(input);
    if (!result.problem.isEmpty())
        return result;
    const QString contactKind = input.contactKind.isEmpty() ? defaultContactKind(input.channel)
                                                            : input.contactKind;
    Transaction transaction(m_store.database());
    if (!customerExists(customer)) {
        result.problem = tr("No customer has the id %1.").arg(customer.toString());
        return result;
    }
    if (!contactAllowed(customer, contactKind, input, result))
        return result;
    CustomerContactRepository contacts(m_store);
    CustomerContactRepository::Interaction interaction{customer, m_session.user.id, input.channel,
                                                       input.purpose.trimmed(),
                                                       WorkStates::contactOutcome(input.outcome),
                                                       input.customerVoice.trimmed(),
                                                       input.objection.trimmed(), input.nextFollowUp};
    interaction.contactKind = contactKind;
    interaction.policyOverride = result.breaches.isEmpty() ? QString() : input.overrideReason.trimmed();
    interaction.occurredAt = m_clock();
    bd::Result<QString> inserted = contacts.insertInteraction(interaction);
    bd::Result<> saved = inserted ? bd::Result<>() : inserted.error();
    if (saved) {
        result.id = *inserted;
        // What the customer said is read in the same transaction (docs/VOICE.md).
        if (const bd::Result<int> heard
            = VoiceCapture(m_store).noteSaved(QStringLiteral("interaction"), result.id);
            !heard)
            saved = heard.error();
    }
    if (saved)
        saved = auditInteraction(customer, contactKind, input, result) ? transaction.commit()
                                                                         : Error(QString());
    if (!saved) {
        result.problem = tr("The contact could not be saved: %1").arg(saved.errorString());
        result.id.clear();
        return result;
    }
    result.ok = true;
    return result;
}

Customer360Service::Result Customer360Service::addTag(const CustomerId &customer,
                                                      const QString &tagId)
{
    Result result;
    if (!allowed(Permission::EditCustomerProfile, result))
        return result;
    Transaction transaction(m_store.database());
    if (!customerExists(customer)) {
        result.problem = tr("No customer has the id %1.").arg(customer.toString());
        return result;
    }
    CustomerContactRepository contacts(m_store);
    const bd::Result<QString> added = contacts.addTag(customer, tagId, m_session.user.id);
    if (!added
        || !AuditTrail(m_store).record(&m_session, QStringLiteral("customer_tag_added"),
                                       QStringLiteral("customer"), customer.toString(),
                                       {{QStringLiteral("tag"), tagId}})
        || !transaction.commit()) {
        result.problem = tr("The tag could not be added: %1")
                                 .arg(added ? QString() : added.errorString());
        return result;
    }
    result.id = *added;
    result.ok = true;
    return result;
}

Customer360Service::Result Customer360Service::removeTag(const CustomerId &customer,
                                                         const QString &customerTagId)
{
    Result result;
    if (!allowed(Permission::EditCustomerProfile, result))
        return result;
    Transaction transaction(m_store.database());
    CustomerContactRepository contacts(m_store);
    const bd::Result<CustomerContactRepository::RemoveResult> outcome
            = contacts.removeTag(customerTagId);
    if (outcome && *outcome == CustomerContactRepository::RemoveResult::NotFound) {
        result.problem = tr("The customer no longer has this tag.");
        return result;
    }
    if (!outcome
        || !AuditTrail(m_store).record(&m_session, QStringLiteral("customer_tag_removed"),
                                       QStringLiteral("customer"), customer.toString(),
                                       {{QStringLiteral("customer_tag"), customerTagId}})
        || !transaction.commit()) {
        result.problem = tr("The tag could not be removed: %1")
                                 .arg(outcome ? QString() : outcome.errorString());
        return result;
    }
    result.ok = true;
    result.id = customerTagId;
    return result;
}

QList<TagOption> Customer360Service::tagVocabulary()
{
    return Customer360Queries(m_store).tagVocabulary().valueOr({});
}

} // namespace bd
