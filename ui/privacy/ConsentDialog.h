#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bd {

class Store;

// A customer's consent per purpose: the current state, the history of every grant and
// withdrawal, and (with the manage_consent permission) a form to record a new one.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(Store &store, const Session &session, const CustomerId &customer,
                  QWidget *parent = nullptr);

    bool changed() const { return m_changed; } // something was recorded

private:
    void load();
    void record();

    Store &m_store;
    const Session &m_session;
    CustomerId m_customer;
    bool m_changed = false;
    QTableWidget *m_current;
    QTableWidget *m_history;
    QComboBox *m_purpose;
    QComboBox *m_change;
    QComboBox *m_channel;
    QLineEdit *m_evidence;
    QPushButton *m_record;
    QLabel *m_problem;
};

} // namespace bd
