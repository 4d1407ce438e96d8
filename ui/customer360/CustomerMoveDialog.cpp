#include "ui/customer360/CustomerMoveDialog.h"

#include "app/services/customer360/CustomerTransferService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

CustomerMoveDialog::CustomerMoveDialog(Store &store, const Session &session,
                                       const CustomerId &customerId, const QString &customerName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(customerId)
    , m_branch(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("customerMoveDialog"));
    setWindowTitle(tr("Move to another branch"));
    setMinimumWidth(480);
    const QList<Branch> branches = CustomerTransferService(m_store, m_session).targetBranches();
    for (const Branch &branch : branches)
        m_branch->addItem(tr("%1 %2").arg(branch.code, branch.name), branch.id);
    m_branch->setObjectName(QStringLiteral("moveBranch"));
    m_reason->setObjectName(QStringLiteral("moveReason"));
    m_reason->setPlaceholderText(tr("e.g. the customer moved house to the other district"));
    m_problem->setObjectName(QStringLiteral("moveProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);
    if (branches.isEmpty())
        m_problem->setText(tr("No other branch is known on this workstation."));

    auto *note = new QLabel(
            tr("%1 moves with their holdings, transactions, contacts, KYC, tags and tasks. "
               "Their manager assignment is cleared; at the next sync they leave this branch's "
               "workstations. The move is recorded in the audit log with your reason.")
                    .arg(customerName),
            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("moveButton"));
    connect(m_move, &QPushButton::clicked, this, &CustomerMoveDialog::move);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CustomerMoveDialog::updateMoveButton);

    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("New &branch"), m_branch);
    form->addRow(tr("Re&ason"), m_reason);
    form->addRow(m_problem);
    form->addRow(buttons);
    updateMoveButton();
}

void CustomerMoveDialog::updateMoveButton()
{
    m_move->setEnabled(m_branch->count() > 0 && !m_reason->text().trimmed().isEmpty());
}

void CustomerMoveDialog::move()
{
    CustomerTransferService service(m_store, m_session);
    const Result<int> moved = service.moveToBranch(
            m_customerId, m_branch->currentData().toString(), m_reason->text());
    if (!moved) {
        m_problem->setText(moved.errorString());
        return;
    }
    accept();
}

} // namespace bd
