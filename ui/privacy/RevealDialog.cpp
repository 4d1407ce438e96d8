#include "ui/privacy/RevealDialog.h"

#include "app/services/privacy/PersonalDataReveal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

RevealDialog::RevealDialog(Store &store, const Session &session, const CustomerId &customer,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customer(customer)
    , m_field(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_value(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Reveal personal data"));
    setMinimumWidth(460);
    using Field = PersonalDataReveal::Field;
    for (const Field field : {Field::IdNumber, Field::Phone, Field::Address})
        m_field->addItem(PersonalDataReveal::label(field), PersonalDataReveal::code(field));
    m_field->setObjectName(QStringLiteral("revealField"));
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setPlaceholderText(tr("e.g. identity check for a counter transaction"));
    m_value->setObjectName(QStringLiteral("revealedValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_value->setFont(big);
    m_problem->setObjectName(QStringLiteral("revealProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);

    auto *note = new QLabel(tr("Revealing is recorded in the audit log with your reason."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reveal = buttons->addButton(tr("&Reveal"), QDialogButtonBox::ActionRole);
    reveal->setObjectName(QStringLiteral("revealButton"));
    reveal->setDefault(true);
    connect(reveal, &QPushButton::clicked, this, &RevealDialog::reveal);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Field"), m_field);
    form->addRow(tr("Re&ason"), m_reason);
    form->addRow(tr("Value"), m_value);
    form->addRow(m_problem);
    form->addRow(buttons);
}

QString RevealDialog::revealedValue() const
{
    return m_value->text();
}

void RevealDialog::reveal()
{
    PersonalDataReveal::Field field = PersonalDataReveal::Field::Phone;
    PersonalDataReveal::fromCode(m_field->currentData().toString(), &field);
    PersonalDataReveal service(m_store, m_session);
    const Result<QString> value = service.reveal(m_customer, field, m_reason->text());
    m_value->setText(value.valueOr(QString()));
    m_problem->setText(value.errorString());
}

} // namespace bd
