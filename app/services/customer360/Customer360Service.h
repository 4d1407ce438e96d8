#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/CustomerAlerts.h"
#include "database/customer360/Customer360Queries.h"
#include "database/customers/CustomerDetails.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace bd {

class Store;

// Everything on one customer's 360, masked, for a signed-in user.
struct Customer360
{
    CustomerDetails profile; // CustomerService::profile(): masked ID, phone and address
    int age = -1;        // whole years today, -1 if the birth date is unknown
    // The active holdings, then any of a status this build does not know (a newer version's:
    // isActive() false). Those are shown, saying so, but left out of the allocation, the
    // alerts and the talking points: the status may mean the money has left (redeemed,
    // transferred) as well as that it is still held (frozen, pledged), and an AUM figure a
    // tier or a VIP target rests on must not count money that may be gone. The customer's
    // AUM itself is core banking's (profile.aum), which this does not change.
    QList<HoldingRow> holdings;
    QMap<QString, Money> allocation; // product family -> amount of active holdings, no loans
    QList<AumPoint> aumTrend;            // 12 month-ends, oldest first
    QList<FundArrivalRow> fundArrivals;
    QList<TimelineEntry> timeline;       // newest first
    QList<CustomerTagRow> tags;
    QMap<QString, int> kycPercentByCell;
    QList<CustomerAlerts::Alert> alerts;

    QString id() const { return profile.id.toString(); }
    QString name() const { return profile.name; }
};

// Reads a 360 and writes what staff do on it (contacts and tags), each change in one
// transaction with its sync change and audit entry, or not at all. A contact is checked
// against the contact rules (ContactPolicy, as the calls area does) at the clock's time; a
// breach needs an override reason, which is kept on the interaction and audited.
class Customer360Service
{
    Q_DECLARE_TR_FUNCTIONS(Customer360Service)

public:
    // Override reasons shorter than this say nothing ("ok", "x") and are refused.
    static constexpr int kMinOverrideReasonLength = 4;

    Customer360Service(Store &store, const Session &session, CallClock clock = systemCallClock());

    // today: the day alerts are computed for (tests pass a fixed day).
    bd::Result<Customer360> load(const CustomerId &customer,
                                 const QDate &today = QDate::currentDate());

    struct InteractionInput
    {
        QString channel; // ContactChannel code
        QString purpose;
        QString outcome; // ContactOutcome code or empty
        QString customerVoice;
        QString objection;
        QDate nextFollowUp;
        QString contactKind = QString();    // ContactPolicy::purposeCodes(); empty: by channel
        QString overrideReason = QString(); // needed when a contact rule is breached
    };
    struct Result
    {
        bool ok = false;
        QString problem; // translated
        QString id;      // the new row
        QList<ContactPolicy::Breach> breaches; // the rules the contact breaks (overridden or not)
    };
    // What a contact is taken as when staff do not say: a call or message is marketing
    // (the regulated case), a visit or a talk at the branch is care.
    static QString defaultContactKind(const QString &channel);
    // The rules a contact of this kind and channel would break now (the dialog's warning).
    QList<ContactPolicy::Breach> contactBreaches(const CustomerId &customer, const QString &contactKind,
                                                 const QString &channel) const;
    Result logInteraction(const CustomerId &customer, const InteractionInput &input);
    Result addTag(const CustomerId &customer, const QString &tagId);
    Result removeTag(const CustomerId &customer, const QString &customerTagId);
    QList<TagOption> tagVocabulary();

private:
    bool allowed(Permission permission, Result &result);
    bool customerExists(const CustomerId &customer);
    QString invalidInteraction(const InteractionInput &input) const;
    bool contactAllowed(const CustomerId &customer, const QString &contactKind,
                        const InteractionInput &input, Result &result) const;
    bool auditInteraction(const CustomerId &customer, const QString &contactKind,
                          const InteractionInput &input, const Result &result);

    Store &m_store;
    const Session &m_session;
    CallClock m_clock;
};

} // namespace bd
