#include "database/staff/BranchRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
const QString kColumns = QStringLiteral("id, code, name, city, address");

Branch fromQuery(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}
} // namespace

BranchRepository::BranchRepository(Store &store)
    : m_store(store)
{
}

std::optional<Branch> BranchRepository::byId(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM branch WHERE id = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

std::optional<Branch> BranchRepository::byCode(const QString &code) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
            QStringLiteral("SELECT %1 FROM branch WHERE code = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(code);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

QList<Branch> BranchRepository::all() const
{
    QList<Branch> branches;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT %1 FROM branch WHERE deleted = 0 ORDER BY code").arg(kColumns));
    while (query.next())
        branches << fromQuery(query);
    return branches;
}

bool BranchRepository::insert(Branch &branch)
{
    if (branch.id.isEmpty())
        branch.id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // A null QString binds as NULL; these columns hold '' for "none".
    for (const QString &value : {branch.id, branch.code, branch.name, branch.city, branch.address,
                                 now, now})
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("branch"), branch.id,
                                    { { QStringLiteral("code"), branch.code },
                                      { QStringLiteral("name"), branch.name },
                                      { QStringLiteral("city"), branch.city },
                                      { QStringLiteral("address"), branch.address } },
                                    0);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

} // namespace bd
