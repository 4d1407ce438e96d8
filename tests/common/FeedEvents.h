#pragma once

// Events as a core-banking feed posts them (POST /v1/events, docs/EVENTS.md), for the tests
// that need the server's rules to make an opportunity.
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bd::test {

// A transfer of 60,000 yuan out through mobile banking: large enough for the shipped rules
// to raise an opportunity for the customer with CIF number `cif`.
inline QJsonObject transferOut(const QString &id, const QString &cif, const QDateTime &at)
{
    return {{QStringLiteral("event_id"), id},
            {QStringLiteral("kind"), QStringLiteral("transaction")},
            {QStringLiteral("cif_no"), cif},
            {QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("amount_fen"), 6'000'000.0},
            {QStringLiteral("direction"), QStringLiteral("out")},
            {QStringLiteral("channel"), QStringLiteral("mobile")}};
}

} // namespace bd::test
