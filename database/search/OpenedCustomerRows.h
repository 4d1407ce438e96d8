#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace bd {

class SqlQuery;
class Store;

// The customers a rebuild of the search index reads (id, name, phone, id_number, cif_no,
// address, in that column order), served one by one with their identifiers already opened.
// Opening an identifier sealed to the reveal key is an X25519 operation (some 37 us here),
// three per customer: a million customers spent about two minutes on them, one after the
// other. Here a few thousand rows are read at a time and their identifiers opened on all
// cores; the rows still come out in the order the query gave them.
//
// Only a session that can open identifiers opens in parallel: one that cannot falls back
// to what its own thread sealed lately (SensitiveColumns::openForIndex, a per-thread
// memo), which only the reading thread holds.
class OpenedCustomerRows
{
public:
    struct Row
    {
        QString id;
        QString name;
        QVariant phone; // as stored (sealed)
        QVariant idNumber;
        QString cifNo;
        QVariant address;
        QString openedPhone; // empty when it cannot be opened
        QString openedIdNumber;
        QString openedAddress;
    };

    OpenedCustomerRows(Store &store, SqlQuery &customers, bool inParallel);
    ~OpenedCustomerRows();
    // The next row, or nullptr at the end of the query.
    const Row *next();

    static constexpr std::size_t kRowsPerRead = 4096;

private:
    void readMore();

    Store &m_store;
    SqlQuery &m_customers;
    bool m_inParallel;
    std::vector<Row> m_rows;
    std::size_t m_next = 0;
    bool m_done = false;
};

} // namespace bd
