#include "ui/dashboards/BranchDashboard.h"

#include "app/services/dashboards/DashboardService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace bd {

BranchDashboard::BranchDashboard(Store &store, const Session &session, QWidget *parent)
    : DashboardPanel(store, session, parent)
    , m_managers(new QComboBox(this))
{
    setObjectName(QStringLiteral("branchDashboard"));
    m_managers->setObjectName(QStringLiteral("managerFilter"));
    m_managers->addItem(tr("Whole branch"), QString());
    DashboardService service(store, session);
    for (const DashboardManager &manager : service.managers().valueOr(QList<DashboardManager>()))
        m_managers->addItem(manager.displayName, manager.id);
    m_managers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_managers);
    toolbar()->insertWidget(0, label);
    toolbar()->insertWidget(1, m_managers);
    toolbar()->insertSpacing(2, 12);
    connect(m_managers, &QComboBox::currentIndexChanged, this, [this] {
        setScope({this->session().branch.id, m_managers->currentData().toString()});
    });
    setScope(service.defaultScope());
}

QString BranchDashboard::sheetTitle() const
{
    return tr("Branch dashboard");
}

QString BranchDashboard::scopeDescription() const
{
    return scope().isBook() ? tr("Book of %1").arg(m_managers->currentText())
                            : tr("Whole branch");
}

} // namespace bd
