#include "app/services/contact/ContactRulesService.h"

#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QJsonObject>

namespace bd {

namespace {
QJsonObject toJson(const ContactRules &rules)
{
    return {{QStringLiteral("require_marketing_consent"), rules.requireMarketingConsent},
            {QStringLiteral("max_marketing_contacts"), rules.maxMarketingContacts},
            {QStringLiteral("period_days"), rules.periodDays},
            {QStringLiteral("quiet_from"), rules.quietFrom.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("quiet_until"), rules.quietUntil.toString(QStringLiteral("HH:mm"))}};
}
} // namespace

ContactRulesService::ContactRulesService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

ContactRules ContactRulesService::current() const
{
    return ContactRules::load(m_store);
}

bool ContactRulesService::mayChange() const
{
    return m_session.can(Permission::AssignCallLists);
}

Result<> ContactRulesService::save(const ContactRules &rules)
{
    Transaction transaction(m_store.database());
    if (!mayChange()) {
        AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"), QStringLiteral("contact_rules"),
                                   {}, {{QStringLiteral("permission"), Permissions::code(Permission::AssignCallLists)}});
        (void)transaction.commit();
        return Error(m_session.refusal(Permission::AssignCallLists));
    }
    if (!rules.isValid())
        return Error(tr("The contact limit must be 0 or more and the period between 1 and 366 "
                        "days."));
    const ContactRules before = ContactRules::load(m_store);
    const bool written = rules.save(m_store)
            && AuditTrail(m_store).record(&m_session, QStringLiteral("contact_rules_changed"),
                                          QStringLiteral("contact_rules"), {},
                                          {{QStringLiteral("before"), toJson(before)},
                                           {QStringLiteral("after"), toJson(rules)}});
    if (const Result<> saved = written ? transaction.commit() : Error(QString()); !saved)
        return Error(tr("The contact rules could not be saved: %1").arg(saved.errorString()));
    return {};
}

} // namespace bd
