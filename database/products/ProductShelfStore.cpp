#include "database/products/ProductShelfStore.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace bd {

ProductShelfStore::ProductShelfStore(Store &store)
    : m_store(store)
{
}

Result<std::optional<StoredShelf>> ProductShelfStore::current(const BranchId &branch) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT p.content, p.source_name, coalesce(s.display_name, ''), "
                                  "p.loaded_at, p.version FROM product_shelf p "
                                  "LEFT JOIN staff_user s ON s.id = p.loaded_by "
                                  "WHERE p.id = ? AND p.deleted = 0"));
    query.bind(branch);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<StoredShelf>();
    StoredShelf shelf;
    shelf.content = query.text(0);
    shelf.sourceName = query.text(1);
    shelf.loadedByName = query.text(2);
    shelf.loadedAt = SqlTime::parseTimestamp(query.text(3));
    shelf.version = query.integer(4);
    return std::optional<StoredShelf>(shelf);
}

Result<> ProductShelfStore::replace(const BranchId &branch, const QString &content,
                                    const QString &sourceName, const StaffId &by)
{
    const Result<std::optional<StoredShelf>> before = current(branch);
    if (!before)
        return before.error();
    const int base = *before ? (*before)->version : 0;
    const QString now = SqlTime::now();
    SqlQuery write(m_store.database());
    if (base == 0) {
        // One row per branch, keyed by the branch: a tombstone of an older one is revived.
        write.prepare(QStringLiteral(
                "INSERT INTO product_shelf(id, branch_id, source_name, content, loaded_by, "
                "loaded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
                "SET source_name = excluded.source_name, content = excluded.content, "
                "loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at, "
                "updated_at = excluded.updated_at, deleted = 0, version = version + 1"));
        write.bind(branch).bind(branch).bind(sourceName).bind(content)
                .bind(SqlValue::orNull(by.toString())).bind(now).bind(now);
        if (Result<> ran = write.exec(); !ran)
            return ran;
    } else {
        write.prepare(QStringLiteral(
                "UPDATE product_shelf SET source_name = ?, content = ?, loaded_by = ?, "
                "loaded_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?"));
        write.bind(sourceName).bind(content).bind(SqlValue::orNull(by.toString())).bind(now)
                .bind(now).bind(branch).bind(base);
        if (Result<> ran = write.execOnOneRow(); !ran)
            return Error(ran.errorString().isEmpty()
                                 ? QCoreApplication::translate(
                                           "ProductShelfStore",
                                           "The shelf was replaced meanwhile; load the file again.")
                                 : ran.errorString());
    }
    const QVariantMap fields{{QStringLiteral("branch_id"), branch.toString()},
                             {QStringLiteral("source_name"), sourceName},
                             {QStringLiteral("content"), content},
                             {QStringLiteral("loaded_by"),
                              by.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(by.toString())},
                             {QStringLiteral("loaded_at"), now}};
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("product_shelf"), branch.toString(),
                                                fields, base);
}

} // namespace bd
