#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>

#include <optional>

namespace bd {

class ServerDatabase;

// Which branch keeps each customer (issue #7, 0005_customer_home.sql): only that branch may
// move them to another. Plain SQL that PostgreSQL and SQLite both take.
class CustomerHomes
{
public:
    explicit CustomerHomes(const ServerDatabase &database)
        : m_database(database)
    {
    }

    struct Home
    {
        BranchId branchId;
        BranchId previousBranchId; // the branch a move took them from; empty if none
    };
    std::optional<Home> of(const CustomerId &customer) const; // empty: unknown (or unreadable)

    // Replace: the branch's import is authoritative; KeepKnown: only customers the server
    // does not know yet are recorded (a branch's first push of a new customer).
    enum class Mode { Replace, KeepKnown };
    Result<> record(const BranchId &branch, const QList<CustomerId> &customers, Mode mode);
    Result<> move(const CustomerId &customer, const BranchId &from, const BranchId &to);

private:
    const ServerDatabase &m_database;
};

} // namespace bd
