#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/server/ServerDatabase.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bd {

// Each branch's baseline (see BaselinePage): the whole branch as pages, for a new
// workstation to start from, with the number of the last change of the branch's log it
// includes. Written by import-branch, read page by page by new workstations.
class BranchBaselines
{
public:
    explicit BranchBaselines(const ServerDatabase &database)
        : m_database(database)
    {
    }

    struct Baseline
    {
        QString id;
        qint64 asOf = 0;
        int pages = 0;
        qint64 rows = 0;
    };
    std::optional<Baseline> current(const BranchId &branch) const; // empty: none
    // The page's CBOR body; empty if `baselineId` is no longer current or no such page.
    QByteArray page(const BranchId &branch, const QString &baselineId, int page) const;

    class Import;
    // Starts replacing the branch's baseline. Until the import commits it holds the
    // branch's counter row, which keeps pushes out, so its `asOf` is exact.
    Result<Import> beginImport(const BranchId &branch);

private:
    const ServerDatabase &m_database;
};

// One import of a branch's baseline, in one transaction: pages in order, then the commit;
// an import that ends without its commit leaves the branch's baseline as it was.
class BranchBaselines::Import
{
public:
    Result<> addPage(const QString &table, int rows, const QByteArray &body);
    Result<Baseline> commit();

private:
    friend class BranchBaselines;
    Import(const ServerDatabase &database, BranchId branch, ServerTransaction transaction);

    const ServerDatabase &m_database;
    BranchId m_branch;
    ServerTransaction m_transaction;
    int m_pages = 0;
    qint64 m_rows = 0;
};

} // namespace bd
