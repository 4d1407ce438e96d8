#pragma once

#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"
#include "app/services/branchfloor/FloorClock.h"
#include "app/services/branchfloor/ReferralForm.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class Store;

// Potential-VIP referrals for a signed-in user: file a form, move a referral through its
// lifecycle (ReferralLifecycle), escalate the ones not completed in time. Every write runs
// in one transaction with its sync change and audit entry.
class ReferralDesk
{
    Q_DECLARE_TR_FUNCTIONS(ReferralDesk)

public:
    ReferralDesk(Store &store, const Session &session, FloorClock clock = systemClock());

    struct Result
    {
        bool ok = false;
        QString id;      // the referral
        QString refusal; // translated: permission, invalid move, storage error
        QList<ReferralForm::Problem> problems;
    };

    // A customer's referral still open (logged .. met), named as staff read it: the lobby shows
    // it as soon as the customer is linked, a second referral is refused naming it.
    struct OpenReferral
    {
        QString id;
        QString managerName; // empty: not assigned to anyone yet
        QDateTime filedAt;   // UTC
        ReferralState status = ReferralState::Logged;
    };
    bd::Result<std::optional<OpenReferral>> openReferral(const CustomerId &customerId) const;

    // A form pre-filled for a known customer (the customer 360's "Create referral", the
    // counter's one-click referral): name, owning manager, source.
    ReferralForm prefilled(const CustomerId &customerId, const QString &source) const;
    // The form as it was filed (from a walk-in, the counter or a form), to print it again
    // without filing a second referral.
    std::optional<ReferralForm> filed(const QString &referralId) const;
    // A known customer with a referral still open (logged .. met) gets no second one: the
    // refusal names the manager it went to (outside testing, issue 15: the teller's one-key
    // referral for a customer the lobby had referred that morning made two).
    Result file(const ReferralForm &form);
    // Within the caller's transaction (the lobby visit uses it); no audit entry.
    Result fileInTransaction(const ReferralForm &form);
    // Within the caller's transaction: a customer with an open referral walked in again. The
    // referral gets a step that moves nothing (from = to its state) carrying what the lobby
    // saw, so its manager's inbox shows the customer came back; no second referral is filed
    // (outside testing, issue 15 F8). No audit entry: the visit's own entry names it. The
    // lobby manager's or the branch head's only (ReferralStepRules::mayNoteSeenAgain).
    Result noteSeenAgainInTransaction(const OpenReferral &open, const QString &note);

    // accept / contact / meet / convert (with the new AUM) / decline / expire.
    // `toCode` is the state's stored code, as the inbox's buttons carry it; an unknown one
    // is refused like any move the lifecycle does not allow.
    Result move(const QString &referralId, const QString &toCode, const QString &note = {},
                std::optional<Money> converted = std::nullopt);
    // Escalates open referrals older than the configured time to every wealth manager's
    // queue and the branch head. Returns how many were escalated. Escalates the branch's
    // overdue opportunities too (OpportunityFollowThrough::escalateOverdue).
    bd::Result<int> escalateOverdue();

private:
    QString openReferralRefusal(const CustomerId &customerId) const; // translated, or empty
    bool mayMove(const struct ReferralRecord &referral, ReferralState to) const;

    Store &m_store;
    Session m_session;
    FloorClock m_clock;
};

} // namespace bd
