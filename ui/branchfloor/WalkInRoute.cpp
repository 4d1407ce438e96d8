#include "ui/branchfloor/WalkInRoute.h"

#include "app/domain/DomainTerms.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "ui/branchfloor/PotentialVipRoute.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bd {

namespace {
enum RoutePage { VipPage, PotentialPage, OrdinaryPage };
} // namespace

WalkInRoute::WalkInRoute(Store &store, const Session &session, QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("walkInRoutes"));
    QWidget *vip = createVipPage();
    m_potential = new PotentialVipRoute(store, session, this);
    connect(m_potential, &PotentialVipRoute::changed, this, &WalkInRoute::changed);
    QWidget *ordinary = createOrdinaryPage();
    addWidget(vip);
    addWidget(m_potential);
    addWidget(ordinary);
}

QWidget *WalkInRoute::createVipPage()
{
    auto *page = new QWidget(this);
    auto *script = new QLabel(LobbyRouting::guidanceScript(QStringLiteral("vip_service")), page);
    script->setObjectName(QStringLiteral("vipScript"));
    script->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(script);
    layout->addStretch();
    return page;
}

QWidget *WalkInRoute::createOrdinaryPage()
{
    auto *page = new QWidget(this);
    m_diversion = new QComboBox(page);
    m_diversion->setObjectName(QStringLiteral("routeDiversion"));
    for (const QString &code : DomainTerms::codes(Vocabulary::DiversionTarget))
        m_diversion->addItem(DomainTerms::label(Vocabulary::DiversionTarget, code), code);
    m_diversion->setCurrentIndex(m_diversion->findData(QStringLiteral("open_counter")));
    connect(m_diversion, &QComboBox::currentIndexChanged, this, &WalkInRoute::changed);
    m_diversionScript = new QLabel(page);
    m_diversionScript->setObjectName(QStringLiteral("diversionScript"));
    m_diversionScript->setWordWrap(true);
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("Div&ert to"), m_diversion);
    layout->addRow(tr("Say"), m_diversionScript);
    return page;
}

void WalkInRoute::showFor(const QString &valueClass, const QString &businessType)
{
    if (valueClass == QLatin1String("vip")) {
        setCurrentIndex(VipPage);
    } else if (valueClass == QLatin1String("potential_vip")) {
        setCurrentIndex(PotentialPage);
        m_potential->refresh();
    } else {
        setCurrentIndex(OrdinaryPage);
        const auto diversion = LobbyRouting::diversionFor(businessType);
        const QString target = m_diversion->currentData().toString();
        m_diversionScript->setText(target == diversion.target
                                           ? diversion.script
                                           : LobbyRouting::diversionScript(target));
    }
}

void WalkInRoute::divertFor(const QString &businessType)
{
    const auto diversion = LobbyRouting::diversionFor(businessType);
    m_diversion->setCurrentIndex(qMax(0, m_diversion->findData(diversion.target)));
}

QString WalkInRoute::route(const QString &valueClass) const
{
    if (valueClass == QLatin1String("ordinary"))
        return m_diversion->currentData().toString();
    if (valueClass == QLatin1String("potential_vip"))
        return m_potential->route();
    return LobbyRouting::routeFor(valueClass, false, false);
}

void WalkInRoute::fillForm(ReferralForm &form) const
{
    m_potential->fillForm(form);
}

void WalkInRoute::clear()
{
    m_potential->clear();
}

void WalkInRoute::setOwnManager(const QString &managerId)
{
    m_potential->setOwnManager(managerId);
}

} // namespace bd
