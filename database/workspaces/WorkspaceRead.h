#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace bd {

class SqlQuery;
class Store;

// What the desks' read models share: a read of this thread's connection, each row handed
// over, a failure logged and taken as no rows (a desk shows what it can).
class WorkspaceRead
{
public:
    explicit WorkspaceRead(Store &store) : m_store(store) {}

protected:
    void run(const QString &sql, const QVariantList &values,
             const std::function<void(const SqlQuery &)> &eachRow) const;
    int count(const QString &sql, const QVariantList &values) const;
    static QDate dateOf(const QVariant &value); // a stored ISO day, or a null date

    Store &m_store;
};

} // namespace bd
