#include "database/calls/ContactVoidRepository.h"

#include "app/domain/WorkStates.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

ContactVoidRepository::ContactVoidRepository(Store &store)
    : m_store(store)
{
}

Result<std::optional<ContactVoidRepository::LoggedContact>>
ContactVoidRepository::find(const QString &interactionId) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT customer_id, coalesce(staff_id, ''), occurred_at, contact_kind, "
            "voided_at IS NOT NULL, version FROM interaction WHERE id = ? AND deleted = 0"));
    query.bind(interactionId);
    if (Result<> read = query.exec(); !read)
        return read.error();
    if (!query.next())
        return std::optional<LoggedContact>();
    LoggedContact contact;
    contact.id = interactionId;
    contact.customerId = CustomerId(query.value(0).toString());
    contact.staffId = query.value(1).toString();
    contact.occurredAt = SqlTime::parseTimestamp(query.value(2).toString());
    contact.contactKind = query.value(3).toString();
    contact.voided = query.value(4).toInt() == 1;
    contact.version = query.value(5).toInt();
    return std::optional<LoggedContact>(contact);
}

Result<> ContactVoidRepository::markVoid(const LoggedContact &contact, const QString &staffId,
                                         const QString &reason, const QString &at)
{
    const QVariantMap fields{{QStringLiteral("voided_at"), at},
                             {QStringLiteral("voided_by"), staffId},
                             {QStringLiteral("void_reason"), reason}};
    // Why a contact was voided may name the customer: sealed at rest like the other notes.
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("interaction"), fields);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE interaction SET voided_at = ?, voided_by = ?, void_reason = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ? AND voided_at IS NULL"));
    query.bind(at).bind(staffId).bind(stored->value(QStringLiteral("void_reason"))).bind(at)
            .bind(contact.id).bind(contact.version);
    if (Result<> updated = query.execOnOneRow(); !updated)
        return updated;
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("interaction"), contact.id, fields,
                                                contact.version);
}

Result<QString> ContactVoidRepository::callTaskOf(const QString &interactionId) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT id FROM call_task WHERE interaction_id = ? AND deleted = 0 LIMIT 1"));
    query.bind(interactionId);
    if (Result<> read = query.exec(); !read)
        return read.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<QStringList> ContactVoidRepository::confirmedVoiceFindings(const QString &interactionId) const
{
    return SqlQuery::readAll<QString>(
            m_store.database(),
            QStringLiteral("SELECT f.id FROM voice_finding f JOIN voice_review r ON r.id = f.id "
                           "AND r.deleted = 0 AND r.decision = 'confirmed' WHERE f.note_table = "
                           "'interaction' AND f.note_id = ? AND f.deleted = 0 ORDER BY f.id"),
            {interactionId}, [](const SqlQuery &row) { return row.text(0); });
}

Result<QList<ContactVoidRepository::RaisedOpportunity>>
ContactVoidRepository::opportunitiesRaisedBy(const QString &interactionId) const
{
    return SqlQuery::readAll<RaisedOpportunity>(
            m_store.database(),
            // Touched: someone contacted the customer on it, or it is no longer live (open or
            // held back) because someone took it further or closed it.
            QStringLiteral("SELECT id, status, contacted_at IS NOT NULL OR status NOT IN (?, ?), "
                           "version FROM opportunity WHERE event_id = ? AND deleted = 0 "
                           "AND status <> ? ORDER BY id"),
            {WorkStates::code(OpportunityStatus::Open), WorkStates::code(OpportunityStatus::Held),
             QStringLiteral("call-") + interactionId,
             WorkStates::code(OpportunityStatus::Dismissed)},
            [](const SqlQuery &row) {
                return RaisedOpportunity{row.text(0), row.text(1), row.integer(2) == 1,
                                         row.integer(3)};
            });
}

Result<> ContactVoidRepository::withdrawOpportunity(const RaisedOpportunity &opportunity,
                                                    const QString &at)
{
    const QString dismissed = WorkStates::code(OpportunityStatus::Dismissed);
    const QVariantMap fields{{QStringLiteral("status"), dismissed}};
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE opportunity SET status = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"));
    query.bind(dismissed).bind(at).bind(opportunity.id).bind(opportunity.version);
    if (Result<> updated = query.execOnOneRow(); !updated)
        return updated;
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("opportunity"), opportunity.id,
                                                fields, opportunity.version);
}

} // namespace bd
