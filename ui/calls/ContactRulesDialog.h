#pragma once

#include "app/services/core/Session.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace bd {

class Store;

// The branch head's settings of the contact rules (ContactRulesService): marketing consent
// required, the cap of marketing contacts per period, quiet hours. Read-only for others.
class ContactRulesDialog : public QDialog
{
    Q_OBJECT

public:
    ContactRulesDialog(Store &store, const Session &session, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Store &m_store;
    Session m_session;
    QCheckBox *m_consent;
    QSpinBox *m_max;
    QSpinBox *m_period;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietUntil;
    QLabel *m_problem;
};

} // namespace bd
