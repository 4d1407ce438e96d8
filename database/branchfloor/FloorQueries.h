#pragma once

#include "app/domain/Money.h"

#include <QDate>
#include <array>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;

// A wealth manager as the lobby sees them when choosing whom to call over.
struct ManagerAvailability
{
    QString id;
    QString name;
    bool busy = false;     // with a customer from a record form in the last 45 minutes
    int openReferrals = 0;
};

// Referrals per referrer and day: logged that day, and of those how many were accepted
// (reached accepted or beyond) and converted; conversions are credited to the referrer.
struct ReferralDayLine
{
    QDate day;
    QString staffId;
    QString staffName;
    QString role;
    int logged = 0;
    int accepted = 0;
    int converted = 0;
    Money convertedAum; // the new AUM of the converted ones
};

// Seven-step adherence of one teller over a period.
struct TellerAdherenceLine
{
    QString tellerName;
    int sessions = 0;
    int allSteps = 0;
    int stepTotal = 0; // sum of steps done
    int referrals = 0;
    double averageRating = 0;
    std::array<int, 7> perStep{}; // sessions with step i done
};

class FloorQueries
{
public:
    explicit FloorQueries(Store &store);

    QList<ManagerAvailability> wealthManagers(const QString &branchId, const QDateTime &nowUtc) const;
    QList<ReferralDayLine> referralDays(const QString &branchId, const QDate &from,
                                        const QDate &until) const;
    QList<TellerAdherenceLine> tellerAdherence(const QString &branchId, const QDate &from,
                                               const QDate &until) const;

private:
    Store &m_store;
};

} // namespace bd
