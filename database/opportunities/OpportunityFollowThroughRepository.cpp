#include "database/opportunities/OpportunityFollowThroughRepository.h"

#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

namespace {
QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

OpportunityFollowThroughRepository::OpportunityFollowThroughRepository(Store &store)
    : m_store(store)
{
}

Result<int> OpportunityFollowThroughRepository::markSeen(const QList<OpportunityId> &ids,
                                                         const StaffId &staff,
                                                         const QDateTime &at)
{
    SqlQuery unseen(m_store.database(), QStringLiteral("SELECT version FROM opportunity WHERE "
                                                       "id = ? AND seen_at IS NULL AND deleted = 0"));
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE opportunity SET seen_by = ?, seen_at = ?, "
                                   "updated_at = ?, version = version + 1 WHERE id = ? "
                                   "AND version = ?"));
    ChangeRecorder recorder(m_store);
    int marked = 0;
    for (const OpportunityId &id : ids) {
        unseen.bindAt(0, id.toString());
        if (Result<> ran = unseen.exec(); !ran)
            return ran.error();
        if (!unseen.next())
            continue;
        const int version = unseen.integer(0);
        unseen.finish();
        update.bindAt(0, staff.toString())
                .bindAt(1, stamp(at))
                .bindAt(2, SqlTime::now())
                .bindAt(3, id.toString())
                .bindAt(4, version);
        if (Result<> ran = update.execOnOneRow(); !ran)
            return ran.error();
        const QVariantMap fields{{QStringLiteral("seen_by"), staff.toString()},
                                 {QStringLiteral("seen_at"), stamp(at)}};
        if (Result<> recorded = recorder.recordUpsert(QStringLiteral("opportunity"), id.toString(),
                                                      fields, version);
            !recorded)
            return recorded.error();
        ++marked;
    }
    return marked;
}

Result<> OpportunityFollowThroughRepository::recordContact(const Contact &contact)
{
    SqlQuery open(m_store.database(),
                  QStringLiteral("SELECT version FROM opportunity WHERE id = ? AND deleted = 0 "
                                 "AND status IN (?, ?)"));
    open.bind(contact.id)
            .bind(WorkStates::code(OpportunityStatus::Open))
            .bind(WorkStates::code(OpportunityStatus::Contacted));
    if (Result<> ran = open.exec(); !ran)
        return ran.error();
    if (!open.next())
        return Error(QStringLiteral("no open opportunity %1").arg(contact.id.toString()));
    const int version = open.integer(0);
    open.finish();
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE opportunity SET contacted_by = ?, contacted_at = ?, "
                                   "outcome = ?, status = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"));
    // Stored and sent as their codes: the column's CHECK and the other desks know them.
    const QString outcome = WorkStates::code(contact.outcome);
    const QString status = WorkStates::code(contact.status);
    update.bind(contact.staff).bind(stamp(contact.at)).bind(outcome).bind(status)
            .bind(SqlTime::now()).bind(contact.id).bind(QVariant(version));
    if (Result<> ran = update.execOnOneRow(); !ran)
        return ran.error();
    const QVariantMap fields{{QStringLiteral("contacted_by"), contact.staff.toString()},
                             {QStringLiteral("contacted_at"), stamp(contact.at)},
                             {QStringLiteral("outcome"), outcome},
                             {QStringLiteral("status"), status}};
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("opportunity"),
                                                contact.id.toString(), fields, version);
}

Result<QList<OpportunityId>> OpportunityFollowThroughRepository::escalateOverdue(
        const BranchId &branch, const QDateTime &at)
{
    struct Overdue
    {
        OpportunityId id;
        int version = 0;
    };
    const Result<QList<Overdue>> overdue = SqlQuery::readAll<Overdue>(
            m_store.database(),
            QStringLiteral("SELECT id, version FROM opportunity WHERE branch_id = ? AND "
                           "status = ? AND deleted = 0 AND escalated_at IS NULL AND "
                           "deadline_at IS NOT NULL AND deadline_at < ? ORDER BY deadline_at, id"),
            {branch.toString(), WorkStates::code(OpportunityStatus::Open), stamp(at)},
            [](const SqlQuery &row) { return Overdue{OpportunityId(row.text(0)), row.integer(1)}; });
    if (!overdue)
        return overdue.error();
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE opportunity SET escalated_at = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"));
    ChangeRecorder recorder(m_store);
    QList<OpportunityId> escalated;
    for (const Overdue &row : *overdue) {
        update.bindAt(0, stamp(at))
                .bindAt(1, SqlTime::now())
                .bindAt(2, row.id.toString())
                .bindAt(3, row.version);
        if (Result<> ran = update.execOnOneRow(); !ran)
            return ran.error();
        if (Result<> recorded = recorder.recordUpsert(
                    QStringLiteral("opportunity"), row.id.toString(),
                    {{QStringLiteral("escalated_at"), stamp(at)}}, row.version);
            !recorded)
            return recorded.error();
        escalated << row.id;
    }
    return escalated;
}

} // namespace bd
