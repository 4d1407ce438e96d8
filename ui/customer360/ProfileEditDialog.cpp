#include "ui/customer360/ProfileEditDialog.h"

#include "app/domain/CustomerField.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/customers/CustomerService.h"

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
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("profileField_") + name);
        const QString shown = shownValue(name, profile);
        edit->setText(shown);
        if (CustomerField::isPersonalData(name)) {
            const QString column = name;
            edit->setPlaceholderText(tr("%1 — type a new value to replace it")
                                             .arg(profile.value(column).toString()));
        }
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
        m_initial.insert(name, shown);
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
        const QString typed = it.value()->text().trimmed();
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
        if (QLineEdit *edit = m_fields.value(problem.field))
            edit->setFocus();
    }
    m_summary->setText(tr("Nothing was saved.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_summary->show();
}

} // namespace bd
