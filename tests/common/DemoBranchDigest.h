#pragma once

// A digest of what a generated demo branch holds, table by table, so that a change to how
// the generator writes (batching, sealing on other threads) can be shown to make the same
// branch for the same seed, today. Sealed values are opened first (each file has its own key
// and random nonces); what differs between two files by design is left out: key material,
// password hashes (random salts), the audit trail and settings (times of the run), the
// blind search keys (per-file key; counted instead) and what is stamped with the moment of
// the run: a referral's escalation time, the findings read from the notes (updated_at) and
// their field clocks (hlc).
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace bd::test {

// Table name -> SHA-256 (hex) of its rows in primary-key order; "*" is the whole branch.
inline QMap<QString, QByteArray> demoBranchDigest(Store &store)
{
    static const QStringList skippedTables = {
        QStringLiteral("app_setting"),   QStringLiteral("schema_version"),
        QStringLiteral("audit_log"),     QStringLiteral("key_slot"),
        QStringLiteral("sync_outbox"),   QStringLiteral("customer_search_key")};
    static const QStringList skippedColumns = {
        QStringLiteral("staff_user.password_hash"), QStringLiteral("referral.escalated_at"),
        QStringLiteral("voice_finding.updated_at"), QStringLiteral("sync_field_clock.hlc")};
    QMap<QString, QByteArray> digests;
    QCryptographicHash whole(QCryptographicHash::Sha256);
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        if (skippedTables.contains(table))
            continue;
        // Primary-key order (rowid tables by rowid: the order the rows were written in).
        QSqlQuery keys(store.database());
        keys.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 "
                                 "ORDER BY pk").arg(table));
        QStringList order;
        while (keys.next())
            order << keys.value(0).toString();
        QSqlQuery rows(store.database());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                               .arg(table, order.isEmpty() ? QStringLiteral("rowid")
                                                           : order.join(QLatin1Char(',')))))
            continue;
        const QSqlRecord record = rows.record();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (rows.next()) {
            for (int c = 0; c < record.count(); ++c) {
                if (skippedColumns.contains(table + QLatin1Char('.') + record.fieldName(c)))
                    continue;
                const QVariant value = rows.value(c);
                const QByteArray text = value.isNull()
                        ? QByteArray("\x01NULL")
                        : SensitiveColumns::open(store, value).toUtf8();
                hash.addData(text);
                hash.addData(QByteArray("\x1f"));
            }
            hash.addData(QByteArray("\x1e"));
        }
        digests.insert(table, hash.result().toHex());
        whole.addData(table.toUtf8() + digests.value(table));
    }
    QSqlQuery searchKeys(store.database());
    if (searchKeys.exec(QStringLiteral("SELECT count(*), count(DISTINCT customer_id) FROM "
                                       "customer_search_key"))
        && searchKeys.next()) {
        const QByteArray counted = searchKeys.value(0).toByteArray() + '/'
                + searchKeys.value(1).toByteArray();
        digests.insert(QStringLiteral("customer_search_key (rows/customers)"), counted);
        whole.addData(counted);
    }
    digests.insert(QStringLiteral("*"), whole.result().toHex());
    return digests;
}

} // namespace bd::test
