#pragma once

#include "app/server/LoggedRowField.h"
#include "app/server/ServerAccounts.h"

#include <QString>

namespace bd {

class ServerDatabase;

// Whether a staff id a pushed change names (who voided a contact, who logged it) is the
// signed-in caller's. The staff row's user name as the branch's log has it decides; staff
// whose row the log never had - the roster of a branch loaded with import-branch comes as
// baseline pages, not as changes - are known by the accounts the server registered for the
// caller's branch (DeskAccounts: every account of an imported file, and the rows pushed by
// those who manage users). Only the caller's own name under that staff id in their own
// branch counts, so nobody passes as another (docs/CALLS.md, "Voiding a contact").
class SignedInStaff
{
public:
    SignedInStaff(const ServerDatabase &database, const ServerAccounts::Caller &caller,
                  LoggedRowField field)
        : m_database(database)
        , m_caller(caller)
        , m_field(std::move(field))
    {
    }

    // False for an empty id, and when the server's accounts cannot be read.
    bool is(const QString &staffId) const;
    // Whether an answer of is() came from accounts that could not be read: the push then
    // answers "cannot store now" and the desk sends again, rather than keep a refusal for
    // good (a void or a referral step of the caller's own refused).
    bool unread() const { return m_unread; }

private:
    const ServerDatabase &m_database;
    const ServerAccounts::Caller &m_caller;
    LoggedRowField m_field;
    mutable bool m_unread = false;
};

} // namespace bd
