#pragma once

#include "app/services/core/Session.h"
#include "database/customers/CustomerDetails.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;

namespace bd {

class Store;

// Edits the customer's profile fields. Personal data (ID number, mobile, address) is shown
// masked and left empty: type a new value to replace it. Every field is validated by
// CustomerService::edit; the problems appear next to their fields and nothing is saved
// until all are right.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    // profile: as CustomerService::profile() gives it (personal data masked).
    ProfileEditDialog(Store &store, const Session &session, const CustomerDetails &profile,
                      QWidget *parent = nullptr);

    // The text field of a free-text or personal-data field (nullptr for choices and dates).
    QLineEdit *field(const QString &name) const;
    QWidget *editor(const QString &name) const { return m_fields.value(name); }
    QString problemText() const; // all problems shown, one a line

    void accept() override; // saves; closes only when saved

private:
    // What the profile holds for an editable field, as its column stores it (a code, an
    // ISO date, 0/1, integer fen; the mask of personal data).
    static QString stored(const QString &field, const CustomerDetails &profile);
    static QString shownValue(const QString &field, const CustomerDetails &profile);
    QWidget *makeEditor(const QString &field, const CustomerDetails &profile);
    static QString typedIn(const QWidget *editor); // what goes to CustomerService::edit

    Store &m_store;
    Session m_session;
    CustomerId m_customerId;
    QMap<QString, QWidget *> m_fields;
    QMap<QString, QLabel *> m_problems;
    QMap<QString, QString> m_initial;
    QLabel *m_summary;
};

} // namespace bd
