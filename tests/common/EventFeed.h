#pragma once

// The core-banking feed of the tests that post events to a real branchdesk-server: its
// service account made as an administrator would (add-service-account), the events posted
// to /v1/events with that key, and the transfer the shipped rules make an opportunity of.
#include "SyncServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace bd::test {

// The key of a new service account `name` on the fixture's store, or empty when the command
// failed or printed no key (what it said then in `said`).
inline QByteArray addServiceAccount(const SyncServerFixture &server, QString *said = nullptr,
                                    const QString &name = QStringLiteral("core-banking"))
{
    const auto account = server.runCommand({QStringLiteral("add-service-account"), name});
    const qsizetype at = account.output.indexOf(QLatin1String("bdsa_"));
    if (account.exitCode != 0 || at < 0) {
        if (said)
            *said = account.output + account.errors;
        return {};
    }
    return account.output.mid(at).section(QRegularExpression(QStringLiteral("\\s")), 0, 0).toLatin1();
}

// POST /v1/events of `events` with the feed's key: the server's answer.
inline SyncServerFixture::Answer postEvents(SyncServerFixture &server, const QJsonArray &events,
                                            const QByteArray &key)
{
    return server.request(QStringLiteral("POST"), QStringLiteral("/v1/events"),
                          QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(),
                          key);
}

// A mobile transfer of the customer `cif` at `at`: by default 6万 going out, which the
// shipped rules turn into an opportunity for the customer's manager.
inline QJsonObject transferEvent(const QString &id, const QString &cif, const QDateTime &at,
                                 double amountFen = 6'000'000.0,
                                 const QString &direction = QStringLiteral("out"))
{
    return {{QStringLiteral("event_id"), id},
            {QStringLiteral("kind"), QStringLiteral("transaction")},
            {QStringLiteral("cif_no"), cif},
            {QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("amount_fen"), amountFen},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("channel"), QStringLiteral("mobile")}};
}

} // namespace bd::test
