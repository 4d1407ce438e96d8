#include "database/privacy/ConsentRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace bd {

ConsentRepository::ConsentRepository(Store &store)
    : m_store(store)
{
}

QString ConsentRepository::insert(ConsentRecord record)
{
    record.id = Uuid7Generator::generate();
    record.recordedAt = SqlTime::now();
    const QVariant staff = record.staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(record.staffId);
    const QVariantMap fields{{QStringLiteral("customer_id"), record.customerId},
                             {QStringLiteral("purpose"), record.purpose},
                             {QStringLiteral("granted"), record.granted ? 1 : 0},
                             {QStringLiteral("channel"), record.channel},
                             {QStringLiteral("evidence"),
                              record.evidence.isNull() ? QStringLiteral("") : record.evidence},
                             {QStringLiteral("staff_id"), staff},
                             {QStringLiteral("recorded_at"), record.recordedAt}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO consent_record(id, customer_id, purpose, granted, channel, evidence, "
            "staff_id, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.id);
    for (const char *column : {"customer_id", "purpose", "granted", "channel", "evidence",
                               "staff_id", "recorded_at"})
        query.addBindValue(fields.value(QLatin1String(column)));
    query.addBindValue(record.recordedAt);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return {};
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("consent_record"), record.id, fields, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return {};
    }
    return record.id;
}

QList<ConsentRecord> ConsentRepository::history(const QString &customerId) const
{
    QList<ConsentRecord> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "SELECT c.id, c.purpose, c.granted, c.channel, c.evidence, c.staff_id, "
            "coalesce(s.display_name, ''), c.recorded_at FROM consent_record c "
            "LEFT JOIN staff_user s ON s.id = c.staff_id "
            "WHERE c.customer_id = ? AND c.deleted = 0 ORDER BY c.recorded_at DESC, c.id DESC"));
    query.addBindValue(customerId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        ConsentRecord record;
        record.id = query.value(0).toString();
        record.customerId = customerId;
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

QList<ConsentRecord> ConsentRepository::current(const QString &customerId) const
{
    QList<ConsentRecord> latest;
    QStringList seen;
    const QList<ConsentRecord> all = history(customerId);
    for (const ConsentRecord &record : all) {
        if (seen.contains(record.purpose))
            continue;
        seen << record.purpose;
        latest << record;
    }
    return latest;
}

} // namespace bd
