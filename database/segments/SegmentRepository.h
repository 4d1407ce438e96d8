#pragma once

#include "app/domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

struct SavedSegment
{
    QString id;
    QString branchId;
    QString name;
    QString definitionJson;
    QString createdBy;     // staff id
    QString createdByName; // display name, for the list
    QString updatedAt;
    int version = 0;
};

// Saved segments (table segment), shared by everyone at the branch. Writes record their
// sync change through ChangeRecorder; call them inside the caller's Transaction.
class SegmentRepository
{
public:
    explicit SegmentRepository(Store &store);

    QList<SavedSegment> forBranch(const QString &branchId) const; // by name
    std::optional<SavedSegment> byId(const QString &id) const;    // not deleted
    std::optional<SavedSegment> byName(const QString &branchId, const QString &name) const;

    // The new segment's id.
    Result<QString> insert(const QString &branchId, const QString &name,
                           const QString &definitionJson, const QString &staffId);
    // Checks the base version: a conflict message if someone changed it since.
    Result<> update(const SavedSegment &segment, const QString &name,
                    const QString &definitionJson);
    Result<> remove(const SavedSegment &segment);

private:
    QList<SavedSegment> select(const QString &where, const QVariantList &values) const;

    Store &m_store;
};

} // namespace bd
