#include "database/customer360/CustomerContactRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace bd {

namespace {
QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// For NOT NULL text columns: a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

CustomerContactRepository::CustomerContactRepository(Store &store)
    : m_store(store)
{
}

QString CustomerContactRepository::insertInteraction(const Interaction &interaction)
{
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    const QString occurredAt = interaction.occurredAt.isValid()
            ? SqlTime::timestamp(interaction.occurredAt)
            : now;
    const QVariant followUp = interaction.nextFollowUp.isValid()
            ? QVariant(SqlTime::date(interaction.nextFollowUp))
            : QVariant(QMetaType::fromType<QString>());
    QVariantMap fields{{QStringLiteral("customer_id"), interaction.customerId},
                       {QStringLiteral("staff_id"), nullIfEmpty(interaction.staffId)},
                       {QStringLiteral("occurred_at"), occurredAt},
                       {QStringLiteral("channel"), interaction.channel},
                       {QStringLiteral("purpose"), notNull(interaction.purpose)},
                       {QStringLiteral("outcome"), nullIfEmpty(interaction.outcome)},
                       {QStringLiteral("customer_voice"), notNull(interaction.customerVoice)},
                       {QStringLiteral("objection"), notNull(interaction.objection)},
                       {QStringLiteral("next_follow_up"), followUp},
                       {QStringLiteral("contact_kind"), interaction.contactKind},
                       {QStringLiteral("policy_override"), notNull(interaction.policyOverride)}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO interaction(id, customer_id, staff_id, occurred_at, channel, purpose, "
            "outcome, customer_voice, objection, next_follow_up, contact_kind, policy_override, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("interaction"), fields);
    if (!stored) {
        m_error = SensitiveColumns::lockedMessage();
        return {};
    }
    for (const char *column : {"customer_id", "staff_id", "occurred_at", "channel", "purpose",
                               "outcome", "customer_voice", "objection", "next_follow_up",
                               "contact_kind", "policy_override"})
        query.addBindValue(stored->value(QLatin1String(column)));
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return {};
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded = recorder.recordUpsert(QStringLiteral("interaction"), id, fields, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return {};
    }
    return id;
}

QString CustomerContactRepository::addTag(const QString &customerId, const QString &tagId,
                                          const QString &staffId)
{
    const QString now = SqlTime::now();
    QSqlQuery existing(m_store.database());
    existing.prepare(QStringLiteral(
            "SELECT id, version, deleted FROM customer_tag WHERE customer_id = ? AND tag_id = ?"));
    existing.addBindValue(customerId);
    existing.addBindValue(tagId);
    if (!existing.exec()) {
        m_error = existing.lastError().text();
        return {};
    }
    const QVariantMap fields{{QStringLiteral("customer_id"), customerId},
                             {QStringLiteral("tag_id"), tagId},
                             {QStringLiteral("source"), QStringLiteral("staff")},
                             {QStringLiteral("confidence"), 100},
                             {QStringLiteral("set_by"), nullIfEmpty(staffId)},
                             {QStringLiteral("set_at"), now},
                             {QStringLiteral("deleted"), 0}};
    QString id;
    int baseVersion = 0;
    QSqlQuery write(m_store.database());
    if (existing.next()) {
        id = existing.value(0).toString();
        baseVersion = existing.value(1).toInt();
        if (existing.value(2).toInt() == 0) {
            m_error = QStringLiteral("the customer already has this tag");
            return {};
        }
        write.prepare(QStringLiteral(
                "UPDATE customer_tag SET source = 'staff', confidence = 100, set_by = ?, "
                "set_at = ?, updated_at = ?, deleted = 0, version = version + 1 "
                "WHERE id = ? AND version = ?"));
        write.addBindValue(fields.value(QStringLiteral("set_by")));
        write.addBindValue(now);
        write.addBindValue(now);
        write.addBindValue(id);
        write.addBindValue(baseVersion);
    } else {
        id = Uuid7Generator::generate();
        write.prepare(QStringLiteral(
                "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by, "
                "set_at, updated_at) VALUES (?, ?, ?, 'staff', 100, ?, ?, ?)"));
        write.addBindValue(id);
        write.addBindValue(customerId);
        write.addBindValue(tagId);
        write.addBindValue(fields.value(QStringLiteral("set_by")));
        write.addBindValue(now);
        write.addBindValue(now);
    }
    if (!write.exec() || write.numRowsAffected() != 1) {
        m_error = write.lastError().text();
        return {};
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer_tag"), id, fields, baseVersion);
    if (!recorded) {
        m_error = recorded.errorString();
        return {};
    }
    return id;
}

CustomerContactRepository::RemoveResult CustomerContactRepository::removeTag(
        const QString &customerTagId)
{
    QSqlQuery existing(m_store.database());
    existing.prepare(QStringLiteral(
            "SELECT version FROM customer_tag WHERE id = ? AND deleted = 0"));
    existing.addBindValue(customerTagId);
    if (!existing.exec()) {
        m_error = existing.lastError().text();
        return RemoveResult::Failed;
    }
    if (!existing.next())
        return RemoveResult::NotFound;
    const int baseVersion = existing.value(0).toInt();
    QSqlQuery remove(m_store.database());
    remove.prepare(QStringLiteral("UPDATE customer_tag SET deleted = 1, updated_at = ?, "
                                  "version = version + 1 WHERE id = ? AND version = ?"));
    remove.addBindValue(SqlTime::now());
    remove.addBindValue(customerTagId);
    remove.addBindValue(baseVersion);
    if (!remove.exec() || remove.numRowsAffected() != 1) {
        m_error = remove.lastError().text();
        return RemoveResult::Failed;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordDelete(QStringLiteral("customer_tag"), customerTagId, baseVersion);
    if (!recorded) {
        m_error = recorded.errorString();
        return RemoveResult::Failed;
    }
    return RemoveResult::Removed;
}

} // namespace bd
