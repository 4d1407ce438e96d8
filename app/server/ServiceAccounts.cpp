#include "app/server/ServiceAccounts.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace bd {

namespace {
QString keyHash(const QString &key)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(key.toLatin1(), QCryptographicHash::Sha256).toHex());
}
} // namespace

Result<QString> ServiceAccounts::add(const QString &name)
{
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    const QString key = QStringLiteral("bdsa_")
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof(random))
                                          .toHex());
    const Result<> stored = ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO service_account(name, key_hash, active, created_at) "
                           "VALUES (?, ?, 1, ?) ON CONFLICT (name) DO UPDATE SET "
                           "key_hash = excluded.key_hash, active = 1"),
            {name, keyHash(key), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!stored)
        return stored.error();
    return key;
}

std::optional<QString> ServiceAccounts::authorise(const QString &key) const
{
    if (!key.startsWith(QLatin1String("bdsa_")) || key.size() != 69)
        return std::nullopt;
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT name FROM service_account "
                                         "WHERE key_hash = ? AND active = 1"));
    if (!query.run({keyHash(key)}) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace bd
