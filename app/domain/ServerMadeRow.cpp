#include "app/domain/ServerMadeRow.h"

#include <QCryptographicHash>

namespace bd::ServerMadeRow {

QString derivedUuid(const QString &seed, const QDateTime &at)
{
    QByteArray bytes = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).left(16);
    const quint64 millis = quint64(qMax<qint64>(0, at.toMSecsSinceEpoch()));
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((millis >> (8 * (5 - i))) & 0xff);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 9562 variant
    const QString hex = QString::fromLatin1(bytes.toHex());
    return QStringLiteral("%1-%2-%3-%4-%5")
            .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

QString opportunityId(const QString &eventId, const QString &ruleId, const QDateTime &occurredAt)
{
    return derivedUuid(eventId + QLatin1Char('\n') + ruleId, occurredAt);
}

QString madeChangeId(const QString &rowId, const QDateTime &occurredAt)
{
    return derivedUuid(rowId + QStringLiteral("#made"), occurredAt);
}

} // namespace bd::ServerMadeRow
