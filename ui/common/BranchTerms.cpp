#include "ui/common/BranchTerms.h"

#include <QLocale>

namespace bd {

QString BranchTerms::moment(const QString &code)
{
    if (code == QLatin1String("entering"))
        return tr("Entering");
    if (code == QLatin1String("consulting"))
        return tr("Consulting");
    if (code == QLatin1String("waiting"))
        return tr("Waiting");
    return humanised(code);
}

QString BranchTerms::route(const QString &code)
{
    if (code == QLatin1String("vip_service"))
        return tr("VIP service");
    if (code == QLatin1String("wealth_manager"))
        return tr("Wealth manager");
    if (code == QLatin1String("self_service"))
        return tr("Self-service machine");
    if (code == QLatin1String("ebanking") || code == QLatin1String("e_banking"))
        return tr("E-banking");
    if (code == QLatin1String("open_counter"))
        return tr("Open counter");
    if (code == QLatin1String("closed_counter") || code == QLatin1String("counter"))
        return tr("Counter");
    if (code == QLatin1String("waiting_area"))
        return tr("Waiting area");
    if (code == QLatin1String("vip_area"))
        return tr("VIP area");
    return humanised(code);
}

QString BranchTerms::businessType(const QString &code)
{
    if (code == QLatin1String("cash_deposit"))
        return tr("Cash deposit");
    if (code == QLatin1String("cash_withdrawal"))
        return tr("Cash withdrawal");
    if (code == QLatin1String("transfer") || code == QLatin1String("remittance"))
        return tr("Transfer / remittance");
    if (code == QLatin1String("account_opening"))
        return tr("Account opening");
    if (code == QLatin1String("bill_payment"))
        return tr("Bill payment");
    if (code == QLatin1String("wealth_consultation"))
        return tr("Wealth consultation");
    if (code == QLatin1String("card_service"))
        return tr("Card service");
    if (code == QLatin1String("large_deposit"))
        return tr("Large deposit");
    if (code == QLatin1String("large_transfer"))
        return tr("Large transfer");
    return humanised(code);
}

QString BranchTerms::referralForm(const QString &code)
{
    if (code == QLatin1String("record"))
        return tr("Potential-VIP record");
    if (code == QLatin1String("referral"))
        return tr("Potential-VIP referral");
    return humanised(code);
}

QString BranchTerms::referralSource(const QString &code)
{
    if (code == QLatin1String("lobby"))
        return tr("Lobby");
    if (code == QLatin1String("teller"))
        return tr("Counter");
    if (code == QLatin1String("staff"))
        return tr("Colleague");
    return humanised(code);
}

QString BranchTerms::tellerStep(int step)
{
    switch (step) {
    case 0: return tr("Stand to greet");
    case 1: return tr("Smile and ask");
    case 2: return tr("Receive politely");
    case 3: return tr("Process promptly");
    case 4: return tr("Remind and hand over");
    case 5: return tr("Recommend skilfully");
    case 6: return tr("See off");
    default: return {};
    }
}

QString BranchTerms::tellerStepHint(int step)
{
    switch (step) {
    case 0: return tr("Stand up and greet the customer as they reach the counter.");
    case 1: return tr("Smile and ask what you can do for them.");
    case 2: return tr("Take the documents with both hands and estimate the business time.");
    case 3: return tr("Process promptly; meanwhile judge the customer's value from assets, "
                      "business, questions and manner.");
    case 4: return tr("Tell them how long it takes and hand over a leaflet on a new service.");
    case 5: return tr("Introduce VIP services; refer a potential VIP to a wealth manager and "
                      "fill in the referral form.");
    case 6: return tr("Return the documents, ask for a service rating and say goodbye.");
    default: return {};
    }
}

QString BranchTerms::time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().time().toString(QStringLiteral("HH:mm")) : QString();
}

QString BranchTerms::date(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString BranchTerms::age(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, utc.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n days", nullptr, int(minutes / (24 * 60)));
}

QString BranchTerms::humanised(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace bd
