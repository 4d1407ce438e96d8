#include "app/common/AuditCheckpoint.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace bd {

std::optional<AuditCheckpoint> AuditCheckpoint::fromJson(const QJsonObject &object)
{
    AuditCheckpoint checkpoint;
    checkpoint.version = object.value(QStringLiteral("version")).toInt();
    checkpoint.node = object.value(QStringLiteral("node")).toString();
    checkpoint.branch = object.value(QStringLiteral("branch")).toString();
    checkpoint.serverSeq = object.value(QStringLiteral("server_seq")).toInteger(-1);
    checkpoint.seq = object.value(QStringLiteral("seq")).toInteger(-1);
    checkpoint.hash = object.value(QStringLiteral("hash")).toString();
    checkpoint.signedAt = object.value(QStringLiteral("signed_at")).toString();
    checkpoint.keyId = object.value(QStringLiteral("key_id")).toString();
    checkpoint.signature = QByteArray::fromBase64(
            object.value(QStringLiteral("signature")).toString().toLatin1());
    if (checkpoint.version != 1 || checkpoint.node.isEmpty() || checkpoint.serverSeq < 0
        || checkpoint.seq < 0 || checkpoint.hash.size() != 64
        || checkpoint.signature.size() != crypto_sign_BYTES)
        return std::nullopt;
    return checkpoint;
}

QJsonObject AuditCheckpoint::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("node"), node},
            {QStringLiteral("branch"), branch},
            {QStringLiteral("server_seq"), double(serverSeq)},
            {QStringLiteral("seq"), double(seq)},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("signed_at"), signedAt},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

QByteArray AuditCheckpoint::signedText() const
{
    return QStringLiteral("branchdesk-audit-checkpoint-1\nnode=%1\nbranch=%2\nserver_seq=%3\n"
                          "seq=%4\nhash=%5\nsigned_at=%6")
            .arg(node, branch)
            .arg(serverSeq)
            .arg(seq)
            .arg(hash, signedAt)
            .toUtf8();
}

bool AuditCheckpoint::verify(const QByteArray &publicKey) const
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES
        || sodium_init() < 0)
        return false;
    const QByteArray text = signedText();
    return crypto_sign_verify_detached(
                   reinterpret_cast<const unsigned char *>(signature.constData()),
                   reinterpret_cast<const unsigned char *>(text.constData()),
                   quint64(text.size()),
                   reinterpret_cast<const unsigned char *>(publicKey.constData()))
            == 0;
}

QString AuditCheckpoint::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

} // namespace bd
