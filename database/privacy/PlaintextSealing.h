#pragma once

#include "app/domain/Result.h"

#include <QString>

#include <functional>

namespace bd {

class Store;

// The upgrade of a file made before field encryption: seals every plain value of the
// sensitive columns (and of the outbox and conflict log that hold the same values) and
// rebuilds the search index with blind keys. Needs the data key open (FieldKeyring). Lives
// above the key ring because it reaches into the search index and the KYC search form.
// At a million customers this is minutes of work: the values are sealed in batches, each
// its own transaction, so that an upgrade stopped (or killed) half-way goes on from where it
// was at the next sign-in; the index is rebuilt in one transaction at the end (a stop there
// repeats the rebuild only). Safe on a worker thread (it uses that thread's connection).
class PlaintextSealing
{
public:
    enum class Step { Sealing, Indexing };
    // Called after each batch; returning false stops the upgrade there (an error, with
    // everything sealed so far kept).
    using Progress = std::function<bool(Step step, qint64 done, qint64 total)>;

    explicit PlaintextSealing(Store &store);

    Result<> sealAll(const Progress &progress = {});
    // Whether sealAll() (or a writer that sealed from the start) finished with today's
    // list of columns: an interrupted upgrade, or one made before columns were added to
    // the list, is taken up again at the next sign-in.
    bool isSealed() const;
    static QString sealedSetting();
    static QString sealedListVersion(); // the value of sealedSetting() once sealed
    static QString stoppedMessage();    // the error of an upgrade that Progress stopped
    // Rows per transaction (default 5000): small in tests, to stop one half-way.
    static void setBatchSizeForTesting(int rows);

private:
    // One column's plain values, batch by batch; `done` counts rows of the steps before.
    Result<> sealColumn(const QString &table, const QString &column, qint64 &done,
                        qint64 total, const Progress &progress, qint64 &sealedValues);
    Result<> sealOutboxAndConflicts();

    Store &m_store;
};

} // namespace bd
