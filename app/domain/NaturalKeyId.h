#pragma once

#include "app/domain/Ids.h"

#include <QString>
#include <QUuid>

// Ids of rows that a natural key identifies (a tag by its dimension, category and value; a
// customer's tag by customer and tag), named by that key (UUID version 5) rather than drawn
// at random: two workstations that make the same row offline make one row, instead of two
// that collide on the key's UNIQUE constraint wherever the second arrives (issue #13).
namespace bd::NaturalKeyId {

inline QString of(const QStringList &key)
{
    static const QUuid kNamespace(QStringLiteral("7a2f4c1e-5b3d-4e8a-9c6f-13b1d7e0a5c2"));
    return QUuid::createUuidV5(kNamespace, key.join(QChar(0x1f))).toString(QUuid::WithoutBraces);
}

inline QString tag(const QString &dimension, const QString &category, const QString &value)
{
    return of({QStringLiteral("tag"), dimension, category, value});
}

inline QString customerTag(const CustomerId &customer, const QString &tagId)
{
    return of({QStringLiteral("customer_tag"), customer.toString(), tagId});
}

// One answer per question of an interview: two workstations answering the same question
// offline make one row whose value the field clocks decide.
inline QString kycAnswer(const QString &sessionId, const QString &questionId)
{
    return of({QStringLiteral("kyc_answer"), sessionId, questionId});
}

} // namespace bd::NaturalKeyId
