#include "ui/customer360/ProfileEditDialog.h"

#include "app/domain/CustomerField.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/customers/CustomerService.h"
#include "ui/common/WindowFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

QString ProfileEditDialog::stored(const QString &field, const CustomerDetails &profile)
{
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    if (field == QLatin1String("name"))
        return profile.name;
    if (field == QLatin1String("gender"))
        return profile.gender;
    if (field == QLatin1String("birth_date"))
        return profile.birthDate.toString(Qt::ISODate);
    if (field == QLatin1String("id_number"))
        return profile.idNumber;
    if (field == QLatin1String("phone"))
        return profile.phone;
    if (field == QLatin1String("address"))
        return profile.address;
    if (field == QLatin1String("occupation"))
        return profile.occupation;
    if (field == QLatin1String("industry"))
        return profile.industry;
    if (field == QLatin1String("education"))
        return profile.education;
    if (field == QLatin1String("marital_status"))
        return profile.maritalStatus;
    if (field == QLatin1String("annual_income"))
        return QString::number(profile.annualIncome.fen());
    if (field == QLatin1String("lifecycle_stage"))
        return profile.lifecycleStage.code();
    if (field == QLatin1String("do_not_contact"))
        return flag(profile.doNotContact);
    if (field == QLatin1String("marketing_consent"))
        return flag(profile.marketingConsent);
    return {}; // a field CustomerField::editable() gained: empty until it is named here
}

QString ProfileEditDialog::shownValue(const QString &field, const CustomerDetails &profile)
{
    if (CustomerField::isPersonalData(field))
        return {};
    if (field == QLatin1String("annual_income"))
        return profile.annualIncome.toPlainString();
    if (field == QLatin1String("do_not_contact"))
        return profile.doNotContact ? tr("yes") : tr("no");
    if (field == QLatin1String("marketing_consent"))
        return profile.marketingConsent ? tr("yes") : tr("no");
    const QString value = stored(field, profile);
    if (field == QLatin1String("gender"))
        return DomainTerms::label(Vocabulary::Gender, value);
    if (field == QLatin1String("marital_status"))
        return value.isEmpty() ? QString() : DomainTerms::label(Vocabulary::MaritalStatus, value);
    if (field == QLatin1String("lifecycle_stage"))
        return DomainTerms::label(profile.lifecycleStage.stored());
    return value;
}

// Choices get a combo box and dates a date field: staff pick 男/女 instead of typing a
// code the check then refuses ("请使用以下值之一：M, F" while the field showed 男).
QWidget *ProfileEditDialog::makeEditor(const QString &name, const CustomerDetails &profile)
{
    const QString stored = ProfileEditDialog::stored(name, profile);
    const auto choices = [this, &stored](Vocabulary vocabulary, bool mayBeUnknown) {
        auto *box = new QComboBox(this);
        if (mayBeUnknown || stored.isEmpty())
            box->addItem(tr("(not known)"), QString());
        for (const QString &code : DomainTerms::codes(vocabulary))
            box->addItem(DomainTerms::label(vocabulary, code), code);
        box->setCurrentIndex(qMax(0, box->findData(stored)));
        return box;
    };
    if (name == QLatin1String("gender"))
        return choices(Vocabulary::Gender, false);
    if (name == QLatin1String("marital_status"))
        return choices(Vocabulary::MaritalStatus, true);
    if (name == QLatin1String("lifecycle_stage")) {
        QComboBox *box = choices(Vocabulary::LifecycleStage, false);
        // A stage this build does not know is said in words and kept as stored unless
        // another is chosen (it showed as the first stage, one the customer is not in).
        if (!profile.lifecycleStage.known()) {
            box->insertItem(0, DomainTerms::label(profile.lifecycleStage.stored()), stored);
            box->setCurrentIndex(0);
        }
        return box;
    }
    if (name == QLatin1String("do_not_contact") || name == QLatin1String("marketing_consent")) {
        auto *box = new QComboBox(this);
        box->addItem(tr("no"), QStringLiteral("0"));
        box->addItem(tr("yes"), QStringLiteral("1"));
        box->setCurrentIndex(stored == QLatin1String("1") ? 1 : 0);
        return box;
    }
    if (name == QLatin1String("birth_date")) {
        auto *date = new QDateEdit(this);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
        date->setDateRange(QDate(1900, 1, 1), QDate::currentDate());
        date->setDate(QDate::fromString(stored, Qt::ISODate));
        return date;
    }
    auto *edit = new QLineEdit(this);
    edit->setText(shownValue(name, profile));
    if (CustomerField::isPersonalData(name))
        edit->setPlaceholderText(tr("%1 — type a new value to replace it").arg(stored));
    return edit;
}

QString ProfileEditDialog::typedIn(const QWidget *editor)
{
    if (const auto *box = qobject_cast<const QComboBox *>(editor))
        return box->currentData().toString();
    if (const auto *date = qobject_cast<const QDateEdit *>(editor))
        return date->date().toString(Qt::ISODate);
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text().trimmed();
    return {};
}

QLineEdit *ProfileEditDialog::field(const QString &name) const
{
    return qobject_cast<QLineEdit *>(m_fields.value(name));
}

ProfileEditDialog::ProfileEditDialog(Store &store, const Session &session,
                                     const CustomerDetails &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(profile.id)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("profileEditDialog"));
    setWindowTitle(tr("Edit the profile of %1").arg(profile.name));
    auto *form = new QFormLayout;
    for (const QString &name : CustomerField::editable()) {
        QWidget *edit = makeEditor(name, profile);
        edit->setObjectName(QStringLiteral("profileField_") + name);
        auto *problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("color: #b02020;"));
        problem->setWordWrap(true);
        problem->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(1);
        cell->addWidget(edit);
        cell->addWidget(problem);
        form->addRow(CustomerField::label(name) + QLatin1Char(':'), cell);
        m_fields.insert(name, edit);
        m_problems.insert(name, problem);
        m_initial.insert(name, typedIn(edit));
    }
    m_summary->setObjectName(QStringLiteral("profileEditProblem"));
    m_summary->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto *page = new QWidget(this);
    page->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("profileSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(560, 620));
}

QString ProfileEditDialog::problemText() const
{
    return m_summary->text();
}

void ProfileEditDialog::accept()
{
    QList<CustomerService::FieldEdit> edits;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        m_problems.value(it.key())->hide();
        const QString typed = typedIn(it.value());
        const bool changed = CustomerField::isPersonalData(it.key())
                ? !typed.isEmpty()
                : typed != m_initial.value(it.key()).trimmed();
        if (changed)
            edits << CustomerService::FieldEdit{it.key(), typed};
    }
    if (edits.isEmpty()) {
        QDialog::reject();
        return;
    }
    const auto result = CustomerService(m_store, m_session).edit(m_customerId, edits);
    if (result.ok) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    if (!result.refusal.isEmpty())
        lines << result.refusal;
    for (const CustomerService::FieldProblem &problem : result.problems) {
        lines << tr("%1: %2").arg(CustomerField::label(problem.field), problem.problem);
        if (QLabel *label = m_problems.value(problem.field)) {
            label->setText(problem.problem);
            label->show();
        }
        if (QWidget *edit = m_fields.value(problem.field))
            edit->setFocus();
    }
    m_summary->setText(tr("Nothing was saved.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_summary->show();
}

} // namespace bd
