#include "database/staff/StaffRequestRepository.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

namespace bd {

namespace {
const char kColumns[] = "id, kind, username, display_name, role, branch_id, requested_by, "
                        "requested_at, state";

StaffRequest fromRow(const SqlQuery &query)
{
    StaffRequest request;
    request.id = query.text(0);
    request.kind = query.text(1) == QLatin1String("reset_password")
            ? StaffRequest::Kind::ResetPassword
            : StaffRequest::Kind::AddUser;
    request.username = query.text(2);
    request.displayName = query.text(3);
    request.role = StaffRoles::fromCode(query.text(4)).value_or(StaffRole::Teller);
    request.branchId = query.text(5);
    request.requestedBy = query.text(6);
    request.requestedAt = SqlTime::parseTimestamp(query.text(7));
    request.pending = query.text(8) == QLatin1String("pending");
    return request;
}
} // namespace

StaffRequestRepository::StaffRequestRepository(Store &store)
    : m_store(store)
{
}

Result<> StaffRequestRepository::insert(const StaffRequest &request)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO staff_request(id, kind, username, display_name, role, branch_id, "
            "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // Empty, never NULL (a null QString binds as NULL).
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    query.bind(request.id)
            .bind(request.kind == StaffRequest::Kind::ResetPassword
                          ? QStringLiteral("reset_password")
                          : QStringLiteral("add_user"))
            .bind(request.username)
            .bind(text(request.displayName))
            .bind(request.kind == StaffRequest::Kind::AddUser ? StaffRoles::code(request.role)
                                                               : QStringLiteral(""))
            .bind(text(request.branchId))
            .bind(request.requestedBy)
            .bind(SqlTime::timestamp(request.requestedAt));
    return query.exec();
}

std::optional<StaffRequest> StaffRequestRepository::pendingById(const QString &id) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM staff_request WHERE id = ? AND state = "
                                  "'pending'")
                           .arg(QLatin1String(kColumns)));
    query.bind(id);
    if (!query.select() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

Result<QList<StaffRequest>> StaffRequestRepository::pending() const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM staff_request WHERE state = 'pending' "
                                  "ORDER BY requested_at, id")
                           .arg(QLatin1String(kColumns)));
    if (!query.select())
        return Error(QStringLiteral("staff requests cannot be read"));
    QList<StaffRequest> requests;
    while (query.next())
        requests << fromRow(query);
    return requests;
}

Result<> StaffRequestRepository::markApproved(const QString &id, const QString &approverId)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE staff_request SET state = 'approved', decided_by = ?, decided_at = ? "
            "WHERE id = ? AND state = 'pending'"));
    query.bind(approverId).bind(SqlTime::now()).bind(id);
    return query.execOnOneRow();
}

QString StaffRequestRepository::passwordLastSetBy(const QString &staffId) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT coalesce(actor_id, '') FROM audit_log WHERE entity = 'staff_user' "
            "AND entity_id = ? AND action IN ('user_add', 'user_password') "
            "ORDER BY seq DESC LIMIT 1"));
    query.bind(staffId);
    return query.select() && query.next() ? query.text(0) : QString();
}

} // namespace bd
