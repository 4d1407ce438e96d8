#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;

// One grant or withdrawal of consent for one purpose (a row of consent_record).
struct ConsentRecord
{
    QString id;
    CustomerId customerId;
    QString purpose;  // ConsentPurpose code
    bool granted = false;
    QString channel;  // where the customer said so: counter, phone, paper_form ...
    QString evidence; // form number, call reference
    QString staffId;
    QString staffName; // filled by history()
    QString recordedAt;
    QString stamp; // hybrid logical clock stamp: orders the records (history() newest first)
};

// consent_record: append-only history per customer and purpose. Rows are inserted, never
// updated (erasure tombstones them), so the history is the table itself.
class ConsentRepository
{
public:
    explicit ConsentRepository(Store &store);

    // Inserts the record (id and time made here) and its sync change; call inside a
    // Transaction. Returns the new id.
    Result<QString> insert(ConsentRecord record);
    // Newest first: by stamp (ending in the node id, so one total order on every
    // workstation), then, for records from before stamps, by recorded_at.
    QList<ConsentRecord> history(const CustomerId &customer) const;
    // The latest record of each purpose that has one.
    QList<ConsentRecord> current(const CustomerId &customer) const;

private:
    Store &m_store;
};

} // namespace bd
