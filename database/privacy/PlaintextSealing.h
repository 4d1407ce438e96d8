#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;

// The upgrade of a file made before field encryption: seals every plain value of the
// sensitive columns (and of the outbox and conflict log that hold the same values) and
// rebuilds the search index with blind keys, in one transaction. Needs the data key open
// (FieldKeyring). Lives above the key ring because it reaches into the search index and
// the KYC search form.
class PlaintextSealing
{
public:
    explicit PlaintextSealing(Store &store);

    Result<> sealAll();
    // Whether sealAll() (or a writer that sealed from the start) finished with today's
    // list of columns: an interrupted upgrade, or one made before columns were added to
    // the list, is taken up again at the next sign-in.
    bool isSealed() const;
    static QString sealedSetting();
    static QString sealedListVersion(); // the value of sealedSetting() once sealed

private:
    Store &m_store;
};

} // namespace bd
