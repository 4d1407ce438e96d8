#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// The two potential-VIP forms of the floor:
//  - record   《潜在贵宾客户信息记录表》: the customer has time and meets a manager now;
//  - referral 《潜在贵宾客户推荐表》: the customer has no time; a manager follows up.
// Filled by the lobby manager or, from the counter, by a teller.
struct ReferralForm
{
    Q_DECLARE_TR_FUNCTIONS(ReferralForm)

public:
    QString kind = QStringLiteral("referral"); // record | referral
    QString source = QStringLiteral("lobby");  // lobby | teller | staff (e.g. the 360)
    CustomerId customerId;                     // a known customer, or
    QString customerName;                      // (shown only; from the customer record)
    QString description;                       // an anonymous description
    QString visitId;                           // the lobby visit it came from, if any
    QString referredTo;                        // the wealth manager (staff id)
    bool customerHasTime = false;
    bool contactConsent = false;               // the customer agreed to leave contact details
    QString contactPhone;                      // only with consent
    bool experienceCard = false;               // VIP service experience card handed over
    bool waitingArea = false;                  // seated in the waiting area (manager busy)
    QString interest;                          // what the customer asked about or needs
    // Funds the customer mentioned (zero: none); nullopt when what was typed is no amount.
    std::optional<Money> estimated = Money();
    QString notes;
    QStringList checks;                        // ReferralCheck codes done

    struct Problem
    {
        QString field; // the member name, e.g. "referredTo"
        QString problem; // translated
    };
    QList<Problem> validate() const;

    static QString title(const QString &kind); // translated form title
};

} // namespace bd
