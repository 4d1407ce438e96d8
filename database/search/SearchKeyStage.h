#pragma once

#include "app/domain/Result.h"

#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

namespace bd {

// Search keys of a whole rebuild, staged as they are made and moved into
// customer_search_key sorted. Blind keys are hashes, in no order: inserted as made, each
// lands on a random page of a b-tree larger than any cache (an hour at a million customers,
// docs/BENCHMARKS.md); sorted, the index's pages are written once, in order. The stage is a
// temporary table of the connection, dropped with this object. Inside the caller's
// transaction.
class SearchKeyStage
{
public:
    explicit SearchKeyStage(sqlite3 *db);
    ~SearchKeyStage();
    Q_DISABLE_COPY_MOVE(SearchKeyStage)

    Result<> open();
    Result<> add(const QByteArray &key, const QByteArray &customerId);
    Result<> moveIntoIndex(); // INSERT OR IGNORE, in key order

private:
    Result<> execute(const char *sql);

    sqlite3 *m_db;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace bd
