// ServerStore: which branch keeps each customer (issue #7). Kept apart from the change log
// code; plain SQL that PostgreSQL and SQLite both take.
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

std::optional<ServerStore::CustomerHome> ServerStore::customerHome(const QString &customerId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT branch_id, previous_branch_id FROM customer_home "
                                 "WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return CustomerHome{query.value(0).toString(),
                        query.value(1).isNull() ? QString() : query.value(1).toString()};
}

bool ServerStore::recordCustomerHomes(const QString &branchId, const QStringList &customerIds,
                                      bool replace)
{
    if (customerIds.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_dialect->beginWrite(db, &m_error))
        return false;
    // Several hundred rows a statement: an import of a million customers stays a few
    // thousand round trips.
    constexpr int kRowsPerStatement = 400;
    const QString conflict = replace
            ? QStringLiteral(" ON CONFLICT (customer_id) DO UPDATE SET "
                             "branch_id = excluded.branch_id, previous_branch_id = NULL")
            : QStringLiteral(" ON CONFLICT (customer_id) DO NOTHING");
    for (qsizetype from = 0; from < customerIds.size(); from += kRowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, customerIds.size() - from);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO customer_home(customer_id, branch_id) VALUES ")
                       + QStringList(rows, QStringLiteral("(?, ?)")).join(QLatin1Char(','))
                       + conflict);
        for (qsizetype i = from; i < from + rows; ++i) {
            insert.addBindValue(customerIds.at(i));
            insert.addBindValue(branchId);
        }
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool ServerStore::moveCustomerHome(const QString &customerId, const QString &fromBranchId,
                                   const QString &toBranchId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
            "INSERT INTO customer_home(customer_id, branch_id, previous_branch_id) "
            "VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
            "branch_id = excluded.branch_id, previous_branch_id = excluded.previous_branch_id"));
    query.addBindValue(customerId);
    query.addBindValue(toBranchId);
    query.addBindValue(fromBranchId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace bd
