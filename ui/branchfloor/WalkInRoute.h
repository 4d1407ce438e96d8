#pragma once

#include <QStackedWidget>

class QComboBox;
class QLabel;

namespace bd {

class PotentialVipRoute;
class Store;
struct ReferralForm;
struct Session;

// Where a walk-in goes, one page per value class: a VIP is guided to VIP service, a
// potential VIP is introduced to a wealth manager or handed the experience card
// (PotentialVipRoute), ordinary business is diverted to the machine, e-banking or a counter.
class WalkInRoute : public QStackedWidget
{
    Q_OBJECT

public:
    WalkInRoute(Store &store, const Session &session, QWidget *parent = nullptr);

    void showFor(const QString &valueClass, const QString &businessType);
    void divertFor(const QString &businessType); // the diversion that suits the business
    QString route(const QString &valueClass) const;
    void fillForm(ReferralForm &form) const; // a potential VIP's
    void clear();
    void setOwnManager(const QString &managerId); // the potential VIP's default manager

signals:
    void changed(); // the route chosen on a page changed

private:
    QWidget *createVipPage();
    QWidget *createOrdinaryPage();

    PotentialVipRoute *m_potential = nullptr;
    QComboBox *m_diversion = nullptr;
    QLabel *m_diversionScript = nullptr;
};

} // namespace bd
