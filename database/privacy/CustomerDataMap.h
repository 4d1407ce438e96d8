#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace bd {

// Where one customer's data lives, table by table: how to find their rows and what erasure
// does to each. Export and erasure both walk this map, so a table added here is exported
// and erased alike; tst_privacy fails when a table with a customer_id column is missing.
struct CustomerDataTable
{
    enum class Erasure {
        ClearColumns, // blank the listed columns, keep the row (statistics, foreign keys)
        Tombstone,    // mark the row deleted (after blanking the listed columns)
        Keep,         // no personal data beyond the link to the customer (amounts, codes)
    };
    struct Column
    {
        QString name;
        QVariant erasedValue;
    };

    QString table;
    // SQL condition selecting the customer's rows, with one `?` for the customer id.
    QString rowsOfCustomer;
    Erasure erasure = Erasure::Keep;
    QList<Column> personalColumns;
    bool synced = true;       // changes go through ChangeRecorder
    bool hasVersion = true;   // has version/updated_at (edits bump the version)
};

namespace CustomerDataMap {
// Every table holding rows of a customer other than `customer` itself (which erasure
// anonymises on its own) and the search index (rebuilt from the anonymised row).
const QList<CustomerDataTable> &tables();
// The columns of the customer row that erasure sets, and to what (cif_no and erased_at
// are set by the sweep itself).
const QList<CustomerDataTable::Column> &customerColumns();
} // namespace CustomerDataMap

} // namespace bd
