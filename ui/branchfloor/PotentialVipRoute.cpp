#include "ui/branchfloor/PotentialVipRoute.h"

#include "app/domain/DomainTerms.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "app/services/branchfloor/ReferralForm.h"
#include "database/branchfloor/FloorQueries.h"
#include "ui/branchfloor/ManagerChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bd {

PotentialVipRoute::PotentialVipRoute(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_hasTime(new QRadioButton(tr("Has time n&ow"), this))
    , m_noTime(new QRadioButton(tr("&No time"), this))
    , m_manager(new QComboBox(this))
    , m_managerBusyWait(new QCheckBox(tr("Manager busy: customer waits in the waiting area"), this))
    , m_interest(new QLineEdit(this))
    , m_card(new QCheckBox(tr("Experience card and manager's card handed over"), this))
    , m_consent(new QCheckBox(tr("Agrees to leave contact details"), this))
    , m_phone(new QLineEdit(this))
    , m_script(new QLabel(this))
    , m_managerWhy(new QLabel(this))
{
    m_managerWhy->setObjectName(QStringLiteral("routeManagerWhy"));
    m_managerWhy->setWordWrap(false); // one line: the desk must fit a 1366x768 screen
    m_managerWhy->setStyleSheet(QStringLiteral("color: palette(mid);"));
    setObjectName(QStringLiteral("potentialVipRoute"));
    m_hasTime->setObjectName(QStringLiteral("routeHasTime"));
    m_noTime->setObjectName(QStringLiteral("routeNoTime"));
    m_hasTime->setChecked(true);
    m_manager->setObjectName(QStringLiteral("routeManager"));
    m_managerBusyWait->setObjectName(QStringLiteral("routeWaitingArea"));
    m_interest->setObjectName(QStringLiteral("routeInterest"));
    m_interest->setPlaceholderText(tr("What the customer asked about or needs (required)"));
    m_card->setObjectName(QStringLiteral("routeCard"));
    m_consent->setObjectName(QStringLiteral("routeConsent"));
    m_phone->setObjectName(QStringLiteral("routePhone"));
    m_phone->setPlaceholderText(tr("Mobile number"));
    m_phone->setEnabled(false);
    m_script->setObjectName(QStringLiteral("potentialScript"));
    m_script->setWordWrap(true);
    QWidget *checks = createChecks();
    connect(m_consent, &QCheckBox::toggled, m_phone, &QWidget::setEnabled);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_hasTime),
                                    static_cast<QAbstractButton *>(m_noTime),
                                    static_cast<QAbstractButton *>(m_managerBusyWait)})
        connect(button, &QAbstractButton::toggled, this, &PotentialVipRoute::changed);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_hasTime);
    timeRow->addWidget(m_noTime);
    // On the same line as the time: a line less, so the lobby desk fits 1366x768.
    timeRow->addWidget(m_managerBusyWait);
    timeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Manager"), m_manager);
    form->addRow(QString(), m_managerWhy);
    form->addRow(tr("&Interest"), m_interest);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(timeRow);
    layout->addLayout(form);
    layout->addWidget(checks);
    layout->addWidget(m_card);
    layout->addLayout(consentRow);
    layout->addWidget(m_script);
    layout->addStretch();
}

// The six must-not-skip points of handing a customer over to a manager.
QWidget *PotentialVipRoute::createChecks()
{
    auto *checks = new QWidget(this);
    auto *grid = new QGridLayout(checks);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : DomainTerms::codes(Vocabulary::ReferralCheck)) {
        auto *box = new QCheckBox(DomainTerms::label(Vocabulary::ReferralCheck, code), checks);
        box->setObjectName(QStringLiteral("check_") + code);
        m_checks.insert(code, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    return checks;
}

void PotentialVipRoute::refresh()
{
    loadManagers();
    const bool hasTime = m_hasTime->isChecked();
    m_managerBusyWait->setVisible(hasTime);
    for (QCheckBox *box : std::as_const(m_checks))
        box->setVisible(hasTime);
    m_card->setVisible(!hasTime);
    m_consent->setVisible(!hasTime);
    m_phone->setVisible(!hasTime);
    m_script->setText(LobbyRouting::guidanceScript(route()));
}

// Once, when a potential VIP first comes: who is free is read at that moment.
void PotentialVipRoute::loadManagers()
{
    if (m_manager->count() > 0)
        return;
    m_managers = FloorQueries(m_store).wealthManagers(m_session.branch.id,
                                                      QDateTime::currentDateTimeUtc());
    for (const ManagerAvailability &manager : std::as_const(m_managers)) {
        m_manager->addItem(manager.busy ? tr("%1 (busy)").arg(manager.name)
                                        : tr("%1 (free)").arg(manager.name),
                           manager.id);
    }
    m_managerWhy->setText(ManagerChoice::select(m_manager, m_managers, m_ownManager));
}

void PotentialVipRoute::setOwnManager(const QString &managerId)
{
    m_ownManager = managerId;
    if (m_manager->count() == 0)
        return; // chosen when the list is read
    m_managerWhy->setText(ManagerChoice::select(m_manager, m_managers, m_ownManager));
}

QString PotentialVipRoute::route() const
{
    return LobbyRouting::routeFor(QStringLiteral("potential_vip"), m_hasTime->isChecked(),
                                  m_managerBusyWait->isChecked());
}

void PotentialVipRoute::fillForm(ReferralForm &form) const
{
    form.referredTo = m_manager->currentData().toString();
    form.customerHasTime = m_hasTime->isChecked();
    form.interest = m_interest->text();
    if (form.customerHasTime) {
        for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
            if (it.value()->isChecked())
                form.checks << it.key();
    } else {
        form.experienceCard = m_card->isChecked();
        form.contactConsent = m_consent->isChecked();
        form.contactPhone = form.contactConsent ? m_phone->text() : QString();
        form.checks << QStringLiteral("handed_over");
    }
}

void PotentialVipRoute::clear()
{
    m_interest->clear();
    m_phone->clear();
    m_consent->setChecked(false);
    m_card->setChecked(false);
    m_managerBusyWait->setChecked(false);
    m_hasTime->setChecked(true);
    for (QCheckBox *box : std::as_const(m_checks))
        box->setChecked(false);
}

} // namespace bd
