#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;
struct Session;

// The conflicts sync could not decide for a person: one field of one record edited on
// two workstations, or edited after a delete. Sync already applied the winner by clock;
// a person may confirm it or put the losing value back (which is a new change and syncs
// like any other).
class ConflictReview
{
    Q_DECLARE_TR_FUNCTIONS(ConflictReview)

public:
    struct Conflict
    {
        QString id;
        QString table;
        QString rowId;
        QString field;
        QString keptValue;
        QString lostValue;
        QDateTime detectedAt;
        // Why a pulled change could not be applied here and was set aside whole (field
        // "*", the change as sent in lostValue); empty for a value that lost by clock.
        QString reason;
        bool isSetAside() const { return field == QLatin1String("*"); }
    };

    ConflictReview(Store &store, const Session &session);

    QList<Conflict> open() const;
    int openCount() const;
    Result<> keep(const QString &conflictId); // the value sync chose stays
    Result<> useLost(const QString &conflictId); // the losing value is written back

private:
    Result<> close(const QString &conflictId, const QString &decision);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
