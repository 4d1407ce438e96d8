#include "ui/customer360/InteractionDialog.h"

#include "app/domain/DomainTerms.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/customer360/Customer360Service.h"
#include "ui/common/WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

InteractionDialog::InteractionDialog(Store &store, const Session &session,
                                     const CustomerId &customerId, const QString &customerName,
                                     CallClock clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(customerId)
    , m_clock(std::move(clock))
    , m_channel(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_voice(new QPlainTextEdit(this))
    , m_objection(new QLineEdit(this))
    , m_followUpWanted(new QCheckBox(tr("Follow up on"), this))
    , m_followUp(new QDateEdit(localToday(m_clock).addDays(7), this))
    , m_rulesWarning(new QLabel(this))
    , m_overrideReason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("interactionDialog"));
    setWindowTitle(tr("Log a contact with %1").arg(customerName));
    m_channel->setObjectName(QStringLiteral("interactionChannel"));
    for (const QString &code : DomainTerms::codes(Vocabulary::ContactChannel))
        m_channel->addItem(DomainTerms::label(Vocabulary::ContactChannel, code), code);
    m_kind->setObjectName(QStringLiteral("interactionKind"));
    m_kind->setToolTip(tr("Marketing contacts need the customer's consent and count towards the "
                          "contact limit; do-not-contact holds for every kind"));
    for (const QString &code : ContactPolicy::purposeCodes())
        m_kind->addItem(ContactPolicy::purposeLabel(code), code);
    m_purpose->setObjectName(QStringLiteral("interactionPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. maturity take-over, birthday greeting"));
    m_outcome->setObjectName(QStringLiteral("interactionOutcome"));
    m_outcome->addItem(tr("(none)"), QString());
    for (const QString &code : DomainTerms::codes(Vocabulary::ContactOutcome))
        m_outcome->addItem(DomainTerms::label(Vocabulary::ContactOutcome, code), code);
    m_voice->setObjectName(QStringLiteral("interactionVoice"));
    m_voice->setPlaceholderText(tr("What the customer said, in their own words"));
    m_voice->setTabChangesFocus(true);
    m_voice->setMaximumHeight(90);
    m_objection->setObjectName(QStringLiteral("interactionObjection"));
    m_followUp->setObjectName(QStringLiteral("interactionFollowUp"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(localToday(m_clock));
    m_followUp->setEnabled(false);
    connect(m_followUpWanted, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    m_rulesWarning->setObjectName(QStringLiteral("interactionRulesWarning"));
    m_rulesWarning->setWordWrap(true);
    m_rulesWarning->setStyleSheet(QStringLiteral("color: #b03020; font-weight: bold"));
    m_rulesWarning->hide();
    m_overrideReason->setObjectName(QStringLiteral("interactionOverrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why the contact rules are overridden (audited)"));
    m_problem->setObjectName(QStringLiteral("interactionProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Customer &voice:"), m_voice);
    form->addRow(tr("O&bjection:"), m_objection);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUpWanted);
    followUpRow->addWidget(m_followUp, 1);
    form->addRow(tr("Next step:"), followUpRow);
    form->addRow(tr("Override &reason:"), m_overrideReason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("interactionSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rulesWarning);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &InteractionDialog::channelChanged);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InteractionDialog::updateRulesWarning);
    channelChanged();
    WindowFit::resizeWithin(this, QSize(480, sizeHint().height()));
}

void InteractionDialog::channelChanged()
{
    if (!m_kindChosen) {
        const QString kind = Customer360Service::defaultContactKind(m_channel->currentData().toString());
        m_kind->setCurrentIndex(m_kind->findData(kind));
    }
    updateRulesWarning();
}

void InteractionDialog::updateRulesWarning()
{
    const QList<ContactPolicy::Breach> breaches = Customer360Service(m_store, m_session, m_clock)
            .contactBreaches(m_customerId, m_kind->currentData().toString(),
                             m_channel->currentData().toString());
    m_rulesWarning->setText(breaches.isEmpty()
                                    ? QString()
                                    : tr("Contact rules: %1\nSaving needs an override reason.")
                                              .arg(ContactPolicy::messages(breaches)));
    m_rulesWarning->setVisible(!breaches.isEmpty());
    m_overrideReason->setEnabled(!breaches.isEmpty());
}

QString InteractionDialog::rulesWarningText() const
{
    return m_rulesWarning->text();
}

QString InteractionDialog::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void InteractionDialog::accept()
{
    Customer360Service::InteractionInput input;
    input.channel = m_channel->currentData().toString();
    input.contactKind = m_kind->currentData().toString();
    input.purpose = m_purpose->text();
    input.outcome = m_outcome->currentData().toString();
    input.customerVoice = m_voice->toPlainText();
    input.objection = m_objection->text();
    if (m_followUpWanted->isChecked())
        input.nextFollowUp = m_followUp->date();
    input.overrideReason = m_overrideReason->text();
    const auto result = Customer360Service(m_store, m_session, m_clock).logInteraction(m_customerId, input);
    if (!result.ok) {
        // Nothing typed is lost: the dialog stays open with the problem shown.
        m_problem->setText(result.problem);
        m_problem->show();
        if (!result.breaches.isEmpty()) {
            updateRulesWarning(); // the rules may have changed since the dialog opened (the hour)
            m_overrideReason->setEnabled(true);
            m_overrideReason->setFocus();
        }
        return;
    }
    m_savedId = result.id;
    QDialog::accept();
}

} // namespace bd
