#include "ui/shell/AdminWorkspace.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/Store.h"
#include "database/workspaces/AdminDeskQueries.h"
#include "ui/admin/AuditEntryModel.h"
#include "ui/admin/StaffAccountModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

AdminWorkspace::AdminWorkspace(Store &store, const Session &session, QWidget *parent)
    : Workspace(store, session, parent)
    , m_accounts(new StaffAccountModel(this))
    , m_audit(new AuditEntryModel(this))
{
    setObjectName(QStringLiteral("adminWorkspace"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(section(tr("Database"), databaseInfo()));
    right->addWidget(section(tr("Latest audit entries"),
                             tableFor(m_audit, QStringLiteral("auditEntriesView"))));
    right->setStretchFactor(1, 1);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(section(tr("Staff accounts"),
                               tableFor(m_accounts, QStringLiteral("staffAccountsView")),
                               m_accounts));
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns);
    refresh();
}

QWidget *AdminWorkspace::databaseInfo()
{
    auto *info = new QWidget(this);
    auto *form = new QFormLayout(info);
    const auto value = [info] {
        auto *label = new QLabel(info);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_path = value();
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_schema = value();
    m_size = value();
    m_pending = value();
    m_auditStatus = value();
    m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("Schema version:"), m_schema);
    form->addRow(tr("Size on disk:"), m_size);
    form->addRow(tr("Changes waiting to sync:"), m_pending);
    form->addRow(tr("Audit chain:"), m_auditStatus);
    return info;
}

void AdminWorkspace::refresh()
{
    m_accounts->setRows(UserAdministration(store(), &session()).users().valueOr({}));
    const AdminDeskQueries queries(store());
    m_audit->setRows(queries.latestAudit(100));

    const StoreFigures figures = queries.storeFigures();
    const QLocale locale;
    m_path->setText(store().path());
    m_schema->setText(tr("%1 (this program knows up to %2)")
                              .arg(figures.schemaVersion)
                              .arg(Store::latestSchemaVersion()));
    m_size->setText(locale.formattedDataSize(figures.fileBytes));
    m_pending->setText(locale.toString(figures.pendingChanges));

    const AuditTrail::Verification verification = AuditTrail(store()).verify();
    m_auditIntact = verification.intact;
    if (verification.intact) {
        m_auditStatus->setText(tr("Intact: %n entries checked", nullptr,
                                  int(verification.entries)));
        m_auditStatus->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
    } else {
        m_auditStatus->setText(tr("Broken at entry %1: %2")
                                       .arg(verification.firstBadSeq)
                                       .arg(verification.problem));
        m_auditStatus->setStyleSheet(QStringLiteral("color: #b03020; font-weight: bold;"));
    }
}

} // namespace bd
