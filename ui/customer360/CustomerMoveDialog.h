#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class Store;

// "Move to branch…": the branch head chooses the customer's new branch and types why;
// CustomerTransferService checks the permission, moves them and audits the reason.
// Accepted once the customer has moved.
class CustomerMoveDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerMoveDialog(Store &store, const Session &session, const CustomerId &customerId,
                       const QString &customerName, QWidget *parent = nullptr);

private:
    void move();
    void updateMoveButton();

    Store &m_store;
    const Session &m_session;
    CustomerId m_customerId;
    QComboBox *m_branch;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_move = nullptr;
};

} // namespace bd
