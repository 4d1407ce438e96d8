#include "database/branchfloor/ReferralRepository.h"

#include "app/domain/Uuid7.h"
#include "app/domain/WorkStates.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlRecord>
#include <QVariant>

namespace bd {

using SqlValue::notNull;
using SqlValue::orNull;

namespace {
const char *const kColumns =
        "id, branch_id, customer_id, visit_id, form, source, referred_by, referred_to, "
        "customer_has_time, contact_obtained, reason, status, created_at, closed_at, "
        "escalated_at, version, description, contact_phone, interest, estimated_fen, "
        "experience_card, waiting_area, converted_fen";

Result<ReferralRecord> fromQuery(const Store &store, const SqlQuery &q)
{
    const Result<ReferralState> status = WorkStates::storedReferralState(q.value(11).toString());
    if (!status)
        return status.error();
    ReferralRecord r;
    r.id = q.value(0).toString();
    r.branchId = q.value(1).toString();
    r.customerId = CustomerId(q.text(2));
    r.visitId = q.value(3).toString();
    r.form = q.value(4).toString();
    r.source = q.value(5).toString();
    r.referredBy = q.value(6).toString();
    r.referredTo = q.value(7).toString();
    r.customerHasTime = q.value(8).toInt() == 1;
    r.contactObtained = q.value(9).toInt() == 1;
    r.reason = SensitiveColumns::open(store, q.value(10));
    r.status = *status;
    r.createdAt = q.value(12).toString();
    r.closedAt = q.value(13).toString();
    r.escalatedAt = q.value(14).toString();
    r.version = q.value(15).toInt();
    r.description = SensitiveColumns::open(store, q.value(16));
    r.contactPhone = SensitiveColumns::open(store, q.value(17));
    r.interest = q.value(18).toString();
    r.estimated = Money::fromFen(q.value(19).toLongLong());
    r.experienceCard = q.value(20).toInt() == 1;
    r.waitingArea = q.value(21).toInt() == 1;
    if (!q.value(22).isNull())
        r.converted = Money::fromFen(q.value(22).toLongLong());
    return r;
}
} // namespace

ReferralRepository::ReferralRepository(Store &store)
    : m_store(store)
{
}

Result<> ReferralRepository::insert(ReferralRecord &r)
{
    if (r.id.isEmpty())
        r.id = Uuid7Generator::generate();
    // The phone and the staff's free text about the customer are sealed at rest.
    const std::optional<QVariant> contactPhone =
            SensitiveColumns::sealColumn(m_store, QStringLiteral("referral"),
                                         QStringLiteral("contact_phone"), notNull(r.contactPhone));
    const std::optional<QVariant> reason = SensitiveColumns::seal(m_store, notNull(r.reason));
    const std::optional<QVariant> description =
            SensitiveColumns::seal(m_store, notNull(r.description));
    if (!contactPhone || !reason || !description) { // the file's key is not open
        return Error(SensitiveColumns::lockedMessage());
    }
    SqlQuery q(m_store.database(), QStringLiteral(
            "INSERT INTO referral(id, branch_id, customer_id, visit_id, form, source, "
            "referred_by, referred_to, customer_has_time, contact_obtained, reason, status, "
            "created_at, updated_at, description, contact_phone, interest, estimated_fen, "
            "experience_card, waiting_area) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{r.id,           r.branchId,
                              orNull(r.customerId.toString()), orNull(r.visitId),
                              r.form,         r.source,
                              r.referredBy,   orNull(r.referredTo),
                              r.customerHasTime ? 1 : 0, r.contactObtained ? 1 : 0,
                              *reason, WorkStates::code(r.status),
                              r.createdAt,    r.createdAt,
                              *description, *contactPhone,
                              notNull(r.interest), qint64(r.estimated.fen()),
                              r.experienceCard ? 1 : 0, r.waitingArea ? 1 : 0};
    for (const QVariant &value : values)
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran;
    // The change carries what the row holds ("" in the NOT NULL texts, NULL for no link):
    // a null sent for an empty text is refused by every other workstation.
    QVariantMap fields{{QStringLiteral("branch_id"), r.branchId},
                       {QStringLiteral("customer_id"), orNull(r.customerId.toString())},
                       {QStringLiteral("visit_id"), orNull(r.visitId)},
                       {QStringLiteral("form"), r.form},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("referred_by"), r.referredBy},
                       {QStringLiteral("referred_to"), orNull(r.referredTo)},
                       {QStringLiteral("customer_has_time"), r.customerHasTime ? 1 : 0},
                       {QStringLiteral("contact_obtained"), r.contactObtained ? 1 : 0},
                       {QStringLiteral("reason"), notNull(r.reason)},
                       {QStringLiteral("status"), WorkStates::code(r.status)},
                       {QStringLiteral("created_at"), r.createdAt},
                       {QStringLiteral("description"), notNull(r.description)},
                       {QStringLiteral("contact_phone"), notNull(r.contactPhone)},
                       {QStringLiteral("interest"), notNull(r.interest)},
                       {QStringLiteral("estimated_fen"), qint64(r.estimated.fen())},
                       {QStringLiteral("experience_card"), r.experienceCard ? 1 : 0},
                       {QStringLiteral("waiting_area"), r.waitingArea ? 1 : 0}};
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("referral"), r.id, fields, 0);
}

Result<std::optional<ReferralRecord>> ReferralRepository::byId(const QString &id) const
{
    SqlQuery q(m_store.database(),
                QStringLiteral("SELECT %1 FROM referral WHERE id = ? AND deleted = 0")
                      .arg(QLatin1String(kColumns)));
    q.bind(id);
    if (!q.select() || !q.next())
        return std::optional<ReferralRecord>();
    Result<ReferralRecord> record = fromQuery(m_store, q);
    if (!record)
        return record.error();
    return std::optional<ReferralRecord>(std::move(*record));
}

QStringList ReferralRepository::checks(const QString &referralId) const
{
    QStringList done;
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT item FROM referral_check WHERE referral_id = ? ORDER BY item"));
    q.bind(referralId);
    if (!q.select())
        return done;
    while (q.next())
        done << q.value(0).toString();
    return done;
}

Result<> ReferralRepository::move(const ReferralRecord &before, ReferralState to, const QString &at,
                                  const QString &takenBy, std::optional<Money> converted)
{
    const bool final = WorkStates::isFinal(to);
    const QString referredTo = takenBy.isEmpty() ? before.referredTo : takenBy;
    SqlQuery q(m_store.database(), QStringLiteral(
            "UPDATE referral SET status = ?, referred_to = ?, closed_at = ?, converted_fen = ?, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(WorkStates::code(to));
    q.bind(orNull(referredTo));
    q.bind(final ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)));
    q.bind(converted ? QVariant(qint64(converted->fen())) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(at);
    q.bind(before.id);
    q.bind(before.version);
    if (Result<> ran = q.execOnOneRow(); !ran)
        return ran;
    QVariantMap fields{{QStringLiteral("status"), WorkStates::code(to)},
                       {QStringLiteral("referred_to"), referredTo},
                       {QStringLiteral("closed_at"), final ? at : QString()}};
    if (converted)
        fields.insert(QStringLiteral("converted_fen"), qint64(converted->fen()));
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("referral"), before.id, fields, before.version);
}

Result<> ReferralRepository::addTransition(const QString &referralId,
                                           std::optional<ReferralState> from, ReferralState to,
                                           const QString &staffId, const QString &at,
                                           const QString &note)
{
    // The first transition has no from state: NULL in the row, "" in the change, as before.
    const QString fromCode = from ? WorkStates::code(*from) : QString();
    const QString toCode = WorkStates::code(to);
    const std::optional<QVariant> storedNote = SensitiveColumns::seal(m_store, notNull(note));
    if (!storedNote)
        return Error(SensitiveColumns::lockedMessage());
    const QString id = Uuid7Generator::generate();
    SqlQuery q(m_store.database(), QStringLiteral(
            "INSERT INTO referral_transition(id, referral_id, from_status, to_status, staff_id, "
            "at, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(id), QVariant(referralId), orNull(fromCode), QVariant(toCode),
                                  orNull(staffId), QVariant(at), *storedNote, QVariant(at)})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("referral_transition"), id,
                                 { { QStringLiteral("referral_id"), referralId },
                                   { QStringLiteral("from_status"), fromCode },
                                   { QStringLiteral("to_status"), toCode },
                                   { QStringLiteral("staff_id"), staffId },
                                   { QStringLiteral("at"), at },
                                   { QStringLiteral("note"), note } },
                                 0);
}

Result<> ReferralRepository::addCheck(const QString &referralId, const QString &item, const QString &at)
{
    SqlQuery q(m_store.database(), QStringLiteral(
            "INSERT OR IGNORE INTO referral_check(referral_id, item, done_at) VALUES (?, ?, ?)"));
    q.bind(referralId);
    q.bind(item);
    q.bind(at);
    if (Result<> ran = q.exec(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("referral_check"),
                                 referralId + QLatin1Char('/') + item,
                                 { { QStringLiteral("referral_id"), referralId },
                                   { QStringLiteral("item"), item },
                                   { QStringLiteral("done_at"), at } },
                                 0);
}

Result<> ReferralRepository::markEscalated(const ReferralRecord &before, const QString &at)
{
    SqlQuery q(m_store.database(),
                QStringLiteral("UPDATE referral SET escalated_at = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(at);
    q.bind(at);
    q.bind(before.id);
    q.bind(before.version);
    if (Result<> ran = q.execOnOneRow(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("referral"), before.id,
                                 { { QStringLiteral("escalated_at"), at } }, before.version);
}

Result<std::optional<ReferralRecord>> ReferralRepository::openFor(const QString &branchId,
                                                                 const CustomerId &customerId) const
{
    const Result<QList<ReferralRecord>> open
            = openWhere(branchId, QStringLiteral("customer_id = ?"), {customerId.toString()}, 1);
    if (!open)
        return open.error();
    return open->isEmpty() ? std::optional<ReferralRecord>() : std::optional(open->first());
}

Result<QList<ReferralRecord>> ReferralRepository::overdue(const QString &branchId,
                                                          const QString &createdBefore) const
{
    // Not yet escalated ones only.
    return openWhere(branchId, QStringLiteral("escalated_at IS NULL AND created_at < ?"),
                     {createdBefore});
}

Result<QList<ReferralRecord>> ReferralRepository::openWhere(const QString &branchId,
                                                            const QString &condition,
                                                            const QVariantList &values,
                                                            int limit) const
{
    // condition is one of the fixed texts above, never typed text. Oldest first. The states
    // not yet final are bound, not spelt.
    SqlQuery q(m_store.database(),
               QStringLiteral("SELECT %1 FROM referral WHERE branch_id = ? AND deleted = 0 "
                              "AND status IN (?, ?, ?, ?) AND %2 "
                              "ORDER BY created_at%3")
                       .arg(QLatin1String(kColumns), condition,
                            limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    q.bind(branchId);
    for (const QString &open : WorkStates::openReferralCodes())
        q.bind(open);
    for (const QVariant &value : values)
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    QList<ReferralRecord> result;
    while (q.next()) {
        Result<ReferralRecord> record = fromQuery(m_store, q);
        if (!record)
            return record.error();
        result << std::move(*record);
    }
    return result;
}

} // namespace bd
