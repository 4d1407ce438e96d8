#pragma once

#include "database/segments/SegmentCompiler.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace bd {

class Store;

// Runs compiled segments on this thread's connection: the count, the ordered list of
// customer ids (run once per definition and sort), and pages of result rows by id.
class SegmentQueries
{
public:
    explicit SegmentQueries(const Store &store);

    Result<qint64> count(const CompiledSegment &segment) const;
    // orderBy from SegmentColumns::orderBy() only; limit < 0: all.
    Result<QStringList> customerIds(const CompiledSegment &segment, const QString &orderBy,
                                    int limit = -1) const;

    enum class PersonalData { Masked, Revealed };
    // One row per id, in the order of ids (empty values for an id that is gone): the values of columns (SegmentColumns
    // codes; unknown codes give empty values). "age" is whole years on today. Phone, ID
    // number and address are opened through SensitiveColumns and masked unless Revealed
    // (the caller checks the permission).
    Result<QList<QVariantList>> rows(const QStringList &ids, const QStringList &columns,
                                     const QDate &today,
                                     PersonalData personal = PersonalData::Masked) const;

    // (value, label) choices for the builder's editors (a failed read logs and offers none) of data-driven fields (tag,
    // manager, industry, locality, kyc_expected_return, kyc_horizon); empty for others.
    QList<QPair<QString, QString>> choices(const QString &fieldCode, const QString &branchId) const;


private:
    const Store &m_store;
};

} // namespace bd
