#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bd {

// A point of a workstation's audit chain that the sync server vouches for: entry `seq` had
// exactly `hash` when the server stored it, signed with the server's Ed25519 key
// (docs/SECURITY.md §8.2, the server half's format). The secret key never leaves the server,
// so a file-holder who cuts, inserts into or recomputes the chain cannot make a checkpoint
// that agrees with the result.
struct AuditCheckpoint
{
    int version = 1;
    QString node;
    QString branch;
    qint64 serverSeq = 0;
    qint64 seq = 0;
    QString hash;
    QString signedAt;
    QString keyId;
    QByteArray signature; // 64 bytes

    static std::optional<AuditCheckpoint> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The exact text the signature covers.
    QByteArray signedText() const;
    // True if `signature` is the server's over signedText() with this 32-byte public key.
    bool verify(const QByteArray &publicKey) const;
    // First 8 bytes of SHA-256 of the public key, in hex.
    static QString keyIdOf(const QByteArray &publicKey);
};

} // namespace bd
