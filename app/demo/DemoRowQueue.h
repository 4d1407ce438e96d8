#pragma once

#include <QString>

#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bd {
class FieldKeys;
}

namespace bd::demo {

class DemoStatement;

// The rows of the last few hundred customers, held back so that their identifiers can be
// sealed on other threads before the rows are written. Each identifier is an anonymous
// sealed box to the reveal key (an X25519 operation or two, some 60-85 us here): four per
// customer cost more than writing the customer's 27 rows, and they were done one after
// the other on the writing thread. Rows are written in the very order they were queued and
// the random draws happen as before, so a seed still gives the same branch.
//
// While one batch is sealed (worker threads), the writer draws and queues the next; then
// the sealed batch is written, on the caller's thread and connection only.
class DemoRowQueue
{
public:
    DemoRowQueue(std::shared_ptr<const FieldKeys> keys, QString &error);
    ~DemoRowQueue(); // waits for sealing in flight; rows not yet written are dropped
    DemoRowQueue(const DemoRowQueue &) = delete;
    DemoRowQueue &operator=(const DemoRowQueue &) = delete;

    // The values of the row being bound, in column order (DemoStatement calls these).
    void integer(std::int64_t value);
    void text(std::string_view value);
    void null();
    void identifier(const char *column, std::string_view plain);
    void endRow(DemoStatement *statement);

    // After each customer: a full batch goes to the sealers, the one before is written.
    void customerDone();
    // Seals and writes everything still queued.
    void finish();

    static constexpr int kCustomersPerBatch = 256;

private:
    struct Value
    {
        enum class Kind : std::uint8_t { Integer, Text, Null, Identifier };
        Kind kind = Kind::Null;
        std::int64_t integer = 0;
        std::string text;               // an identifier's plain value, then its sealed form
        const char *column = nullptr;   // identifiers: which column (masks differ)
    };
    struct Row
    {
        DemoStatement *statement;
        std::size_t first; // index of its first value
        std::size_t count;
    };
    struct Batch
    {
        std::vector<Value> values; // reused: slots past `used` keep their string capacity
        std::size_t used = 0;
        std::vector<Row> rows;
        std::vector<std::size_t> identifiers; // indexes into values
        int customers = 0;
        void clear()
        {
            used = 0;
            rows.clear();
            identifiers.clear();
            customers = 0;
        }
    };

    Value &next();
    void startSealing(Batch &batch);
    void waitForSealing();
    void write(Batch &batch);

    std::shared_ptr<const FieldKeys> m_keys;
    QString &m_error;
    Batch m_batches[2];
    int m_filling = 0;       // the batch being queued into
    bool m_sealing = false;  // the other batch is being sealed
    std::vector<std::future<void>> m_sealers;
    std::size_t m_rowStart = 0;
};

} // namespace bd::demo
