#include "database/sync/ReferenceBranches.h"

#include "app/common/SyncLogging.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

ReferenceBranches::ReferenceBranches(Store &store) : m_store(store) { }

Result<> ReferenceBranches::apply(const QJsonValue &list)
{
    if (list.isUndefined() || list.isNull())
        return {};
    if (!list.isArray()) {
        qCWarning(lcSync) << "the server's branch list is not an array; ignored";
        return {};
    }

    struct Local
    {
        QString code;
        QString name;
    };
    QHash<QString, Local> byId; // a handful of rows: compared here, written only if needed
    QHash<QString, QString> idByCode;
    QSqlQuery local(m_store.database());
    if (!local.exec(QStringLiteral("SELECT id, code, name FROM branch")))
        return Error(local.lastError().text());
    while (local.next()) {
        byId.insert(local.value(0).toString(), { local.value(1).toString(), local.value(2).toString() });
        idByCode.insert(local.value(1).toString(), local.value(0).toString());
    }
    local.finish();

    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                                  "updated_at) VALUES (?, ?, ?, '', '', ?, ?)"));
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE branch SET code = ?, name = ?, updated_at = ?, "
                                  "version = version + 1 WHERE id = ?"));
    const QJsonArray branches = list.toArray();
    for (const QJsonValue &value : branches) {
        const QJsonObject branch = value.toObject();
        const QString id = branch.value(QStringLiteral("id")).toString();
        const QString code = branch.value(QStringLiteral("code")).toString();
        const QString name = branch.value(QStringLiteral("name")).toString();
        if (id.isEmpty() || code.isEmpty() || name.isEmpty()) {
            qCWarning(lcSync) << "a branch without id, code or name in the server's list; ignored";
            continue;
        }
        // Codes are unique here as on the server; a code another local row still holds
        // (codes swapped between pulls) waits for that row to be renamed first.
        const QString holder = idByCode.value(code);
        if (!holder.isEmpty() && holder != id) {
            qCWarning(lcSync) << "branch" << id << "not applied: code" << code
                              << "is held by branch" << holder;
            ++m_heldBack;
            continue;
        }
        const auto known = byId.constFind(id);
        const bool isNew = known == byId.cend();
        if (!isNew && known->code == code && known->name == name)
            continue;
        QSqlQuery &write = isNew ? insert : update;
        const QString now = SqlTime::now();
        if (isNew) {
            insert.addBindValue(id);
            insert.addBindValue(code);
            insert.addBindValue(name);
            insert.addBindValue(now);
            insert.addBindValue(now);
        } else {
            update.addBindValue(code);
            update.addBindValue(name);
            update.addBindValue(now);
            update.addBindValue(id);
            idByCode.remove(known->code);
        }
        if (!write.exec())
            return Error(write.lastError().text());
        ++(isNew ? m_inserted : m_updated);
        idByCode.insert(code, id);
        byId.insert(id, { code, name });
    }
    return {};
}

} // namespace bd
