#include "ui/customer360/VoidContactDialog.h"

#include "app/domain/ContactVoidRules.h"
#include "app/domain/DomainTerms.h"
#include "app/services/calls/ContactVoiding.h"
#include "ui/customer360/TimelineModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {
// One contact as the manager recognises it: when, how, what came of it, who logged it.
QString describe(const TimelineEntry &entry)
{
    QStringList parts{QLocale().toString(entry.occurredAt.toLocalTime(), QLocale::ShortFormat),
                      TimelineModel::channelLabel(entry)};
    if (const QString outcome = DomainTerms::label(entry.outcome); !outcome.isEmpty())
        parts << outcome;
    if (!entry.kind.isEmpty())
        parts << entry.kind;
    if (!entry.staffName.isEmpty())
        parts << entry.staffName;
    return parts.join(QStringLiteral(" · "));
}
} // namespace

VoidContactDialog::VoidContactDialog(Store &store, const Session &session,
                                     const QString &customerName,
                                     const QList<TimelineEntry> &timeline, CallClock clock,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
    , m_contact(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("voidContactDialog"));
    setWindowTitle(tr("Void a contact with %1").arg(customerName));
    auto *intro = new QLabel(tr("Void a contact logged for this customer by mistake. It stays on "
                                "record, marked void, and no longer counts: not towards the "
                                "contact limit, not as the last contact, and its call task is "
                                "open again."),
                             this);
    intro->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("voidContactChoice"));
    // Only what ContactVoiding would take (issue 15: contacts past the window were offered and
    // then refused): the rules it checks, at this dialog's clock.
    const QDateTime now = m_clock();
    for (const TimelineEntry &entry : timeline) {
        if (entry.source == TimelineEntry::Source::Interaction && !entry.interactionId.isEmpty()
            && !entry.isVoided()
            && ContactVoidRules::mayVoid(m_session.user.id, m_session.user.role, entry.staffId)
            && ContactVoidRules::withinWindow(entry.occurredAt, now))
            m_contact->addItem(describe(entry), entry.interactionId);
    }
    m_reason->setObjectName(QStringLiteral("voidContactReason"));
    m_reason->setPlaceholderText(tr("e.g. logged for the wrong customer"));
    m_problem->setObjectName(QStringLiteral("voidContactProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Why:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Void contact"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("voidContactSave"));
    save->setEnabled(m_contact->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (m_contact->count() == 0) {
        m_problem->setText(tr("No contact with this customer can be voided now: a contact is "
                              "voided within %n day(s) of it, by whoever logged it or by the "
                              "branch head.", nullptr, ContactVoidRules::kWindowDays));
        m_problem->show();
    }
    m_reason->setFocus();
}

QString VoidContactDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void VoidContactDialog::accept()
{
    const ContactVoiding::Result result = ContactVoiding(m_store, m_session, m_clock)
            .voidContact(m_contact->currentData().toString(), m_reason->text());
    if (!result.ok) {
        m_problem->setText(result.refusal);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace bd
