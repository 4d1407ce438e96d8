#include "app/server/CustomerHomes.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

#include <QStringList>

#include <algorithm>

namespace bd {

std::optional<CustomerHomes::Home> CustomerHomes::of(const CustomerId &customer) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT branch_id, previous_branch_id FROM customer_home "
                                         "WHERE customer_id = ?"));
    if (!query.run({ customer.toString() }) || !query.next())
        return std::nullopt;
    return Home { BranchId(query.value(0).toString()),
                  BranchId(query.value(1).isNull() ? QString() : query.value(1).toString()) };
}

Result<> CustomerHomes::record(const BranchId &branch, const QList<CustomerId> &customers,
                               Mode mode)
{
    if (customers.isEmpty())
        return {};
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Several hundred rows a statement: an import of a million customers stays a few
    // thousand round trips.
    constexpr int kRowsPerStatement = 400;
    const QString conflict = mode == Mode::Replace
            ? QStringLiteral(" ON CONFLICT (customer_id) DO UPDATE SET "
                             "branch_id = excluded.branch_id, previous_branch_id = NULL")
            : QStringLiteral(" ON CONFLICT (customer_id) DO NOTHING");
    for (qsizetype from = 0; from < customers.size(); from += kRowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, customers.size() - from);
        QVariantList values;
        values.reserve(rows * 2);
        for (qsizetype i = from; i < from + rows; ++i)
            values << customers.at(i).toString() << branch.toString();
        const Result<> inserted = ServerStatement::exec(
                m_database.connection(),
                QStringLiteral("INSERT INTO customer_home(customer_id, branch_id) VALUES ")
                        + QStringList(rows, QStringLiteral("(?, ?)")).join(QLatin1Char(','))
                        + conflict,
                values);
        if (!inserted)
            return inserted;
    }
    return transaction->commit();
}

Result<> CustomerHomes::move(const CustomerId &customer, const BranchId &from, const BranchId &to)
{
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO customer_home(customer_id, branch_id, previous_branch_id) "
                           "VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                           "branch_id = excluded.branch_id, "
                           "previous_branch_id = excluded.previous_branch_id"),
            { customer.toString(), to.toString(), from.toString() });
}

} // namespace bd
