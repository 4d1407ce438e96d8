#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;

// A walk-in as stored in lobby_visit.
struct LobbyVisitRecord
{
    QString id;
    QString branchId;
    CustomerId customerId;
    QString description;
    QString ticketNo;
    QString enteredAt;
    QString moment;
    QStringList observed;       // signal codes
    QString valueClass;
    QString suggestedClass;
    QStringList judgementInputs; // what drove the suggestion
    QString overrideReason;
    QString businessType;
    QString route;
    QString staffId;
};

// One of today's walk-ins as a new one is checked against (LobbyVisitRepeat).
struct EarlierVisit
{
    CustomerId customerId; // empty: an anonymous walk-in
    QString ticketNo;
    QString enteredAt;  // stored timestamp (UTC)
    QString moment;
};

// Lobby visits and counter sessions. Every write records its sync change; call inside a
// Transaction.
class FloorRecords
{
    Q_DECLARE_TR_FUNCTIONS(FloorRecords)

public:
    explicit FloorRecords(Store &store);

    Result<> insertVisit(LobbyVisitRecord &visit);
    // The branch's walk-ins in [from, to) that carry this ticket (compared as stored, so
    // pass it normalised) or, when customerId is given, this customer; oldest first.
    Result<QList<EarlierVisit>> visitsLike(const QString &branchId, const QString &from,
                                          const QString &to, const QString &ticketNo,
                                          const CustomerId &customerId) const;

    Result<> insertTellerSession(const QString &id, const QString &branchId, const QString &tellerId,
                             const CustomerId &customerId, const QString &businessType,
                             const QString &at);
    // Sets whitelisted columns of a teller_session row and bumps its version.
    Result<> updateTellerSession(const QString &id, const QVariantMap &columns);
    // Marks a teller_session row deleted (a service started by mistake, nothing done on it).
    Result<> removeTellerSession(const QString &id);
    std::optional<QVariantMap> tellerSession(const QString &id) const;
    // The teller's latest service of this customer started in [from, to) and not yet seen
    // off (empty when none): the one to continue when the customer comes back.
    Result<QString> unfinishedTellerSession(const QString &tellerId, const CustomerId &customerId,
                                            const QString &from, const QString &to) const;
    // The teller's services started before `before` (a stored timestamp) that were neither
    // seen off nor closed as abandoned; oldest first.
    Result<QStringList> tellerSessionsLeftOpen(const QString &tellerId, const QString &before) const;

private:
    Store &m_store;
};

} // namespace bd
