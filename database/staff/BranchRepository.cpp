#include "database/staff/BranchRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

using SqlValue::notNull;

namespace {
const QString kColumns = QStringLiteral("id, code, name, city, address");

Branch fromQuery(const SqlQuery &query)
{
    return {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4)};
}
} // namespace

BranchRepository::BranchRepository(Store &store)
    : m_store(store)
{
}

std::optional<Branch> BranchRepository::byId(const QString &id) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM branch WHERE id = ? AND deleted = 0").arg(kColumns));
    query.bind(id);
    if (query.select() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

std::optional<Branch> BranchRepository::byCode(const QString &code) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM branch WHERE code = ? AND deleted = 0").arg(kColumns));
    query.bind(code);
    if (query.select() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

QList<Branch> BranchRepository::all() const
{
    QList<Branch> branches;
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM branch WHERE deleted = 0 ORDER BY code").arg(kColumns));
    query.select();
    while (query.next())
        branches << fromQuery(query);
    return branches;
}

Result<> BranchRepository::insert(Branch &branch)
{
    if (branch.id.isEmpty())
        branch.id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    SqlQuery query(m_store.database(),
                   QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as NULL; these columns hold '' for "none".
    for (const QString &value : {branch.id, branch.code, branch.name, branch.city, branch.address,
                                 now, now})
        query.bind(notNull(value));
    if (Result<> inserted = query.exec(); !inserted)
        return inserted;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("branch"), branch.id,
                                 { { QStringLiteral("code"), branch.code },
                                   { QStringLiteral("name"), branch.name },
                                   { QStringLiteral("city"), branch.city },
                                   { QStringLiteral("address"), branch.address } },
                                 0);
}

} // namespace bd
