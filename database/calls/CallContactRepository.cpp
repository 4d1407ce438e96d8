#include "database/calls/CallContactRepository.h"

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

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

CallContactRepository::CallContactRepository(Store &store)
    : m_store(store)
{
}

QString CallContactRepository::insertContact(const Contact &contact)
{
    const QString id = Uuid7Generator::generate();
    const QString at = SqlTime::timestamp(contact.occurredAt);
    const QVariantMap fields{
            {QStringLiteral("customer_id"), contact.customerId},
            {QStringLiteral("staff_id"), nullIfEmpty(contact.staffId)},
            {QStringLiteral("occurred_at"), at},
            {QStringLiteral("channel"), contact.channel},
            {QStringLiteral("purpose"), notNull(contact.purpose)},
            {QStringLiteral("outcome"), nullIfEmpty(contact.outcome)},
            {QStringLiteral("customer_voice"), notNull(contact.customerVoice)},
            {QStringLiteral("objection"), notNull(contact.objection)},
            {QStringLiteral("next_follow_up"), contact.nextFollowUp.isValid()
                     ? QVariant(SqlTime::date(contact.nextFollowUp))
                     : QVariant(QMetaType::fromType<QString>())},
            {QStringLiteral("contact_kind"), contact.contactKind},
            {QStringLiteral("policy_override"), notNull(contact.policyOverride)}};
    // The customer's words and the override reason are sealed at rest.
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("interaction"), fields);
    if (!stored) {
        m_error = SensitiveColumns::lockedMessage();
        return {};
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO interaction(id, customer_id, staff_id, occurred_at, channel, purpose, "
            "outcome, customer_voice, objection, next_follow_up, contact_kind, policy_override, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    for (const char *column : {"customer_id", "staff_id", "occurred_at", "channel", "purpose",
                               "outcome", "customer_voice", "objection", "next_follow_up",
                               "contact_kind", "policy_override"})
        query.addBindValue(stored->value(QLatin1String(column)));
    query.addBindValue(at);
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

bool CallContactRepository::setLifecycle(const QString &customerId, int baseVersion,
                                         const QString &stage, const QString &reason,
                                         const QString &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "UPDATE customer SET lifecycle_stage = ?, lifecycle_reason = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(stage);
    query.addBindValue(reason);
    query.addBindValue(at);
    query.addBindValue(customerId);
    query.addBindValue(baseVersion);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error.clear();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer"), customerId,
                                    { { QStringLiteral("lifecycle_stage"), stage },
                                      { QStringLiteral("lifecycle_reason"), reason } },
                                    baseVersion);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

} // namespace bd
