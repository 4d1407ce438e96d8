#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class Store;

// The branch's product shelf as last loaded (a row of product_shelf): the validated file
// as canonical JSON and where it came from.
struct StoredShelf
{
    QString content;
    QString sourceName;
    QString loadedByName;
    QDateTime loadedAt;
    int version = 0;
};

// Reads and replaces the branch's stored shelf; a replacement is recorded for sync inside
// the caller's Transaction. Validation happens before, in ProductShelfFile: only a shelf
// that passed it is ever saved here.
class ProductShelfStore
{
public:
    explicit ProductShelfStore(Store &store);

    Result<std::optional<StoredShelf>> current(const BranchId &branch) const;
    Result<> replace(const BranchId &branch, const QString &content, const QString &sourceName,
                     const StaffId &by);

private:
    Store &m_store;
};

} // namespace bd
