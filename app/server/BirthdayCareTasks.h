#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace bd {

class ServerDatabase;

// The desk's birthday care tasks (CarePlanner: a care_task of kind "birthday", due on the
// customer's birthday) as the server keeps them (issue 14; docs/SECURITY.md 8.1). Their
// due day is the birth date, i.e. the 8 characters the ID number's mask hides, so roles
// without reveal_personal_data receive no change of such a row, no page row, no snapshot row,
// as with the birthday sweep's opportunities (PersonalDataFilter::withheldWhole), whose later
// changes (a desk's follow-through, a delete) are found the same way here: they name no
// event, and a desk without the row would hold them for good.
class BirthdayCareTasks
{
public:
    BirthdayCareTasks(const ServerDatabase &database, QString snapshotDirectory);

    // The change names a birthday care task or opportunity itself (an insert, or any change
    // carrying the kind).
    static bool named(const SyncChange &change);
    // The row ids among `changes` that are birthday care tasks: by the change's own kind,
    // else (a later partial change, a delete) by the row's other changes in the branch's log,
    // else by the branch's snapshot (a row imported with the baseline, or folded at retention).
    Result<QSet<QString>> among(const BranchId &branch, const QList<SyncChange> &changes) const;
    // `change` is of one of the rows `among` found.
    static bool isOne(const SyncChange &change, const QSet<QString> &rows);
    // A baseline page (CBOR) without the rows of birthday care tasks; other pages unchanged.
    static QByteArray withoutTheirRows(const QByteArray &page);

private:
    // Of `rowIds`, those whose kind a change in the log names: whether it is a birthday.
    Result<QHash<QString, bool>> loggedKinds(const BranchId &branch, const QString &table,
                                             const QStringList &rowIds) const;
    QSet<QString> inSnapshot(const BranchId &branch, const QString &table,
                             const QStringList &rowIds) const;

    const ServerDatabase &m_database;
    QString m_snapshots;
};

} // namespace bd
