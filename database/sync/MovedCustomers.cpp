#include "database/sync/MovedCustomers.h"

#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
// A column that points at a row of another table.
struct Link
{
    QString table;
    QString column;
    bool required;
};

// Which tables point at `parent`, read off the schema (so a new table is covered).
QList<Link> linksTo(const QSqlDatabase &db, const QString &parent)
{
    QList<Link> links;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT m.name, f.\"from\", i.\"notnull\" FROM sqlite_master m "
                                 "JOIN pragma_foreign_key_list(m.name) f "
                                 "JOIN pragma_table_info(m.name) i ON i.name = f.\"from\" "
                                 "WHERE m.type = 'table' AND f.\"table\" = ?"));
    query.addBindValue(parent);
    if (query.exec()) {
        while (query.next())
            links << Link { query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toBool() };
    }
    return links;
}
} // namespace

MovedCustomers::MovedCustomers(Store &store)
    : m_store(store)
{
}

QList<CustomerId> MovedCustomers::awayFrom(const QString &ownBranchId) const
{
    QSqlQuery moved(m_store.database());
    moved.prepare(QStringLiteral(
            "SELECT id FROM customer WHERE branch_id <> ? AND id NOT IN (SELECT "
            "transfer_customer_id FROM sync_outbox WHERE transfer_customer_id IS NOT NULL AND "
            "pushed_at IS NULL)"));
    moved.addBindValue(ownBranchId);
    QList<CustomerId> ids;
    if (moved.exec()) {
        while (moved.next())
            ids << CustomerId(moved.value(0).toString());
    }
    return ids;
}

QStringList MovedCustomers::removalStatements() const
{
    // Rows that point at a customer, and rows that point at those (e.g. kyc_answer).
    const QSqlDatabase db = m_store.database();
    QStringList statements;
    for (const Link &child : linksTo(db, QStringLiteral("customer"))) {
        if (!child.required) {
            statements << QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = :id")
                                  .arg(child.table, child.column);
            continue;
        }
        for (const Link &grandchild : linksTo(db, child.table)) {
            statements << (grandchild.required
                                   ? QStringLiteral("DELETE FROM %1 WHERE %2 IN "
                                                    "(SELECT id FROM %3 WHERE %4 = :id)")
                                   : QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 IN "
                                                    "(SELECT id FROM %3 WHERE %4 = :id)"))
                                  .arg(grandchild.table, grandchild.column, child.table,
                                       child.column);
        }
        statements
                << QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(child.table, child.column);
    }
    statements << QStringLiteral(
            "DELETE FROM sync_field_clock WHERE table_name = 'customer' AND row_id = :id")
               << QStringLiteral("DELETE FROM customer WHERE id = :id");
    return statements;
}

Result<int> MovedCustomers::removeAwayFrom(const QString &ownBranchId)
{
    const QList<CustomerId> ids = awayFrom(ownBranchId);
    if (ids.isEmpty())
        return 0;
    const QStringList statements = removalStatements();
    Transaction transaction(m_store.database());
    QSqlQuery drop(m_store.database());
    for (const CustomerId &id : ids) {
        for (const QString &statement : statements) {
            drop.prepare(statement);
            drop.bindValue(QStringLiteral(":id"), id.toString());
            if (!drop.exec())
                return Error(tr("A customer moved to another branch could not be removed here: %1")
                                     .arg(drop.lastError().text()));
        }
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return int(ids.size());
}

} // namespace bd
