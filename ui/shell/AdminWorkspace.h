#pragma once

#include "ui/shell/Workspace.h"

class QLabel;

namespace bd {

class AuditEntryModel;
class StaffAccountModel;

// The administrator's desk: staff accounts, the state of the local database and of its
// sync outbox, and whether the audit chain is intact, with its latest entries.
class AdminWorkspace : public Workspace
{
    Q_OBJECT

public:
    AdminWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;

    bool auditIntact() const { return m_auditIntact; }

private:
    QWidget *databaseInfo();

    StaffAccountModel *m_accounts;
    AuditEntryModel *m_audit;
    QLabel *m_path = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_auditStatus = nullptr;
    bool m_auditIntact = false;
};

} // namespace bd
