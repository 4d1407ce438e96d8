#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd {

// Where a walk-in goes after the value judgement (DOMAIN.md section 2):
//   vip           -> vip_service (service guidance)
//   potential_vip -> has time: wealth_manager (or waiting_area when the manager is busy)
//                    no time:  experience_card (card, contact with consent, referral form)
//   ordinary      -> a diversion target by business type, with a suggested script.
class LobbyRouting
{
    Q_DECLARE_TR_FUNCTIONS(LobbyRouting)

public:
    struct Diversion
    {
        QString target; // DiversionTarget code
        QString script; // translated: what the lobby manager can say
    };

    static QString routeFor(const QString &valueClass, bool hasTime, bool managerBusy);
    static Diversion diversionFor(const QString &businessType);
    static QString diversionScript(const QString &target); // translated, per target
    static QString formFor(const QString &route); // record | referral | empty
    static bool isValidRoute(const QString &valueClass, const QString &route);
    static QString guidanceScript(const QString &route); // translated
};

} // namespace bd
