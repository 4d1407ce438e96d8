#include "database/search/OpenedCustomerRows.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QtConcurrent/QtConcurrentMap>

namespace bd {

OpenedCustomerRows::OpenedCustomerRows(Store &store, SqlQuery &customers, bool inParallel)
    : m_store(store)
    , m_customers(customers)
    , m_inParallel(inParallel)
{
    m_rows.reserve(kRowsPerRead);
}

OpenedCustomerRows::~OpenedCustomerRows() = default;

const OpenedCustomerRows::Row *OpenedCustomerRows::next()
{
    if (m_next == m_rows.size()) {
        if (m_done)
            return nullptr;
        readMore();
        if (m_rows.empty())
            return nullptr;
    }
    return &m_rows[m_next++];
}

void OpenedCustomerRows::readMore()
{
    m_rows.clear();
    m_next = 0;
    while (m_rows.size() < kRowsPerRead) {
        if (!m_customers.next()) {
            m_done = true;
            break;
        }
        m_rows.push_back({m_customers.value(0).toString(), m_customers.value(1).toString(),
                          m_customers.value(2), m_customers.value(3),
                          m_customers.value(4).toString(), m_customers.value(5), {}, {}, {}});
    }
    const auto open = [this](Row &row) {
        row.openedPhone = SensitiveColumns::openForIndex(m_store, row.phone);
        row.openedIdNumber = SensitiveColumns::openForIndex(m_store, row.idNumber);
        row.openedAddress = SensitiveColumns::openForIndex(m_store, row.address);
    };
    if (m_inParallel) {
        QtConcurrent::blockingMap(m_rows, open);
    } else {
        for (Row &row : m_rows)
            open(row);
    }
}

} // namespace bd
