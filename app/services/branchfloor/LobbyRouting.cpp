#include "app/services/branchfloor/LobbyRouting.h"

#include "app/domain/DomainTerms.h"

namespace bd {

QString LobbyRouting::routeFor(const QString &valueClass, bool hasTime, bool managerBusy)
{
    if (valueClass == QLatin1String("vip"))
        return QStringLiteral("vip_service");
    if (valueClass == QLatin1String("potential_vip")) {
        if (!hasTime)
            return QStringLiteral("experience_card");
        return managerBusy ? QStringLiteral("waiting_area") : QStringLiteral("wealth_manager");
    }
    return {};
}

LobbyRouting::Diversion LobbyRouting::diversionFor(const QString &businessType)
{
    if (businessType == QLatin1String("cash_deposit")
        || businessType == QLatin1String("cash_withdrawal"))
        return {QStringLiteral("self_service"),
                tr("With your bank card the machine over there handles this in a minute, "
                   "no queue. Let me show you.")};
    if (businessType == QLatin1String("bill_payment"))
        return {QStringLiteral("e_banking"),
                tr("Bills can be paid at the self-service terminal or on your phone; I can "
                   "set up mobile banking with you now so next time you need not come in.")};
    if (businessType == QLatin1String("wealth_consultation"))
        return {QStringLiteral("wealth_manager"),
                tr("Our wealth manager can go through the options with you; let me see who "
                   "is free.")};
    if (businessType == QLatin1String("transfer"))
        return {QStringLiteral("e_banking"),
                tr("Transfers are free and instant in mobile banking; shall I help you try "
                   "it while you wait?")};
    return {QStringLiteral("open_counter"),
            tr("Please take a number for the open counter; my colleague will help you "
               "shortly.")};
}

QString LobbyRouting::diversionScript(const QString &target)
{
    if (target == QLatin1String("self_service"))
        return diversionFor(QStringLiteral("cash_deposit")).script;
    if (target == QLatin1String("e_banking"))
        return diversionFor(QStringLiteral("bill_payment")).script;
    if (target == QLatin1String("wealth_manager"))
        return diversionFor(QStringLiteral("wealth_consultation")).script;
    return diversionFor(QStringLiteral("other")).script;
}

QString LobbyRouting::formFor(const QString &route)
{
    if (route == QLatin1String("wealth_manager") || route == QLatin1String("waiting_area"))
        return QStringLiteral("record");
    if (route == QLatin1String("experience_card"))
        return QStringLiteral("referral");
    return {};
}

bool LobbyRouting::isValidRoute(const QString &valueClass, const QString &route)
{
    if (valueClass == QLatin1String("vip"))
        return route == QLatin1String("vip_service");
    if (valueClass == QLatin1String("potential_vip"))
        return !formFor(route).isEmpty();
    return DomainTerms::codes(Vocabulary::DiversionTarget).contains(route);
}

QString LobbyRouting::guidanceScript(const QString &route)
{
    if (route == QLatin1String("vip_service"))
        return tr("Greet the customer by name and take them to the VIP area or their "
                  "manager.");
    if (route == QLatin1String("wealth_manager"))
        return tr("Confirm the manager is free, brief them, introduce the manager's "
                  "background and introduce the two; fill in the information record.");
    if (route == QLatin1String("waiting_area"))
        return tr("The manager is busy: seat the customer in the waiting area with a product "
                  "leaflet and tell the manager who is waiting.");
    if (route == QLatin1String("experience_card"))
        return tr("Hand over the VIP experience card and the manager's card, ask whether "
                  "the manager may call, and fill in the referral form.");
    return {};
}

} // namespace bd
