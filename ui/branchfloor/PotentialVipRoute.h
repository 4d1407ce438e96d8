#pragma once

#include "app/services/core/Session.h"
#include "database/branchfloor/FloorQueries.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace bd {

class Store;
struct ReferralForm;

// A potential VIP's route, with the referral form filled in place: with time now, the
// wealth manager (free or busy, with the waiting area) and the six points of a referral;
// without, the experience card and, with consent, a mobile number for the manager.
class PotentialVipRoute : public QWidget
{
    Q_OBJECT

public:
    PotentialVipRoute(Store &store, const Session &session, QWidget *parent = nullptr);

    void refresh(); // the fields of the customer's time, the script to say, the managers
    QString route() const;
    void fillForm(ReferralForm &form) const;
    void clear();
    // The linked customer's own manager (empty for an anonymous walk-in): the default.
    void setOwnManager(const QString &managerId);

signals:
    void changed(); // time now or not, or the manager busy

private:
    QWidget *createChecks();
    void loadManagers();

    Store &m_store;
    Session m_session;
    QRadioButton *m_hasTime;
    QRadioButton *m_noTime;
    QComboBox *m_manager;
    QCheckBox *m_managerBusyWait;
    QLineEdit *m_interest;
    QCheckBox *m_card;
    QCheckBox *m_consent;
    QLineEdit *m_phone;
    QLabel *m_script;
    QLabel *m_managerWhy;
    QString m_ownManager;
    QList<ManagerAvailability> m_managers;
    QHash<QString, QCheckBox *> m_checks;
};

} // namespace bd
