#pragma once

#include "Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class Store;

// Logs one contact with the customer: channel, purpose, outcome, the customer's own words,
// an objection and the next follow-up. Saves through Customer360Service; stays open with
// the reason when the service refuses.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(Store &store, const Session &session, const QString &customerId,
                      const QString &customerName, QWidget *parent = nullptr);

    QString problemText() const;
    QString savedId() const { return m_savedId; }

    void accept() override; // saves; closes only when saved

private:
    Store &m_store;
    Session m_session;
    QString m_customerId;
    QString m_savedId;
    QComboBox *m_channel;
    QLineEdit *m_purpose;
    QComboBox *m_outcome;
    QPlainTextEdit *m_voice;
    QLineEdit *m_objection;
    QCheckBox *m_followUpWanted;
    QDateEdit *m_followUp;
    QLabel *m_problem;
};

} // namespace bd
