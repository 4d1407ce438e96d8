#pragma once

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
    };

    ConflictReview(Store &store, const Session &session);

    QList<Conflict> open() const;
    int openCount() const;
    bool keep(const QString &conflictId);    // the value sync chose stays
    bool useLost(const QString &conflictId); // the losing value is written back
    QString errorString() const { return m_error; }

private:
    bool close(const QString &conflictId, const QString &decision);

    Store &m_store;
    const Session &m_session;
    QString m_error;
};

} // namespace bd
