#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/calls/ContactRules.h"

#include <QCoreApplication>

namespace bd {

class Store;

// The branch head changes the contact rules of the branch file; the change is audited with
// the old and new values.
class ContactRulesService
{
    Q_DECLARE_TR_FUNCTIONS(ContactRulesService)

public:
    ContactRulesService(Store &store, const Session &session);

    ContactRules current() const;
    bool mayChange() const;
    // On failure a translated problem (nothing is saved).
    Result<> save(const ContactRules &rules);

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
