#pragma once

#include "app/common/AuditCheckpoint.h"
#include "app/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bd {

// The server's Ed25519 key for audit checkpoints (docs/SECURITY.md §8.2): made on first
// start and kept in a file only the server's user may read (0600), beside its state, never
// in the database and never sent. Workstations pin the public key on their first upload.
class AuditSigningKey
{
public:
    // Reads the key at `path`, or makes one there if there is no file yet. Refuses a file
    // that others may read or that is not a key.
    static Result<AuditSigningKey> openOrCreate(const QString &path);

    QByteArray publicKey() const { return m_publicKey; }
    QString keyId() const { return AuditCheckpoint::keyIdOf(m_publicKey); }
    // {"algorithm": "ed25519", "key_id", "public_key"}: as /health and checkpoint answers
    // publish it.
    QJsonObject published() const;
    // Fills in the checkpoint's key_id and signature over its signedText().
    void sign(AuditCheckpoint &checkpoint) const;

private:
    QByteArray m_secretKey; // libsodium's 64 bytes: seed and public key
    QByteArray m_publicKey;
};

} // namespace bd
