#pragma once

#include "app/domain/Ids.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class Store;

// Logs one contact with the customer: channel, kind (marketing, care, service), purpose,
// outcome, the customer's own words, an objection and the next follow-up. Shows the contact
// rules the contact would break before it is saved and takes the override reason; saves
// through Customer360Service and stays open with the reason when the service refuses.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(Store &store, const Session &session, const CustomerId &customerId,
                      const QString &customerName, CallClock clock = systemCallClock(),
                      QWidget *parent = nullptr);

    QString problemText() const;
    QString rulesWarningText() const; // empty when no contact rule is breached
    QString savedId() const { return m_savedId; }

    void accept() override; // saves; closes only when saved

private:
    void channelChanged();
    void updateRulesWarning();

    Store &m_store;
    Session m_session;
    CustomerId m_customerId;
    CallClock m_clock;
    QString m_savedId;
    bool m_kindChosen = false; // by hand; until then the kind follows the channel
    QComboBox *m_channel;
    QComboBox *m_kind;
    QLineEdit *m_purpose;
    QComboBox *m_outcome;
    QPlainTextEdit *m_voice;
    QLineEdit *m_objection;
    QCheckBox *m_followUpWanted;
    QDateEdit *m_followUp;
    QLabel *m_rulesWarning;
    QLineEdit *m_overrideReason;
    QLabel *m_problem;
};

} // namespace bd
