#pragma once

// What a file the server keeps for a branch (its snapshot, the copy without personal
// data) holds of the keys of the workstation file it was imported from (issue #21,
// docs/SECURITY.md §8.1): the server may hold personal data plain, as its change log does,
// never a value sealed under a workstation's key nor a key slot (wrapped under a staff
// password: a copy of the server's disk would allow guessing it offline). Checked on the
// file's bytes, so pages SQLite freed count too.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace bd::test::ServerSnapshotFile {

// The wrapped data keys of the key slots of the workstation file at `source`.
inline QList<QByteArray> keySlotsOf(const QString &source)
{
    QList<QByteArray> wrappedKeys;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT wrapped FROM key_slot"))) {
            while (query.next())
                wrappedKeys << query.value(0).toByteArray();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return wrappedKeys;
}

// What the file at `path` holds that the server may not: empty when nothing. `wrappedKeys`:
// the source file's wrapped keys, looked for byte by byte.
inline QStringList workstationSecrets(const QString &path, const QList<QByteArray> &wrappedKeys)
{
    QStringList found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { path + QStringLiteral(": cannot be read") };
    const QByteArray bytes = file.readAll();
    for (const QByteArray &prefix : { QByteArrayLiteral("enc1:"), QByteArrayLiteral("enc2:") }) {
        if (const qsizetype count = bytes.count(prefix); count > 0)
            found << QStringLiteral("%1 values sealed as %2").arg(count).arg(prefix);
    }
    int slotsFound = 0;
    for (const QByteArray &key : wrappedKeys)
        slotsFound += bytes.contains(key) ? 1 : 0;
    if (slotsFound > 0)
        found << QStringLiteral("%1 key slots of the imported file").arg(slotsFound);
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        const QStringList checks {
            QStringLiteral("SELECT 'key_slot rows', count(*) FROM key_slot"),
            QStringLiteral("SELECT 'search keys', count(*) FROM customer_search_key"),
            QStringLiteral("SELECT 'key settings', count(*) FROM app_setting WHERE key IN "
                           "('field_key_id', 'reveal_public_key', 'search_index_key')"),
        };
        if (!db.open())
            found << path + QStringLiteral(": cannot be opened");
        for (const QString &check : checks) {
            if (query.exec(check) && query.next() && query.value(1).toLongLong() > 0)
                found << QStringLiteral("%1 %2").arg(query.value(1).toLongLong())
                                 .arg(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace bd::test::ServerSnapshotFile
