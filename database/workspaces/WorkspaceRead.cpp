#include "database/workspaces/WorkspaceRead.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

namespace bd {

void WorkspaceRead::run(const QString &sql, const QVariantList &values,
                        const std::function<void(const SqlQuery &)> &eachRow) const
{
    SqlQuery::selectEach(m_store.database(), sql, values, eachRow);
}

int WorkspaceRead::count(const QString &sql, const QVariantList &values) const
{
    int result = 0;
    run(sql, values, [&](const SqlQuery &q) { result = q.value(0).toInt(); });
    return result;
}

QDate WorkspaceRead::dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace bd
