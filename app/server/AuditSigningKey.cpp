#include "app/server/AuditSigningKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {
constexpr char kHeader[] = "branchdesk-audit-signing-key-1 ";

// A new seed, written with O_EXCL so that two servers starting at once over the same
// folder end up with the one key the first wrote.
Result<> createSeedFile(const QString &path)
{
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    randombytes_buf(seed.data(), size_t(seed.size()));
    const QByteArray content = kHeader + seed.toBase64() + '\n';
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return errno == EEXIST
                ? Result<>()
                : Result<>(
                        Error(QCoreApplication::translate("AuditSigningKey",
                                                          "Cannot create the audit signing key %1.")
                                      .arg(path)));
    const bool written
            = ::write(fd, content.constData(), size_t(content.size())) == ssize_t(content.size())
            && ::fsync(fd) == 0;
    ::close(fd);
    sodium_memzero(seed.data(), size_t(seed.size()));
    if (!written)
        return Error(QCoreApplication::translate("AuditSigningKey",
                                                 "Cannot write the audit signing key %1.")
                             .arg(path));
    return {};
}
} // namespace

Result<AuditSigningKey> AuditSigningKey::openOrCreate(const QString &path)
{
    if (sodium_init() < 0)
        return Error(QCoreApplication::translate("AuditSigningKey",
                                                 "The cryptography library could not start."));
    if (Result<> created = createSeedFile(path); !created)
        return created.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("AuditSigningKey",
                                                 "Cannot read the audit signing key %1.")
                             .arg(path));
    if (file.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
           | QFileDevice::WriteOther))
        return Error(QCoreApplication::translate(
                             "AuditSigningKey",
                             "The audit signing key %1 may be read by others; make it the "
                             "server's own (chmod 600).")
                             .arg(path));
    const QByteArray content = file.readAll().trimmed();
    const QByteArray seed = content.startsWith(kHeader)
            ? QByteArray::fromBase64(content.mid(int(sizeof(kHeader)) - 1))
            : QByteArray();
    if (seed.size() != crypto_sign_SEEDBYTES)
        return Error(
                QCoreApplication::translate("AuditSigningKey", "%1 is not an audit signing key.")
                        .arg(path));
    AuditSigningKey key;
    key.m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    key.m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                             reinterpret_cast<unsigned char *>(key.m_secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return key;
}

QJsonObject AuditSigningKey::published() const
{
    return { { QStringLiteral("algorithm"), QStringLiteral("ed25519") },
             { QStringLiteral("key_id"), keyId() },
             { QStringLiteral("public_key"), QString::fromLatin1(m_publicKey.toBase64()) } };
}

void AuditSigningKey::sign(AuditCheckpoint &checkpoint) const
{
    checkpoint.keyId = keyId();
    const QByteArray text = checkpoint.signedText();
    checkpoint.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(checkpoint.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(text.constData()),
                         quint64(text.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
}

} // namespace bd
