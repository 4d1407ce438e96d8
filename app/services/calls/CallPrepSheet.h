#pragma once

#include "app/services/calls/CallScoring.h"
#include "app/services/contact/CallClock.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/Customer360Service.h"
#include "app/services/offers/OfferService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace bd {

class Store;

// The one-page call prep sheet (DOMAIN.md section 6): who the customer is (ID and phone
// masked), money and maturities, interests and tags, the last contacts in the customer's
// own words, talking points, the next best offers with their reasons, and any
// do-not-contact or contact-rule warning. HTML, printed
// to PDF by the UI; nothing here is unmasked.
class CallPrepSheet
{
    Q_DECLARE_TR_FUNCTIONS(CallPrepSheet)

public:
    static constexpr int kContacts = 5;

    struct Data
    {
        Customer360 customer;
        QDate today;
        CallScoring::Score score;
        QList<ContactPolicy::Breach> warnings; // a marketing call by phone now
        QStringList talkingPoints;
        OfferList offers; // the next best offers, or why they are held back
        QStringList voiceTopics; // what the customer said: interests, open objections, promises
    };

    static Result<Data> collect(Store &store, const Session &session,
                                const CustomerId &customerId,
                                const CallClock &clock = systemCallClock());
    static QStringList talkingPoints(const Customer360 &customer, const QDate &today);
    static QString html(const Data &data, const QLocale &locale = QLocale());
};

} // namespace bd
