#include "ui/calls/CallOutcomeDialog.h"

#include "app/domain/DomainTerms.h"
#include "app/services/calls/CallOutcomes.h"
#include "app/services/voice/VoiceLexiconSource.h"
#include "app/services/voice/VoiceReview.h"
#include "app/services/voice/VoiceSuggestions.h"
#include "ui/voice/VoiceSuggestionsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace bd {

CallOutcomeDialog::CallOutcomeDialog(Store &store, const Session &session, const CallTaskLine &task,
                                     CallClock clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_task(task)
    , m_clock(std::move(clock))
    , m_outcome(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_madeAt(new QDateTimeEdit(this))
    , m_voice(new QPlainTextEdit(this))
    , m_objection(new QLineEdit(this))
    , m_followUpSet(new QCheckBox(tr("&Follow up on"), this))
    , m_followUp(new QDateEdit(this))
    , m_warning(new QLabel(this))
    , m_override(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_heard(new VoiceSuggestionsBox(m_voice, localToday(m_clock), VoiceLexiconSource::active(), this))
{
    setObjectName(QStringLiteral("callOutcomeDialog"));
    setWindowTitle(task.care ? tr("Log care contact: %1").arg(task.customerName)
                             : tr("Log call outcome: %1").arg(task.customerName));
    m_outcome->setObjectName(QStringLiteral("outcomeBox"));
    for (const QString &code : CallOutcomes::outcomeCodes())
        m_outcome->addItem(CallOutcomes::outcomeLabel(code), code);
    m_channel->setObjectName(QStringLiteral("channelBox"));
    for (const QString &code : DomainTerms::codes(Vocabulary::ContactChannel))
        m_channel->addItem(DomainTerms::label(Vocabulary::ContactChannel, code), code);
    // Minute precision: "now" shown is never later than the clock when saving.
    const QDateTime now = m_clock().toLocalTime();
    m_madeAt->setObjectName(QStringLiteral("madeAtEdit"));
    m_madeAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_madeAt->setDateTimeRange(now.addDays(-7), now);
    m_madeAt->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_voice->setObjectName(QStringLiteral("customerVoiceEdit"));
    m_voice->setTabChangesFocus(true);
    m_voice->setPlaceholderText(tr("What the customer said, in their own words"));
    m_voice->setMaximumHeight(80);
    m_objection->setObjectName(QStringLiteral("objectionEdit"));
    m_objection->setPlaceholderText(tr("e.g. return too low, money tied up elsewhere"));
    const QDate today = localToday(m_clock);
    m_followUpSet->setObjectName(QStringLiteral("followUpCheck"));
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(today);
    m_followUp->setDate(today.addDays(3));
    m_followUp->setEnabled(false);
    connect(m_followUpSet, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    m_warning->setObjectName(QStringLiteral("contactWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b03020; font-weight: bold"));
    m_override->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_override->setPlaceholderText(tr("Why the contact rules are overridden (audited)"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->hide();

    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_followUpSet);
    followUp->addWidget(m_followUp, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Call &made at:"), m_madeAt);
    form->addRow(tr("Customer &voice:"), m_voice);
    form->addRow(tr("Heard:"), m_heard);
    form->addRow(tr("O&bjection:"), m_objection);
    form->addRow(QString(), followUp);
    form->addRow(tr("Override &reason:"), m_override);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveOutcomeButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true); // Return saves (Ctrl+Return in the voice box)
    connect(buttons, &QDialogButtonBox::accepted, this, &CallOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &CallOutcomeDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CallOutcomeDialog::updateWarning);
    connect(m_madeAt, &QDateTimeEdit::dateTimeChanged, this, &CallOutcomeDialog::updateWarning);
    updateWarning();
    m_outcome->setFocus();
}

void CallOutcomeDialog::updateWarning()
{
    const QList<ContactPolicy::Breach> breaches =
            CallOutcomes(m_store, m_session, m_clock)
                    .breachesAt(m_task.customerId, m_task.care, m_channel->currentData().toString(),
                                m_madeAt->dateTime());
    m_warning->setText(breaches.isEmpty() ? QString()
                                          : tr("Contact rules: %1").arg(ContactPolicy::messages(breaches)));
    m_warning->setVisible(!breaches.isEmpty());
    m_override->setEnabled(!breaches.isEmpty());
}

void CallOutcomeDialog::confirmHeard()
{
    // The note was saved trimmed: a suggestion is found again by what it is and its phrase.
    m_heard->analyseNow();
    const QList<VoiceFinding> ticked = m_heard->checked();
    if (ticked.isEmpty())
        return;
    const auto stored = VoiceSuggestions(m_store, m_session).ofNote(QStringLiteral("interaction"),
                                                                    m_interactionId);
    VoiceReview review(m_store, m_session, localToday(m_clock));
    for (const VoiceFinding &finding : ticked) {
        for (const VoiceFindingRecord &record : stored.valueOr({})) {
            if (record.note.field == QLatin1String("customer_voice")
                && record.kind + QLatin1Char('.') + record.label == finding.key()
                && record.phrase == finding.phrase) {
                (void)review.confirm(record.id); // a refusal leaves it a suggestion in the 360
                break;
            }
        }
    }
}

void CallOutcomeDialog::accept()
{
    CallOutcomes::Input input;
    input.outcome = m_outcome->currentData().toString();
    input.channel = m_channel->currentData().toString();
    input.customerVoice = m_voice->toPlainText();
    input.objection = m_objection->text();
    if (m_followUpSet->isChecked())
        input.nextFollowUp = m_followUp->date();
    input.overrideReason = m_override->text();
    input.madeAt = m_madeAt->dateTime();
    CallOutcomes outcomes(m_store, m_session, m_clock);
    const CallOutcomes::Result result = m_task.care ? outcomes.logCare(m_task.taskId, input)
                                                    : outcomes.logCall(m_task.taskId, input);
    if (!result.ok) {
        // Nothing typed is lost: the dialog stays open with the problem shown.
        m_problem->setText(result.refusal);
        m_problem->show();
        if (!result.breaches.isEmpty()) {
            m_override->setEnabled(true);
            m_override->setFocus();
        }
        return;
    }
    m_interactionId = result.interactionId;
    confirmHeard();
    emit outcomeLogged(m_task.taskId);
    QDialog::accept();
}

} // namespace bd
