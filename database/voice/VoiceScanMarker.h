#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;

// How far the background reading of old notes got (local: app_setting, never synced): the
// lexicon version it reads with, the table and the last row id done. A new lexicon starts
// the pass again from the first table.
struct VoiceScanMarker
{
    QString lexicon;
    QString table;
    QString afterId;
    bool finished = false;

    static Result<VoiceScanMarker> load(Store &store);
    Result<> save(Store &store) const; // inside the transaction of the rows it covers
};

} // namespace bd
