#include "ui/households/HouseholdLinkDialog.h"

#include "app/services/households/HouseholdRelation.h"
#include "ui/common/CustomerSearchField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace bd {

HouseholdLinkDialog::HouseholdLinkDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_search(new CustomerSearchField(store, session, this))
    , m_chosen(new QLabel(this))
    , m_relation(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("householdLinkDialog"));
    setWindowTitle(tr("Link a customer to the household"));
    m_search->setPlaceholderText(tr("Name, mobile or ID ending, CIF"));
    m_relation->setObjectName(QStringLiteral("householdLinkRelation"));
    for (const QString &code : HouseholdRelation::memberCodes())
        m_relation->addItem(HouseholdRelation::label(code), code);
    connect(m_search, &CustomerSearchField::customerChosen, this,
            [this](const CustomerId &id, const QString &summary) {
                m_customer = id;
                m_chosen->setText(summary);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Customer"), m_search);
    layout->addRow(QString(), m_chosen);
    layout->addRow(tr("&Relation to the head"), m_relation);
    layout->addRow(m_buttons);
}

QString HouseholdLinkDialog::relation() const
{
    return m_relation->currentData().toString();
}

} // namespace bd
