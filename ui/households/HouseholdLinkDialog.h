#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace bd {

class CustomerSearchField;
class Store;

// Whom to link into the customer's household, and as what: a customer found as in the
// toolbar search, and their relation to the head.
class HouseholdLinkDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdLinkDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    CustomerId customer() const { return m_customer; }
    QString relation() const;

private:
    CustomerSearchField *m_search;
    QLabel *m_chosen;
    QComboBox *m_relation;
    QDialogButtonBox *m_buttons;
    CustomerId m_customer;
};

} // namespace bd
