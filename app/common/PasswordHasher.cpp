#include "app/common/PasswordHasher.h"

#include "app/common/Argon2Cost.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace bd::PasswordHasher {

QString hash(const QString &password)
{
    const QByteArray secret = password.toUtf8();
    quint32 salt[4];
    QRandomGenerator::system()->fillRange(salt);
    constexpr size_t kHashLength = 32;
    const Argon2Cost cost = Argon2Costs::current();
    const size_t encodedLength = argon2_encodedlen(cost.passes, cost.memoryKiB, cost.lanes,
                                                   sizeof(salt), kHashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(cost.passes, cost.memoryKiB, cost.lanes, secret.constData(),
                                         size_t(secret.size()), salt, sizeof(salt), kHashLength,
                                         encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool verify(const QString &password, const QString &encoded)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray secret = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    return argon2id_verify(stored.constData(), secret.constData(), size_t(secret.size()))
            == ARGON2_OK;
}

} // namespace bd::PasswordHasher
