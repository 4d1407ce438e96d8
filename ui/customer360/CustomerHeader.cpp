#include "ui/customer360/CustomerHeader.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/Customer360Service.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {
QString tierColour(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Ordinary: return QStringLiteral("#6c757d");
    case CustomerTier::Silver: return QStringLiteral("#8a9bb0");
    case CustomerTier::Gold: return QStringLiteral("#c9a227");
    case CustomerTier::Platinum: return QStringLiteral("#5b6f8a");
    case CustomerTier::Diamond: return QStringLiteral("#2f6fb3");
    }
    return {};
}
} // namespace

CustomerHeader::CustomerHeader(const Session &session, QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_tierBadge(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_standing(new QLabel(this))
    , m_relationship(new QLabel(this))
    , m_flags(new QLabel(this))
{
    setObjectName(QStringLiteral("customer360Header"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_tierBadge->setObjectName(QStringLiteral("tierBadge"));
    m_identity->setObjectName(QStringLiteral("customerIdentity"));
    m_standing->setObjectName(QStringLiteral("customerStanding"));
    m_relationship->setObjectName(QStringLiteral("customerRelationship"));
    m_flags->setObjectName(QStringLiteral("customerFlags"));
    m_flags->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_identity, m_standing, m_relationship})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_tierBadge);
    top->addStretch(1);
    top->addWidget(m_flags);
    auto *reveal = new QPushButton(tr("Re&veal…"), this);
    reveal->setObjectName(QStringLiteral("revealPersonalDataButton"));
    reveal->setToolTip(session.can(Permission::RevealPersonalData)
                               ? tr("Show the full ID number, mobile or address, with a reason "
                                    "(audited)")
                               : session.refusal(Permission::RevealPersonalData));
    reveal->setEnabled(session.can(Permission::RevealPersonalData));
    connect(reveal, &QPushButton::clicked, this, &CustomerHeader::revealRequested);
    top->addWidget(reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_identity);
    layout->addWidget(m_standing);
    layout->addWidget(m_relationship);
}

void CustomerHeader::showCustomer(const Customer360 &data)
{
    const CustomerDetails &p = data.profile;
    m_name->setText(p.name);
    m_tierBadge->setText(Tiers::label(p.tier));
    m_tierBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                              "border-radius: 4px; padding: 2px 8px; "
                                              "font-weight: bold; }")
                                       .arg(tierColour(p.tier)));
    QStringList identity;
    identity << tr("ID %1").arg(p.idNumber)
             << tr("Mobile %1").arg(p.phone)
             << (data.age >= 0 ? tr("%n years", nullptr, data.age) : tr("age unknown"))
             << DomainTerms::label(Vocabulary::Gender, p.gender)
             << tr("CIF %1").arg(p.cifNo);
    m_identity->setText(identity.join(QStringLiteral("  ·  ")));
    QStringList standing;
    standing << tr("AUM %1").arg(p.aum.toDisplayString())
             << (p.riskLevel > 0 ? tr("Risk level: %1").arg(DomainTerms::label(
                                           Vocabulary::RiskLevel, QString::number(p.riskLevel)))
                                 : tr("Risk not assessed"))
             << tr("Lifecycle: %1").arg(DomainTerms::label(p.lifecycleStage.stored()));
    m_standing->setText(standing.join(QStringLiteral("  ·  ")));
    m_relationship->setText(
            tr("Manager: %1 (%2)")
                    .arg(p.managerName.isEmpty() ? tr("none") : p.managerName,
                         DomainTerms::label(Vocabulary::AssignmentMode, p.assignmentMode)));
    QStringList flags;
    if (p.doNotContact)
        flags << QStringLiteral("<span style='background:#b02020;color:white;padding:2px'>&nbsp;%1&nbsp;</span>")
                         .arg(tr("Do not contact").toHtmlEscaped());
    flags << (p.marketingConsent ? tr("Marketing consent: yes") : tr("Marketing consent: no"))
                     .toHtmlEscaped();
    m_flags->setText(flags.join(QStringLiteral("&nbsp;&nbsp;")));
}

} // namespace bd
