#pragma once

#include "app/domain/Ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One change as it travels between a workstation and the server (see
// docs/SYNC_PROTOCOL.md): what the workstation's ChangeRecorder captured.
struct SyncChange
{
    QString changeId; // UUIDv7 made by the workstation: the idempotency key
    QString table;
    QString rowId;
    QString op; // "upsert" or "delete"
    QJsonObject fields;
    int baseVersion = 0;
    QString hlc;
    QString originNode;
    int schemaVersion = 0;
    qint64 seq = 0; // the server's number for it in its branch's log; 0 before it has one
    // Only on a copy of a moving customer's row (protocol 3): the branch whose log it goes
    // to, and the customer it belongs to. Both empty on every other change.
    QString toBranch;
    CustomerId customerId;

    bool isTransferCopy() const { return !toBranch.isEmpty(); }

    QJsonObject toJson() const;
    // Empty `problem` if the object is a well-formed change.
    static SyncChange fromJson(const QJsonObject &object, QString *problem);
    static bool isSyncedTable(const QString &table);
    static const QStringList &syncedTables();
};

} // namespace bd
