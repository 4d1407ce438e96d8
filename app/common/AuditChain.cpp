#include "app/common/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace bd::AuditChain {

QString entryHash(const AuditEntry &e)
{
    const QJsonArray canonical{QString::number(e.seq), e.id,        e.occurredAt, e.actorId,
                               e.actorName,            e.action,    e.entity,     e.entityId,
                               e.detailJson};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(e.prevHash.toLatin1());
    hash.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace bd::AuditChain
