#pragma once

#include "app/services/branchfloor/FloorClock.h"
#include "app/services/branchfloor/ReferralForm.h"
#include "app/services/core/Session.h"

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

class Store;
struct LobbyVisitRecord;

// The lobby manager's walk-in log: who came in (a customer found by search or an anonymous
// description, ticket optional), at which moment they were judged, on which signals, the
// suggested and the chosen value class (an override needs a reason), the business and the
// route; a potential VIP's form is filed with it, in the same transaction. A customer whose
// referral is still open gets no second one: the walk-in, whatever its class, is told to the
// open referral (a step that moves nothing, ReferralDesk::noteSeenAgainInTransaction).
class LobbyVisitLog
{
    Q_DECLARE_TR_FUNCTIONS(LobbyVisitLog)

public:
    struct WalkIn
    {
        CustomerId customerId;
        QString description;
        QString ticketNo;
        QString moment = QStringLiteral("entering");
        QStringList observed;
        QString valueClass;     // chosen: confirmed or overridden
        QString overrideReason; // required when valueClass differs from the suggestion
        QString businessType;
        QString route;          // LobbyRoute / DiversionTarget code
        std::optional<ReferralForm> form; // potential VIP: record or referral form
    };
    struct Result
    {
        bool ok = false;
        QString visitId;
        QString referralId;  // filed with the visit, or the open one it was told to
        bool seenAgain = false; // referralId was already open and was told of the walk-in
        QString suggestedClass;
        QStringList problems; // translated
    };

    LobbyVisitLog(Store &store, const Session &session, FloorClock clock = systemClock());

    // The suggestion the rules make for this walk-in (AUM and tier of a linked customer).
    struct Suggestion
    {
        QString valueClass;
        QStringList drivers;
        QStringList reasons; // support valueClass
        QStringList against; // speak against it
    };
    Suggestion suggest(const CustomerId &customerId, const QString &moment,
                       const QStringList &observed) const;
    // A known customer's active holdings falling due within ValueJudgement::kDueDays; an
    // error when they cannot be read (the lobby says so rather than show "nothing due").
    struct HoldingDue
    {
        QString productName;
        Money amount;
        QDate dueOn;
    };
    bd::Result<QList<HoldingDue>> holdingsDue(const CustomerId &customerId) const;
    Result record(const WalkIn &walkIn);

private:
    static QString seenNote(const LobbyVisitRecord &visit);

    Store &m_store;
    Session m_session;
    FloorClock m_clock;
};

} // namespace bd
