#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bd {

class Store;

// Shows one masked field of one customer in full, after the user typed why
// (PersonalDataReveal checks the permission and audits the reason). The value stays in
// this dialog and is gone when it closes.
class RevealDialog : public QDialog
{
    Q_OBJECT

public:
    RevealDialog(Store &store, const Session &session, const CustomerId &customer,
                 QWidget *parent = nullptr);

    QString revealedValue() const; // empty until a reveal succeeded

private:
    void reveal();

    Store &m_store;
    const Session &m_session;
    CustomerId m_customer;
    QComboBox *m_field;
    QLineEdit *m_reason;
    QLabel *m_value;
    QLabel *m_problem;
};

} // namespace bd
