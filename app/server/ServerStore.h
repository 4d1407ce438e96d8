#pragma once

#include "app/server/AuditIngest.h"
#include "app/server/BranchBaselines.h"
#include "app/server/ChangeLog.h"
#include "app/server/CustomerHomes.h"
#include "app/server/EventRooms.h"
#include "app/server/ServerAccounts.h"
#include "app/server/ServerBranches.h"
#include "app/server/ServerDatabase.h"

namespace bd {

// branchdesk-server's store: its database and the rooms over it, one responsibility each.
// The routes and the set-up commands take what they need from here.
class ServerStore
{
public:
    using Settings = ServerDatabase::Settings;

    ServerStore() = default;
    Q_DISABLE_COPY_MOVE(ServerStore)

    Result<> open(const Settings &settings) { return m_database.open(settings); }
    // A second store over a database another one opened (ServerLane).
    Result<> attach(const Settings &settings) { return m_database.attach(settings); }

    ServerDatabase &database() { return m_database; }
    ServerBranches &branches() { return m_branches; }
    ServerAccounts &accounts() { return m_accounts; }
    ChangeLog &changeLog() { return m_changeLog; }
    BranchBaselines &baselines() { return m_baselines; }
    AuditIngest &audit() { return m_audit; }
    CustomerHomes &customerHomes() { return m_customerHomes; }
    EventRooms &events() { return m_events; }

private:
    ServerDatabase m_database;
    ServerBranches m_branches { m_database };
    ServerAccounts m_accounts { m_database };
    ChangeLog m_changeLog { m_database };
    BranchBaselines m_baselines { m_database };
    AuditIngest m_audit { m_database };
    CustomerHomes m_customerHomes { m_database };
    EventRooms m_events { m_database, m_changeLog };
};

} // namespace bd
