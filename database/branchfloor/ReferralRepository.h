#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace bd {

class Store;

// One potential-VIP referral as stored (migration 0006).
struct ReferralRecord
{
    QString id;
    QString branchId;
    CustomerId customerId;
    QString visitId;
    QString form;   // record | referral
    QString source; // lobby | teller
    QString referredBy;
    QString referredTo;
    bool customerHasTime = false;
    bool contactObtained = false;
    QString reason;
    ReferralState status = ReferralState::Logged; // stored as its WorkStates code
    QString createdAt;
    QString closedAt;
    QString escalatedAt;
    int version = 1;
    QString description;
    QString contactPhone;
    QString interest;
    Money estimated;
    bool experienceCard = false;
    bool waitingArea = false;
    std::optional<Money> converted; // the new AUM brought in, once converted
};

// Referrals, their transitions and checklist points. Every write records its sync change;
// call inside a Transaction.
class ReferralRepository
{
public:
    explicit ReferralRepository(Store &store);

    Result<> insert(ReferralRecord &referral); // makes the id; createdAt must be set
    // No value: no such referral. An error: it could not be read, or its stored status is
    // one this build does not know.
    Result<std::optional<ReferralRecord>> byId(const QString &id) const;
    QStringList checks(const QString &referralId) const; // ReferralCheck codes done
    // Moves the status with the base version checked; false with an empty error when the
    // row changed meanwhile.
    Result<> move(const ReferralRecord &before, ReferralState to, const QString &at,
                  const QString &takenBy, std::optional<Money> converted);
    // `from` is empty for the referral's first state.
    Result<> addTransition(const QString &referralId, std::optional<ReferralState> from,
                           ReferralState to, const QString &staffId, const QString &at,
                           const QString &note);
    Result<> addCheck(const QString &referralId, const QString &item, const QString &at);
    Result<> markEscalated(const ReferralRecord &before, const QString &at);
    // The customer's oldest open referral (logged, accepted, contacted or met), if any.
    Result<std::optional<ReferralRecord>> openFor(const QString &branchId,
                                                  const CustomerId &customerId) const;
    // Open, not yet escalated referrals of the branch logged before `createdBefore`.
    Result<QList<ReferralRecord>> overdue(const QString &branchId,
                                          const QString &createdBefore) const;

private:
    // The branch's open referrals (logged .. met) that also meet `condition`, oldest first.
    Result<QList<ReferralRecord>> openWhere(const QString &branchId, const QString &condition,
                                            const QVariantList &values, int limit = 0) const;

    Store &m_store;
};

} // namespace bd
