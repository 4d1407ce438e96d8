#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace bd::demo {

// The secondary indexes of a table, dropped for a bulk load and made again after it, from
// their own schema text, inside the caller's transaction. The customer's ten indexes are
// keyed by values in random order (AUM, names, sealed identifiers, the wide segment
// indexes): kept up row by row, every customer was ten inserts at random pages, each a
// possible page split; made at the end, each index is one sort and an append. Indexes that
// back a UNIQUE or PRIMARY KEY constraint have no schema text and stay.
class DemoDeferredIndexes
{
public:
    DemoDeferredIndexes(sqlite3 *db, const char *table, QString &error);
    // Makes them again (once; nothing if they could not be dropped).
    void restore();

private:
    sqlite3 *m_db;
    QString &m_error;
    std::vector<std::pair<std::string, std::string>> m_indexes; // name, CREATE INDEX text
};

} // namespace bd::demo
