#include "ui/customer360/ProfileEditDialog.h"

#include "app/domain/CustomerField.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/customers/CustomerService.h"

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

QString ProfileEditDialog::shownValue(const QString &field, const QVariantMap &profile)
{
    if (CustomerField::isPersonalData(field))
        return {};
    if (field == QLatin1String("annual_income"))
        return Money::fromFen(profile.value(QStringLiteral("annual_income_fen")).toLongLong())
                .toPlainString();
    const QString value = profile.value(field).toString();
    if (field == QLatin1String("do_not_contact") || field == QLatin1String("marketing_consent"))
        return profile.value(field).toInt() ? tr("yes") : tr("no");
    if (field == QLatin1String("gender"))
        return DomainTerms::label(Vocabulary::Gender, value);
    if (field == QLatin1String("marital_status"))
        return value.isEmpty() ? QString() : DomainTerms::label(Vocabulary::MaritalStatus, value);
    if (field == QLatin1String("lifecycle_stage"))
        return DomainTerms::label(Vocabulary::LifecycleStage, value);
    return value;
}

// Choices get a combo box and dates a date field: staff pick 男/女 instead of typing a
// code the check then refuses ("请使用以下值之一：M, F" while the field showed 男).
QWidget *ProfileEditDialog::makeEditor(const QString &name, const QVariantMap &profile)
{
    const QString stored = profile.value(name).toString();
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
    if (name == QLatin1String("lifecycle_stage"))
        return choices(Vocabulary::LifecycleStage, false);
    if (name == QLatin1String("do_not_contact") || name == QLatin1String("marketing_consent")) {
        auto *box = new QComboBox(this);
        box->addItem(tr("no"), QStringLiteral("0"));
        box->addItem(tr("yes"), QStringLiteral("1"));
        box->setCurrentIndex(profile.value(name).toInt() ? 1 : 0);
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
                                     const QVariantMap &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(profile.value(QStringLiteral("id")).toString())
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("profileEditDialog"));
    setWindowTitle(tr("Edit the profile of %1").arg(profile.value(QStringLiteral("name")).toString()));
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
    resize(560, 620);
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
