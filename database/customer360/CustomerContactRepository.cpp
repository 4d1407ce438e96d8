#include "database/customer360/CustomerContactRepository.h"

#include "app/domain/NaturalKeyId.h"
#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QVariantMap>

namespace bd {

using SqlValue::dateOrNull;
using SqlValue::notNull;
using SqlValue::orNull;

CustomerContactRepository::CustomerContactRepository(Store &store)
    : m_store(store)
{
}

Result<QString> CustomerContactRepository::insertInteraction(const Interaction &interaction,
                                                             const QString &updatedAt)
{
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    const QString occurredAt = interaction.occurredAt.isValid()
            ? SqlTime::timestamp(interaction.occurredAt)
            : now;
    const QVariantMap fields{{QStringLiteral("customer_id"), interaction.customerId.toString()},
                             {QStringLiteral("staff_id"), orNull(interaction.staffId)},
                             {QStringLiteral("occurred_at"), occurredAt},
                             {QStringLiteral("channel"), interaction.channel},
                             {QStringLiteral("purpose"), notNull(interaction.purpose)},
                             {QStringLiteral("outcome"),
                              orNull(interaction.outcome ? WorkStates::code(*interaction.outcome)
                                                         : QString())},
                             {QStringLiteral("customer_voice"), notNull(interaction.customerVoice)},
                             {QStringLiteral("objection"), notNull(interaction.objection)},
                             {QStringLiteral("next_follow_up"), dateOrNull(interaction.nextFollowUp)},
                             {QStringLiteral("contact_kind"), interaction.contactKind},
                             {QStringLiteral("policy_override"),
                              notNull(interaction.policyOverride)}};
    // The customer's words and the override reason are sealed at rest.
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("interaction"), fields);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO interaction(id, customer_id, staff_id, occurred_at, channel, purpose, "
            "outcome, customer_voice, objection, next_follow_up, contact_kind, policy_override, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(id);
    for (const char *column : {"customer_id", "staff_id", "occurred_at", "channel", "purpose",
                               "outcome", "customer_voice", "objection", "next_follow_up",
                               "contact_kind", "policy_override"})
        query.bind(stored->value(QLatin1String(column)));
    query.bind(updatedAt.isEmpty() ? now : updatedAt);
    if (Result<> inserted = query.exec(); !inserted)
        return inserted.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("interaction"), id, fields, 0);
        !recorded)
        return recorded.error();
    return id;
}

Result<QString> CustomerContactRepository::addTag(const CustomerId &customer, const QString &tagId,
                                                  const QString &staffId)
{
    const QString &customerId = customer.toString(); // bound and recorded as text
    const QString now = SqlTime::now();
    SqlQuery existing(m_store.database(), QStringLiteral(
            "SELECT id, version, deleted FROM customer_tag WHERE customer_id = ? AND tag_id = ?"));
    existing.bind(customerId).bind(tagId);
    if (Result<> read = existing.exec(); !read)
        return read.error();
    const QVariantMap fields{{QStringLiteral("customer_id"), customerId},
                             {QStringLiteral("tag_id"), tagId},
                             {QStringLiteral("source"), QStringLiteral("staff")},
                             {QStringLiteral("confidence"), 100},
                             {QStringLiteral("set_by"), orNull(staffId)},
                             {QStringLiteral("set_at"), now},
                             {QStringLiteral("deleted"), 0}};
    QString id;
    int baseVersion = 0;
    SqlQuery write(m_store.database());
    if (existing.next()) {
        id = existing.text(0);
        baseVersion = existing.integer(1);
        if (existing.integer(2) == 0)
            return Error(QStringLiteral("the customer already has this tag"));
        write.prepare(QStringLiteral(
                "UPDATE customer_tag SET source = 'staff', confidence = 100, set_by = ?, "
                "set_at = ?, updated_at = ?, deleted = 0, version = version + 1 "
                "WHERE id = ? AND version = ?"));
        write.bind(fields.value(QStringLiteral("set_by"))).bind(now).bind(now).bind(id);
        write.bind(baseVersion);
    } else {
        id = NaturalKeyId::customerTag(customer, tagId); // one row wherever it is set
        write.prepare(QStringLiteral(
                "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by, "
                "set_at, updated_at) VALUES (?, ?, ?, 'staff', 100, ?, ?, ?)"));
        write.bind(id).bind(customerId).bind(tagId);
        write.bind(fields.value(QStringLiteral("set_by"))).bind(now).bind(now);
    }
    if (Result<> written = write.execOnOneRow(); !written)
        return written.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("customer_tag"), id, fields, baseVersion);
        !recorded)
        return recorded.error();
    return id;
}

Result<CustomerContactRepository::RemoveResult> CustomerContactRepository::removeTag(
        const QString &customerTagId)
{
    SqlQuery existing(m_store.database(), QStringLiteral(
            "SELECT version FROM customer_tag WHERE id = ? AND deleted = 0"));
    existing.bind(customerTagId);
    if (Result<> read = existing.exec(); !read)
        return read.error();
    if (!existing.next())
        return RemoveResult::NotFound;
    const int baseVersion = existing.integer(0);
    SqlQuery remove(m_store.database(), QStringLiteral(
            "UPDATE customer_tag SET deleted = 1, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"));
    remove.bind(SqlTime::now()).bind(customerTagId).bind(baseVersion);
    if (Result<> removed = remove.execOnOneRow(); !removed)
        return removed.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordDelete(QStringLiteral("customer_tag"), customerTagId, baseVersion);
        !recorded)
        return recorded.error();
    return RemoveResult::Removed;
}

} // namespace bd
