#include "database/sync/MovedCustomers.h"

#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/FieldClock.h"

#include <QHash>
#include <QJsonValue>
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

// Held changes of `link`'s table whose link names the customer :id.
QString heldNaming(const Link &link)
{
    return QStringLiteral("table_name = '%1' AND json_extract(change_json, '$.fields.%2') = :id")
            .arg(link.table, link.column);
}

// Clears an optional link to the customer :id in what is held of its table.
QString heldWithoutLink(const Link &link)
{
    return QStringLiteral("UPDATE sync_held_change SET change_json = json_set(change_json, "
                          "'$.fields.%1', json('null')) WHERE %2")
            .arg(link.column, heldNaming(link));
}

// Remembers the held rows of `link`'s table that name the customer :id as theirs.
QString rememberHeld(const Link &link)
{
    return QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, customer_id, "
                          "dropped_at) SELECT row_id, :id, :now FROM sync_held_change WHERE %1")
            .arg(heldNaming(link));
}

bool hasIdColumn(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = 'id'"));
    query.addBindValue(table);
    return query.exec() && query.next();
}
} // namespace

MovedCustomers::MovedCustomers(Store &store)
    : m_store(store)
{
}

QList<CustomerId> MovedCustomers::awayFrom(const QString &ownBranchId) const
{
    // Asked every round: "other than the branch" as the two ranges below and above it, which
    // SQLite looks up in an index on branch_id; "<>" read every customer's index entry,
    // 0.2-0.9 s of each round at a branch of 1,000,000 (bench_event_to_today).
    QSqlQuery moved(m_store.database());
    moved.prepare(QStringLiteral(
            "SELECT id FROM customer WHERE (branch_id < ? OR branch_id > ?) AND id NOT IN "
            "(SELECT transfer_customer_id FROM sync_outbox WHERE transfer_customer_id IS NOT "
            "NULL AND pushed_at IS NULL)"));
    moved.addBindValue(ownBranchId);
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
    // First remembered: the customer and each row that must have them (by its id).
    const QString remember = QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, "
                                            "customer_id, dropped_at) SELECT %1, :id, :now "
                                            "FROM %2 WHERE %3 = :id");
    // The customer with the stamp of their erasure, if erased (or erased while away before
    // and now dropped again): a later change naming them knows whether it came after (F34).
    QStringList statements{
            QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, customer_id, dropped_at, "
                           "erased_at) SELECT c.id, :id, :now, coalesce(CASE WHEN "
                           "coalesce(c.erased_at, '') <> '' THEN %1 END, (SELECT m.erased_at FROM "
                           "sync_moved_away m WHERE m.row_id = c.id)) FROM customer c WHERE "
                           "c.id = :id")
                    .arg(FieldClock::ofField(QStringLiteral("'customer'"), QStringLiteral("c.id"),
                                             QStringLiteral("'erased_at'")))};
    for (const Link &child : linksTo(db, QStringLiteral("customer"))) {
        if (!child.required)
            continue;
        if (hasIdColumn(db, child.table))
            statements << remember.arg(QStringLiteral("id"), child.table, child.column);
        // And the rows that must have those (a KYC answer its interview): an erasure's
        // blanking of an answer names only the answer (open item 9).
        for (const Link &grandchild : linksTo(db, child.table)) {
            if (grandchild.required && hasIdColumn(db, grandchild.table))
                statements << QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, "
                                             "customer_id, dropped_at) SELECT id, :id, :now "
                                             "FROM %1 WHERE %2 IN (SELECT id FROM %3 WHERE "
                                             "%4 = :id)")
                                      .arg(grandchild.table, grandchild.column, child.table,
                                           child.column);
        }
    }
    // A held row that stays with the branch keeps waiting without its link to them, as the
    // row itself does below; a held row that must have them is theirs (an interview the
    // server placed with them: what names it goes too); what else waits here naming any of
    // them would never apply.
    for (const Link &child : linksTo(db, QStringLiteral("customer"))) {
        statements << (child.required ? rememberHeld(child) : heldWithoutLink(child));
    }
    statements << QStringLiteral(
            "DELETE FROM sync_held_change WHERE EXISTS (SELECT 1 FROM sync_moved_away m WHERE "
            "m.customer_id = :id AND (m.row_id = sync_held_change.row_id OR "
            "instr(sync_held_change.change_json, m.row_id) > 0))");
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
    const QString now = SqlTime::now();
    Transaction transaction(m_store.database());
    QSqlQuery drop(m_store.database());
    for (const CustomerId &id : ids) {
        for (const QString &statement : statements) {
            drop.prepare(statement);
            drop.bindValue(QStringLiteral(":id"), id.toString());
            if (statement.contains(QLatin1String(":now")))
                drop.bindValue(QStringLiteral(":now"), now);
            if (!drop.exec())
                return Error(tr("A customer moved to another branch could not be removed here: %1")
                                     .arg(drop.lastError().text()));
        }
    }
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return int(ids.size());
}

Result<bool> MovedCustomers::settleHeldOfCustomersElsewhere(const QString &ownBranchId)
{
    if (ownBranchId.isEmpty())
        return false;
    // The latest held placement of each customer not here.
    QSqlQuery elsewhere(m_store.database());
    elsewhere.prepare(QStringLiteral(
            "SELECT row_id FROM (SELECT row_id, json_extract(change_json, '$.fields.branch_id') "
            "AS branch, row_number() OVER (PARTITION BY row_id ORDER BY "
            "json_extract(change_json, '$.hlc') DESC) AS latest FROM sync_held_change WHERE "
            "table_name = 'customer' AND coalesce(json_extract(change_json, "
            "'$.fields.branch_id'), '') <> '' AND row_id NOT IN (SELECT id FROM customer)) "
            "WHERE latest = 1 AND branch <> ?"));
    elsewhere.addBindValue(ownBranchId);
    if (!elsewhere.exec())
        return Error(elsewhere.lastError().text());
    QStringList customers;
    while (elsewhere.next())
        customers << elsewhere.value(0).toString();
    if (customers.isEmpty())
        return false;
    const QSqlDatabase db = m_store.database();
    const QString now = SqlTime::now();
    QStringList statements{QStringLiteral(
            "INSERT OR REPLACE INTO sync_moved_away(row_id, customer_id, dropped_at, erased_at) "
            "VALUES (:id, :id, :now, (SELECT erased_at FROM sync_moved_away WHERE row_id = :id))")};
    for (const Link &child : linksTo(db, QStringLiteral("customer"))) {
        statements << (child.required ? rememberHeld(child) : heldWithoutLink(child));
    }
    statements << QStringLiteral(
            "DELETE FROM sync_held_change WHERE EXISTS (SELECT 1 FROM sync_moved_away m WHERE "
            "m.customer_id = :id AND (m.row_id = sync_held_change.row_id OR "
            "instr(sync_held_change.change_json, m.row_id) > 0))");
    QSqlQuery run(m_store.database());
    for (const QString &customer : std::as_const(customers)) {
        for (const QString &statement : std::as_const(statements)) {
            run.prepare(statement);
            run.bindValue(QStringLiteral(":id"), customer);
            if (statement.contains(QLatin1String(":now")))
                run.bindValue(QStringLiteral(":now"), now);
            if (!run.exec())
                return Error(run.lastError().text());
        }
    }
    return true;
}

QSet<QString> MovedCustomers::droppedAmong(const QStringList &ids) const
{
    QSet<QString> dropped;
    if (ids.isEmpty())
        return dropped;
    const QStringList marks(ids.size(), QStringLiteral("?"));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT m.row_id FROM sync_moved_away m WHERE m.row_id IN (%1) "
                                 "AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = "
                                 "m.customer_id)")
                          .arg(marks.join(QLatin1Char(','))));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            dropped.insert(query.value(0).toString());
    }
    return dropped;
}

bool MovedCustomers::followedThemAway(const SyncChange &change) const
{
    // Ids are UUIDs: any of the change's own or named in its fields is looked up.
    QStringList named{change.rowId};
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            named << it.value().toString();
    }
    return !droppedAmong(named).isEmpty();
}

Result<> MovedCustomers::rememberWithThem(const SyncChange &change)
{
    QStringList named;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            named << it.value().toString();
    }
    const QSet<QString> dropped = droppedAmong(named);
    if (dropped.isEmpty() || droppedAmong({change.rowId}).contains(change.rowId))
        return {};
    QSqlQuery remember(m_store.database());
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, customer_id, "
                                    "dropped_at) SELECT ?, customer_id, ? FROM sync_moved_away "
                                    "WHERE row_id = ?"));
    remember.addBindValue(change.rowId);
    remember.addBindValue(SqlTime::now());
    remember.addBindValue(*dropped.cbegin());
    if (!remember.exec())
        return Error(remember.lastError().text());
    // Ids are UUIDs: a held change that holds this one's anywhere names it, and is of a row
    // that goes with it (an answer of the interview): remembered too, and what waits of
    // either goes.
    QSqlQuery waiting(m_store.database());
    waiting.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_moved_away(row_id, customer_id, "
                                   "dropped_at) SELECT h.row_id, m.customer_id, ? FROM "
                                   "sync_held_change h JOIN sync_moved_away m ON m.row_id = ? "
                                   "WHERE instr(h.change_json, ?) > 0 AND h.row_id <> ?"));
    waiting.addBindValue(SqlTime::now());
    for (int i = 0; i < 3; ++i)
        waiting.addBindValue(change.rowId);
    if (!waiting.exec())
        return Error(waiting.lastError().text());
    waiting.prepare(QStringLiteral("DELETE FROM sync_held_change WHERE row_id = ? OR "
                                   "instr(change_json, ?) > 0 OR row_id IN (SELECT h.row_id FROM "
                                   "sync_held_change h JOIN sync_moved_away m ON m.row_id = "
                                   "h.row_id WHERE instr(h.change_json, ?) > 0)"));
    for (int i = 0; i < 3; ++i)
        waiting.addBindValue(change.rowId);
    if (!waiting.exec())
        return Error(waiting.lastError().text());
    return {};
}

std::optional<SyncChange> MovedCustomers::staysWithoutThem(const SyncChange &change) const
{
    QStringList named{change.rowId};
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            named << it.value().toString();
    }
    const QSet<QString> dropped = droppedAmong(named);
    if (dropped.isEmpty() || dropped.contains(change.rowId))
        return std::nullopt;
    // The table's links and whether each may be empty, read off the schema as the drop does.
    QHash<QString, bool> optionalLinks; // column -> may be NULL
    QSqlQuery links(m_store.database());
    links.prepare(QStringLiteral("SELECT f.\"from\", i.\"notnull\" FROM "
                                 "pragma_foreign_key_list(?) f JOIN pragma_table_info(?) i "
                                 "ON i.name = f.\"from\""));
    links.addBindValue(change.table);
    links.addBindValue(change.table);
    if (!links.exec())
        return std::nullopt;
    while (links.next())
        optionalLinks.insert(links.value(0).toString(), !links.value(1).toBool());
    SyncChange staying = change;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!it.value().isString() || !dropped.contains(it.value().toString()))
            continue;
        if (!optionalLinks.value(it.key(), false))
            return std::nullopt; // a row that must have them, or their id kept as a value
        staying.fields.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    return staying;
}

} // namespace bd
