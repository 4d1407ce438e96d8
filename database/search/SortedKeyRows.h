#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

struct sqlite3;

namespace bd {

// Search keys already in the order SQLite keeps them, inserted into customer_search_key by
// one INSERT ... SELECT over a table-valued function that reads them from memory
// (bd_sorted_keys, registered on the connection the first time). Stepping one INSERT per
// key opened and closed the table's cursors and its foreign-key check for each of the
// ~340,000 keys of 10,000 new customers: about a third of inserting them (issue 13).
// Inside the caller's transaction.
class SortedKeyRows
{
public:
    struct Row
    {
        const char *key;
        int keySize;
        const char *customerId;
        int customerIdSize;
    };
    // `rowAt(i)` for i in [0, count): the rows in the order they go in.
    using RowAt = std::function<Row(qsizetype)>;
    static Result<> insertOrIgnore(sqlite3 *db, qsizetype count, const RowAt &rowAt);
};

} // namespace bd
