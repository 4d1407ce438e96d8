#include "ui/calls/ContactRulesDialog.h"

#include "app/services/contact/ContactRulesService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bd {

ContactRulesDialog::ContactRulesDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_consent(new QCheckBox(tr("Marketing contacts need the customer's &consent"), this))
    , m_max(new QSpinBox(this))
    , m_period(new QSpinBox(this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietUntil(new QTimeEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("contactRulesDialog"));
    setWindowTitle(tr("Contact rules"));
    const ContactRulesService service(store, session);
    const ContactRules rules = service.current();
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_consent->setChecked(rules.requireMarketingConsent);
    m_max->setObjectName(QStringLiteral("maxContactsSpin"));
    m_max->setRange(0, 99);
    m_max->setValue(rules.maxMarketingContacts);
    m_period->setObjectName(QStringLiteral("periodDaysSpin"));
    m_period->setRange(1, 366);
    m_period->setSuffix(tr(" days"));
    m_period->setValue(rules.periodDays);
    m_quietFrom->setObjectName(QStringLiteral("quietFromEdit"));
    m_quietUntil->setObjectName(QStringLiteral("quietUntilEdit"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietUntil->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietFrom->setTime(rules.quietFrom);
    m_quietUntil->setTime(rules.quietUntil);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->hide();

    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietFrom);
    quiet->addWidget(new QLabel(tr("to"), this));
    quiet->addWidget(m_quietUntil);
    auto *form = new QFormLayout;
    form->addRow(m_consent);
    form->addRow(tr("At most &marketing contacts:"), m_max);
    form->addRow(tr("Per &period of:"), m_period);
    form->addRow(tr("&Quiet hours (no calls or messages):"), quiet);
    auto *note = new QLabel(tr("Do-not-contact always holds. Each change is audited."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(service.mayChange());
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ContactRulesDialog::accept()
{
    ContactRules rules;
    rules.requireMarketingConsent = m_consent->isChecked();
    rules.maxMarketingContacts = m_max->value();
    rules.periodDays = m_period->value();
    rules.quietFrom = m_quietFrom->time();
    rules.quietUntil = m_quietUntil->time();
    const Result<> saved = ContactRulesService(m_store, m_session).save(rules);
    if (!saved) {
        m_problem->setText(saved.errorString());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace bd
