#pragma once

#include "app/domain/Result.h"
#include "database/core/SqlQuery.h"
#include "database/sync/ChangeRecorder.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bd {

class Store;

// Inserts rows of one synced table as TaskRows::insert says (sealed at rest, the change
// recorded for sync, base version 0), with its statements prepared once and re-bound for
// each row: a call list of 20,000 tasks prepared four statements per task before
// (docs/BENCHMARKS.md, bench_call_list). Keep it for the rows of one transaction, on the
// thread whose connection it uses.
class TaskRowInserter
{
public:
    TaskRowInserter(Store &store, const QString &table);
    Q_DISABLE_COPY_MOVE(TaskRowInserter)

    // Inserts the row `id` with `fields` (column -> value; fixed names, never user input)
    // and updated_at.
    Result<> insert(const QString &id, const QVariantMap &fields, const QString &updatedAt);

private:
    Store &m_store;
    QString m_table;
    QStringList m_columns; // those the kept INSERT names
    SqlQuery m_insert;
    ChangeRecorder m_recorder;
};

} // namespace bd
