#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;

// The branch head installs a whole rule file (issue #17, docs/EVENTS.md) from the
// workstation: the file is read as `branchdesk-admin rules validate` reads one, and only a
// file without a single problem replaces the branch's installed one (a broken file never
// replaces a working one). It is audited and synced (marketing_rule_set): the server checks
// it again and runs it from the next event on; every workstation of the branch gets it.
// The branch head's changed rules stay in place over the file's rules of the same id.
// backToShipped() takes the branch back to the rules shipped with BranchDesk.
class BranchRuleFile
{
    Q_DECLARE_TR_FUNCTIONS(BranchRuleFile)

public:
    BranchRuleFile(Store &store, const Session &session);

    struct Installed
    {
        int rules = 0;
        int version = 0; // the file's own version
    };
    // Reads and installs the file at `path`; refused with every problem, one per line.
    Result<Installed> install(const QString &path);
    Result<Installed> install(const QByteArray &bytes);

    // The shipped rules in force again: the installed file and every changed rule this desk
    // holds are withdrawn (deleted, synced: the server and every desk of the branch run the
    // shipped rules from the next event after their sync), audited
    // `marketing_rules_back_to_shipped`. Nothing withdrawn when the shipped rules already
    // run here: no audit entry, nothing to sync.
    struct Withdrawn
    {
        int files = 0;
        int changedRules = 0;
    };
    Result<Withdrawn> backToShipped();

    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
