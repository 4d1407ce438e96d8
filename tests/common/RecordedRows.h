#pragma once

// Rows written into a workstation file as the desk's write paths do: the row and its
// change for sync in one transaction; and single values read back for assertions.
#include "TestSql.h"
#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace bd::test {

// The first column of the first row `sql` gives, or "<no row: SQL>" (a comparison failing
// on it shows the statement).
inline QVariant scalar(Store &store, const QString &sql, const QVariantList &values = {})
{
    const QVariant value = firstValue(store, sql, values);
    return value.isValid() ? value : QVariant(QStringLiteral("<no row: %1>").arg(sql));
}

// Inserts a row (`id`, the `recorded` columns and the `unrecorded` ones) and records the
// `recorded` columns as its change at version 0, in one transaction.
inline bool insertRecorded(Store &store, const QString &table, const QString &id,
                           const QVariantMap &recorded, const QVariantMap &unrecorded = {})
{
    Transaction transaction(store.database());
    QStringList names { QStringLiteral("id") };
    QVariantList values { id };
    for (const QVariantMap *columns : { &unrecorded, &recorded }) {
        for (auto it = columns->constBegin(); it != columns->constEnd(); ++it) {
            names << it.key();
            values << it.value();
        }
    }
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table, names.join(u','),
                                QStringList(names.size(), QStringLiteral("?")).join(u',')));
    for (const QVariant &value : std::as_const(values))
        insert.addBindValue(value);
    if (!insert.exec()) {
        qWarning("%s", qPrintable(insert.lastError().text()));
        return false;
    }
    return ChangeRecorder(store).recordUpsert(table, id, recorded, 0) && transaction.commit();
}

// An edit of one column as the desk makes it: the row's version raised and the change
// recorded against the version it edited, in one transaction.
inline bool editRecorded(Store &store, const QString &table, const QString &id,
                         const QString &column, const QVariant &value)
{
    Transaction transaction(store.database());
    const int version
            = scalar(store, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table),
                     { id })
                      .toInt();
    QSqlQuery update(store.database());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1 WHERE id = ?")
                           .arg(table, column));
    update.addBindValue(value);
    update.addBindValue(id);
    return update.exec()
            && ChangeRecorder(store).recordUpsert(table, id, { { column, value } }, version)
            && transaction.commit();
}

// A customer of `managerId`'s at `branchId` who agrees to be told of offers (the event
// rules may reach them), written with its change for sync; `more` adds or replaces fields.
// The new id, or empty if it was not written.
inline QString insertConsentingCustomer(Store &desk, const QString &branchId,
                                        const QString &managerId, const QString &cif,
                                        const QString &name, const QVariantMap &more = {})
{
    const QString id = Uuid7Generator::generate();
    QVariantMap fields{{QStringLiteral("branch_id"), branchId},
                       {QStringLiteral("cif_no"), cif},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("manager_id"), managerId},
                       {QStringLiteral("aum_fen"), 100'000'000},
                       {QStringLiteral("marketing_consent"), 1},
                       {QStringLiteral("opened_on"), QStringLiteral("2018-05-02")}};
    fields.insert(more);
    const QVariantMap stamps{{QStringLiteral("created_at"), SqlTime::now()},
                             {QStringLiteral("updated_at"), SqlTime::now()}};
    return insertRecorded(desk, QStringLiteral("customer"), id, fields, stamps) ? id : QString();
}

// A staff member as the administrator adds one on a desk, written with its change for sync,
// so the branch's log (and the server's checks of who did what) knows whose staff id is
// whose user name. `name` serves as user and display name.
inline bool insertRecordedStaff(Store &desk, const QString &branchId, const QString &id,
                                const QString &name, const QString &role,
                                const QString &passwordHash)
{
    return insertRecorded(desk, QStringLiteral("staff_user"), id,
                          {{QStringLiteral("branch_id"), branchId},
                           {QStringLiteral("username"), name},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("password_hash"), passwordHash}},
                          {{QStringLiteral("created_at"), SqlTime::now()},
                           {QStringLiteral("updated_at"), SqlTime::now()}});
}

} // namespace bd::test
