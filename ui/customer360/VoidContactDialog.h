#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "database/customer360/Customer360Queries.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bd {

class Store;

// Voids a contact logged on this customer by mistake (issue #15, F10: the wrong row picked):
// the manager chooses which of the customer's contacts, newest first, and says why. Only the
// ones ContactVoidRules still allows are offered (their own, or any for the branch head,
// within its window); when there are none it says so. The contact stays on record, void, and
// counts for nothing from then on (ContactVoiding); a refusal (changed meanwhile, no reason)
// is shown and the dialog stays.
class VoidContactDialog : public QDialog
{
    Q_OBJECT

public:
    VoidContactDialog(Store &store, const Session &session, const QString &customerName,
                      const QList<TimelineEntry> &timeline, CallClock clock = systemCallClock(),
                      QWidget *parent = nullptr);

    QString problemText() const;

public slots:
    void accept() override;

private:
    Store &m_store;
    Session m_session;
    CallClock m_clock;
    QComboBox *m_contact;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace bd
