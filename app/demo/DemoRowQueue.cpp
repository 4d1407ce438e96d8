#include "app/demo/DemoRowQueue.h"

#include "app/demo/DemoSql.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"

#include <sqlite3.h>

#include <algorithm>
#include <thread>

namespace bd::demo {

DemoRowQueue::DemoRowQueue(std::shared_ptr<const FieldKeys> keys, QString &error)
    : m_keys(std::move(keys))
    , m_error(error)
{
}

DemoRowQueue::~DemoRowQueue()
{
    waitForSealing();
}

DemoRowQueue::Value &DemoRowQueue::next()
{
    Batch &batch = m_batches[m_filling];
    if (batch.used == batch.values.size())
        batch.values.emplace_back();
    return batch.values[batch.used++];
}

void DemoRowQueue::integer(std::int64_t value)
{
    Value &slot = next();
    slot.kind = Value::Kind::Integer;
    slot.integer = value;
}

void DemoRowQueue::text(std::string_view value)
{
    Value &slot = next();
    slot.kind = Value::Kind::Text;
    slot.text.assign(value);
}

void DemoRowQueue::null()
{
    next().kind = Value::Kind::Null;
}

void DemoRowQueue::identifier(const char *column, std::string_view plain)
{
    Batch &batch = m_batches[m_filling];
    Value &slot = next();
    slot.kind = Value::Kind::Identifier;
    slot.text.assign(plain);
    slot.column = column;
    if (!plain.empty())
        batch.identifiers.push_back(batch.used - 1);
}

void DemoRowQueue::endRow(DemoStatement *statement)
{
    Batch &batch = m_batches[m_filling];
    batch.rows.push_back({statement, m_rowStart, batch.used - m_rowStart});
    m_rowStart = batch.used;
}

void DemoRowQueue::customerDone()
{
    Batch &batch = m_batches[m_filling];
    if (++batch.customers < kCustomersPerBatch)
        return;
    // The other batch was sealed meanwhile: write it, then seal this one while the caller
    // queues into the other.
    waitForSealing();
    write(m_batches[1 - m_filling]);
    startSealing(batch);
    m_filling = 1 - m_filling;
    m_rowStart = 0;
}

void DemoRowQueue::finish()
{
    waitForSealing();
    write(m_batches[1 - m_filling]);
    startSealing(m_batches[m_filling]);
    waitForSealing();
    write(m_batches[m_filling]);
    m_rowStart = 0;
}

void DemoRowQueue::startSealing(Batch &batch)
{
    if (batch.identifiers.empty() || !m_keys)
        return;
    // One share per core; the writing thread keeps drawing in the meantime.
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t share = (batch.identifiers.size() + workers - 1) / workers;
    const std::shared_ptr<const FieldKeys> keys = m_keys;
    for (std::size_t from = 0; from < batch.identifiers.size(); from += share) {
        const std::size_t to = std::min(batch.identifiers.size(), from + share);
        m_sealers.push_back(std::async(std::launch::async, [&batch, keys, from, to] {
            for (std::size_t i = from; i < to; ++i) {
                Value &value = batch.values[batch.identifiers[i]];
                value.text = SensitiveColumns::sealIdentifierWith(
                                     *keys, QStringLiteral("customer"),
                                     QString::fromLatin1(value.column),
                                     QString::fromStdString(value.text))
                                     .toStdString();
            }
        }));
    }
    m_sealing = true;
}

void DemoRowQueue::waitForSealing()
{
    for (std::future<void> &sealer : m_sealers)
        sealer.wait();
    m_sealers.clear();
    m_sealing = false;
}

void DemoRowQueue::write(Batch &batch)
{
    for (const Row &row : batch.rows) {
        sqlite3_stmt *statement = row.statement->m_statement;
        if (!statement || !m_error.isEmpty())
            break;
        for (std::size_t i = 0; i < row.count; ++i) {
            const Value &value = batch.values[row.first + i];
            const int position = int(i) + 1;
            switch (value.kind) {
            case Value::Kind::Integer:
                sqlite3_bind_int64(statement, position, value.integer);
                break;
            case Value::Kind::Null:
                sqlite3_bind_null(statement, position);
                break;
            case Value::Kind::Text:
            case Value::Kind::Identifier:
                // Static: the value outlives the step below.
                sqlite3_bind_text(statement, position, value.text.data(), int(value.text.size()),
                                  SQLITE_STATIC);
                break;
            }
        }
        row.statement->step();
    }
    batch.clear();
}

} // namespace bd::demo
