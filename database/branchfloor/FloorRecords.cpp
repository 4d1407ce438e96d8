#include "database/branchfloor/FloorRecords.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

using SqlValue::notNull;
using SqlValue::orNull;

namespace {
QString json(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

const QStringList &tellerColumns()
{
    static const QStringList columns{
            QStringLiteral("customer_id"),    QStringLiteral("business_type"),
            QStringLiteral("estimated_minutes"), QStringLiteral("greeted_at"),
            QStringLiteral("asked_at"),       QStringLiteral("received_at"),
            QStringLiteral("processed_at"),   QStringLiteral("reminded_at"),
            QStringLiteral("recommended_at"), QStringLiteral("seen_off_at"),
            QStringLiteral("value_class"),    QStringLiteral("referral_id"),
            QStringLiteral("rating"),         QStringLiteral("amount_fen"),
            QStringLiteral("triggers"),       QStringLiteral("abandoned_at")};
    return columns;
}
} // namespace

FloorRecords::FloorRecords(Store &store)
    : m_store(store)
{
}

Result<> FloorRecords::insertVisit(LobbyVisitRecord &v)
{
    if (v.id.isEmpty())
        v.id = Uuid7Generator::generate();
    // How a walk-in looks and why the manager judged otherwise are sealed at rest.
    const std::optional<QVariant> description = SensitiveColumns::seal(m_store, notNull(v.description));
    const std::optional<QVariant> overrideReason
            = SensitiveColumns::seal(m_store, notNull(v.overrideReason));
    if (!description || !overrideReason)
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery q(m_store.database(), QStringLiteral(
            "INSERT INTO lobby_visit(id, branch_id, customer_id, description, ticket_no, "
            "entered_at, moment, signals, value_class, business_type, route, staff_id, "
            "updated_at, suggested_class, judgement_inputs, override_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The values as stored: an empty NOT NULL text travels as "", never as null, which
    // every other desk and the server's snapshot would refuse (issue #21).
    const QVariantMap fields{{QStringLiteral("branch_id"), v.branchId},
                             {QStringLiteral("customer_id"), v.customerId.toString()},
                             {QStringLiteral("description"), notNull(v.description)},
                             {QStringLiteral("ticket_no"), notNull(v.ticketNo)},
                             {QStringLiteral("entered_at"), v.enteredAt},
                             {QStringLiteral("moment"), v.moment},
                             {QStringLiteral("signals"), json(v.observed)},
                             {QStringLiteral("value_class"), v.valueClass},
                             {QStringLiteral("business_type"), notNull(v.businessType)},
                             {QStringLiteral("route"), notNull(v.route)},
                             {QStringLiteral("staff_id"), v.staffId},
                             {QStringLiteral("suggested_class"), v.suggestedClass},
                             {QStringLiteral("judgement_inputs"), json(v.judgementInputs)},
                             {QStringLiteral("override_reason"), notNull(v.overrideReason)}};
    for (const QVariant &value :
         {QVariant(v.id), QVariant(v.branchId), orNull(v.customerId.toString()), *description,
          notNull(v.ticketNo), QVariant(v.enteredAt), QVariant(v.moment),
          QVariant(json(v.observed)), QVariant(v.valueClass), notNull(v.businessType),
          notNull(v.route), orNull(v.staffId), QVariant(v.enteredAt), orNull(v.suggestedClass),
          QVariant(json(v.judgementInputs)), *overrideReason})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("lobby_visit"), v.id, fields, 0);
}

Result<QList<EarlierVisit>> FloorRecords::visitsLike(const QString &branchId, const QString &from,
                                                     const QString &to, const QString &ticketNo,
                                                     const CustomerId &customerId) const
{
    // lobby_visit_branch_time narrows to the day; a branch logs a few hundred a day.
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT COALESCE(customer_id, ''), ticket_no, entered_at, moment FROM lobby_visit "
            "WHERE branch_id = ? AND entered_at >= ? AND entered_at < ? AND deleted = 0 "
            "AND ((? <> '' AND ticket_no = ?) OR (? <> '' AND customer_id = ?)) "
            "ORDER BY entered_at"));
    for (const QVariant &value : {QVariant(branchId), QVariant(from), QVariant(to),
                                  QVariant(ticketNo), QVariant(ticketNo), QVariant(customerId.toString()),
                                  QVariant(customerId.toString())})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    QList<EarlierVisit> visits;
    while (q.next())
        visits.append({CustomerId(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return visits;
}

Result<> FloorRecords::insertTellerSession(const QString &id, const QString &branchId,
                                       const QString &tellerId, const CustomerId &customerId,
                                       const QString &businessType, const QString &at)
{
    SqlQuery q(m_store.database(), QStringLiteral(
            "INSERT INTO teller_session(id, branch_id, teller_id, customer_id, business_type, "
            "started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(id), QVariant(branchId), QVariant(tellerId),
                                  orNull(customerId.toString()), notNull(businessType), QVariant(at),
                                  QVariant(at)})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("teller_session"), id,
                                 { { QStringLiteral("branch_id"), branchId },
                                   { QStringLiteral("teller_id"), tellerId },
                                   { QStringLiteral("customer_id"), customerId.toString() },
                                   { QStringLiteral("business_type"), businessType },
                                   { QStringLiteral("started_at"), at } },
                                 0);
}

Result<> FloorRecords::updateTellerSession(const QString &id, const QVariantMap &columns)
{
    const auto before = tellerSession(id);
    if (!before)
        // Said to the teller (TellerSession): words, not the service's id.
        return Error(tr("the service is no longer on this desk"));
    QStringList sets;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!tellerColumns().contains(it.key()))
            return Error(QStringLiteral("column %1 is not updatable").arg(it.key()));
        sets << it.key() + QStringLiteral(" = ?"); // from the whitelist above
        values << it.value();
    }
    const int version = before->value(QStringLiteral("version")).toInt();
    SqlQuery q(m_store.database(),
               QStringLiteral("UPDATE teller_session SET %1, updated_at = "
                              "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), version = version + 1 "
                              "WHERE id = ? AND version = ?")
                       .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        q.bind(value);
    q.bind(id);
    q.bind(version);
    if (Result<> updated = q.execOnOneRow(); !updated)
        return updated;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("teller_session"), id, columns, version);
}

Result<> FloorRecords::removeTellerSession(const QString &id)
{
    const auto before = tellerSession(id);
    if (!before)
        return Error(tr("the service is no longer on this desk"));
    const int version = before->value(QStringLiteral("version")).toInt();
    SqlQuery q(m_store.database(), QStringLiteral(
            "UPDATE teller_session SET deleted = 1, updated_at = "
            "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), version = version + 1 "
            "WHERE id = ? AND version = ? AND deleted = 0"));
    q.bind(id);
    q.bind(version);
    if (Result<> updated = q.execOnOneRow(); !updated)
        return updated;
    return ChangeRecorder(m_store).recordDelete(QStringLiteral("teller_session"), id, version);
}

std::optional<QVariantMap> FloorRecords::tellerSession(const QString &id) const
{
    SqlQuery q(m_store.database(),
                QStringLiteral("SELECT * FROM teller_session WHERE id = ? AND deleted = 0"));
    q.bind(id);
    if (!q.select() || !q.next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return row;
}

Result<QString> FloorRecords::unfinishedTellerSession(const QString &tellerId,
                                                      const CustomerId &customerId,
                                                      const QString &from, const QString &to) const
{
    // teller_session_teller_time narrows to the teller's day: a few hundred rows at most.
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT id FROM teller_session WHERE teller_id = ? AND started_at >= ? "
            "AND started_at < ? AND customer_id = ? AND seen_off_at IS NULL AND abandoned_at IS NULL "
            "AND deleted = 0 "
            "ORDER BY started_at DESC LIMIT 1"));
    for (const QVariant &value : {QVariant(tellerId), QVariant(from), QVariant(to),
                                  QVariant(customerId.toString())})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QStringList> FloorRecords::tellerSessionsLeftOpen(const QString &tellerId,
                                                         const QString &before) const
{
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT id FROM teller_session WHERE teller_id = ? AND started_at < ? "
            "AND seen_off_at IS NULL AND abandoned_at IS NULL AND deleted = 0 ORDER BY started_at"));
    q.bind(tellerId);
    q.bind(before);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace bd
