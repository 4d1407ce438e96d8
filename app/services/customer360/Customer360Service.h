#pragma once

#include "Customer360Queries.h"
#include "CustomerAlerts.h"
#include "Session.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;

// Everything on one customer's 360, masked, for a signed-in user.
struct Customer360
{
    QVariantMap profile; // CustomerService::profile(): masked ID, phone and address
    int age = -1;        // whole years today, -1 if the birth date is unknown
    QList<HoldingRow> holdings;
    QMap<QString, qint64> allocationFen; // product family -> amount (loans excluded)
    QList<AumPoint> aumTrend;            // 12 month-ends, oldest first
    QList<FundArrivalRow> fundArrivals;
    QList<TimelineEntry> timeline;       // newest first
    QList<CustomerTagRow> tags;
    QMap<QString, int> kycPercentByCell;
    QList<CustomerAlerts::Alert> alerts;

    QString id() const { return profile.value(QStringLiteral("id")).toString(); }
    QString name() const { return profile.value(QStringLiteral("name")).toString(); }
};

// Reads a 360 and writes what staff do on it (contacts and tags), each change in one
// transaction with its sync change and audit entry, or not at all.
class Customer360Service
{
    Q_DECLARE_TR_FUNCTIONS(Customer360Service)

public:
    Customer360Service(Store &store, const Session &session);

    // today: the day alerts are computed for (tests pass a fixed day).
    std::optional<Customer360> load(const QString &customerId, const QDate &today = QDate::currentDate());

    struct InteractionInput
    {
        QString channel; // ContactChannel code
        QString purpose;
        QString outcome; // ContactOutcome code or empty
        QString customerVoice;
        QString objection;
        QDate nextFollowUp;
    };
    struct Result
    {
        bool ok = false;
        QString problem; // translated
        QString id;      // the new row
    };
    Result logInteraction(const QString &customerId, const InteractionInput &input,
                          const QDate &today = QDate::currentDate());
    Result addTag(const QString &customerId, const QString &tagId);
    Result removeTag(const QString &customerId, const QString &customerTagId);
    QList<TagOption> tagVocabulary();

    QString errorString() const { return m_error; }

private:
    bool allowed(Permission permission, Result &result);
    bool customerExists(const QString &customerId);

    Store &m_store;
    const Session &m_session;
    QString m_error;
};

} // namespace bd
