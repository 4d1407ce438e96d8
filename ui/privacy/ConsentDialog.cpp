#include "ui/privacy/ConsentDialog.h"

#include "app/services/privacy/ConsentService.h"
#include "ui/common/WindowFit.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

namespace {
QTableWidget *table(const QStringList &header, QWidget *parent)
{
    auto *widget = new QTableWidget(0, int(header.size()), parent);
    widget->setHorizontalHeaderLabels(header);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString purposeLabel(const QString &code)
{
    ConsentPurpose purpose = ConsentPurpose::MarketingPhone;
    return ConsentPurposes::fromCode(code, &purpose) ? ConsentPurposes::label(purpose) : code;
}
} // namespace

ConsentDialog::ConsentDialog(Store &store, const Session &session, const CustomerId &customer,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customer(customer)
    , m_current(table({tr("Purpose"), tr("Consent"), tr("Since")}, this))
    , m_history(table({tr("When"), tr("Purpose"), tr("Change"), tr("Channel"), tr("Evidence"),
                       tr("Staff")},
                      this))
    , m_purpose(new QComboBox(this))
    , m_change(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_evidence(new QLineEdit(this))
    , m_record(new QPushButton(tr("&Record"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Consent"));
    m_current->setObjectName(QStringLiteral("consentCurrent"));
    m_current->setMinimumHeight(230); // all purposes at once
    m_history->setObjectName(QStringLiteral("consentHistory"));
    for (const ConsentPurpose purpose : ConsentPurposes::all())
        m_purpose->addItem(ConsentPurposes::label(purpose), ConsentPurposes::code(purpose));
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_change->addItem(tr("Grant"), true);
    m_change->addItem(tr("Withdraw"), false);
    m_change->setObjectName(QStringLiteral("consentChange"));
    for (const QString &code : ConsentPurposes::channelCodes())
        m_channel->addItem(ConsentPurposes::channelLabel(code), code);
    m_channel->setObjectName(QStringLiteral("consentChannel"));
    m_evidence->setObjectName(QStringLiteral("consentEvidence"));
    m_evidence->setPlaceholderText(tr("Form number or call reference"));
    m_record->setObjectName(QStringLiteral("recordConsentButton"));
    m_problem->setObjectName(QStringLiteral("consentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);

    auto *form = new QGroupBox(tr("Record a grant or withdrawal"), this);
    auto *formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Purpose"), m_purpose);
    formLayout->addRow(tr("C&hange"), m_change);
    formLayout->addRow(tr("&Channel"), m_channel);
    formLayout->addRow(tr("&Evidence"), m_evidence);
    formLayout->addRow(m_problem);
    formLayout->addRow(m_record);
    form->setEnabled(session.can(Permission::ManageConsent));
    if (!form->isEnabled())
        form->setToolTip(session.refusal(Permission::ManageConsent));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &ConsentDialog::record);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Current consent"), this));
    layout->addWidget(m_current);
    layout->addWidget(new QLabel(tr("History"), this));
    // The history takes the room left (at least a few rows): with its own size hint the
    // dialog opened 735 px high, past a 1366x768 screen.
    m_history->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_history->setMinimumHeight(120);
    layout->addWidget(m_history, 1);
    layout->addWidget(form);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(760, 640));
    load();
}

void ConsentDialog::load()
{
    ConsentService service(m_store, m_session);
    const QList<ConsentService::PurposeState> states = service.current(m_customer).valueOr({});
    m_current->setRowCount(int(states.size()));
    for (int row = 0; row < states.size(); ++row) {
        const ConsentService::PurposeState &state = states.at(row);
        m_current->setItem(row, 0, new QTableWidgetItem(ConsentPurposes::label(state.purpose)));
        m_current->setItem(row, 1, new QTableWidgetItem(
                                           state.granted ? tr("granted")
                                                         : state.recorded ? tr("withdrawn")
                                                                          : tr("never given")));
        m_current->setItem(row, 2, new QTableWidgetItem(localTime(state.latest.recordedAt)));
    }
    const QList<ConsentRecord> history = service.history(m_customer).valueOr({});
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const ConsentRecord &record = history.at(row);
        const QStringList cells{localTime(record.recordedAt), purposeLabel(record.purpose),
                                record.granted ? tr("grant") : tr("withdrawal"),
                                ConsentPurposes::channelLabel(record.channel), record.evidence,
                                record.staffName};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_current->resizeColumnsToContents();
    m_history->resizeColumnsToContents();
}

void ConsentDialog::record()
{
    ConsentPurpose purpose = ConsentPurpose::MarketingPhone;
    ConsentPurposes::fromCode(m_purpose->currentData().toString(), &purpose);
    ConsentService service(m_store, m_session);
    if (const Result<> recorded = service.record(m_customer, purpose,
                                                 m_change->currentData().toBool(),
                                                 m_channel->currentData().toString(),
                                                 m_evidence->text());
        !recorded) {
        m_problem->setText(recorded.errorString());
        return;
    }
    m_changed = true;
    m_problem->clear();
    m_evidence->clear();
    load();
}

} // namespace bd
