#include "database/privacy/ConsentRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QVariantMap>

namespace bd {

ConsentRepository::ConsentRepository(Store &store)
    : m_store(store)
{
}

Result<QString> ConsentRepository::insert(ConsentRecord record)
{
    record.id = Uuid7Generator::generate();
    record.recordedAt = SqlTime::now();
    // One order every workstation agrees on, whatever their wall clocks say.
    record.stamp = m_store.nextStamp().toString();
    const QVariant staff = record.staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(record.staffId);
    const QVariantMap fields{{QStringLiteral("customer_id"), record.customerId.toString()},
                             {QStringLiteral("purpose"), record.purpose},
                             {QStringLiteral("granted"), record.granted ? 1 : 0},
                             {QStringLiteral("channel"), record.channel},
                             {QStringLiteral("evidence"),
                              record.evidence.isNull() ? QStringLiteral("") : record.evidence},
                             {QStringLiteral("staff_id"), staff},
                             {QStringLiteral("recorded_at"), record.recordedAt},
                             {QStringLiteral("stamp"), record.stamp}};
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO consent_record(id, customer_id, purpose, granted, channel, evidence, "
            "staff_id, recorded_at, stamp, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(record.id);
    for (const char *column : {"customer_id", "purpose", "granted", "channel", "evidence",
                               "staff_id", "recorded_at", "stamp"})
        query.bind(fields.value(QLatin1String(column)));
    query.bind(record.recordedAt);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("consent_record"), record.id, fields, 0);
        !recorded)
        return recorded.error();
    return record.id;
}

QList<ConsentRecord> ConsentRepository::history(const CustomerId &customer) const
{
    QList<ConsentRecord> result;
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT c.id, c.purpose, c.granted, c.channel, c.evidence, c.staff_id, "
            "coalesce(s.display_name, ''), c.recorded_at FROM consent_record c "
            "LEFT JOIN staff_user s ON s.id = c.staff_id "
            "WHERE c.customer_id = ? AND c.deleted = 0 "
            "ORDER BY c.stamp DESC, c.recorded_at DESC, c.id DESC"));
    query.bind(customer);
    if (!query.select())
        return result;
    while (query.next()) {
        ConsentRecord record;
        record.id = query.value(0).toString();
        record.customerId = customer;
        record.purpose = query.value(1).toString();
        record.granted = query.value(2).toInt() == 1;
        record.channel = query.value(3).toString();
        record.evidence = query.value(4).toString();
        record.staffId = query.value(5).toString();
        record.staffName = query.value(6).toString();
        record.recordedAt = query.value(7).toString();
        result << record;
    }
    return result;
}

QList<ConsentRecord> ConsentRepository::current(const CustomerId &customer) const
{
    QList<ConsentRecord> latest;
    QStringList seen;
    const QList<ConsentRecord> all = history(customer);
    for (const ConsentRecord &record : all) {
        if (seen.contains(record.purpose))
            continue;
        seen << record.purpose;
        latest << record;
    }
    return latest;
}

} // namespace bd
