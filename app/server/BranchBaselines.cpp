#include "app/server/BranchBaselines.h"

#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace bd {

std::optional<BranchBaselines::Baseline> BranchBaselines::current(const BranchId &branch) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT baseline_id, as_of_seq, pages, row_count "
                                         "FROM branch_baseline WHERE branch_id = ?"));
    if (!query.run({ branch.toString() }) || !query.next())
        return std::nullopt;
    return Baseline { query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toInt(), query.value(3).toLongLong() };
}

QByteArray BranchBaselines::page(const BranchId &branch, const QString &baselineId, int page) const
{
    ServerStatement query(
            m_database.connection(),
            QStringLiteral("SELECT p.body FROM baseline_page p JOIN branch_baseline b "
                           "ON b.branch_id = p.branch_id WHERE p.branch_id = ? "
                           "AND b.baseline_id = ? AND p.page_no = ?"));
    if (!query.run({ branch.toString(), baselineId, page }) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

Result<BranchBaselines::Import> BranchBaselines::beginImport(const BranchId &branch)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Holding the branch's counter row keeps pushes out until the import commits, so the
    // baseline's as_of_seq is exactly the log it was taken against.
    const QSqlDatabase db = m_database.connection();
    ServerStatement counter(db, m_database.dialect().counterForUpdateSql());
    if (Result<> read = counter.run({ branch.toString() }); !read)
        return read.error();
    if (!counter.next())
        return Error(QCoreApplication::translate("ServerStore", "Unknown branch %1.")
                             .arg(branch.toString()));
    const Result<> cleared = ServerStatement::exec(
            db, QStringLiteral("DELETE FROM baseline_page WHERE branch_id = ?"),
            { branch.toString() });
    if (!cleared)
        return cleared.error();
    return Import(m_database, branch, std::move(*transaction));
}

BranchBaselines::Import::Import(const ServerDatabase &database, BranchId branch,
                                ServerTransaction transaction)
    : m_database(database)
    , m_branch(std::move(branch))
    , m_transaction(std::move(transaction))
{
}

Result<> BranchBaselines::Import::addPage(const QString &table, int rows, const QByteArray &body)
{
    const Result<> added = ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO baseline_page(branch_id, page_no, table_name, row_count, "
                           "body) VALUES (?, ?, ?, ?, ?)"),
            { m_branch.toString(), m_pages + 1, table, rows, body });
    if (added) {
        ++m_pages;
        m_rows += rows;
    }
    return added;
}

Result<BranchBaselines::Baseline> BranchBaselines::Import::commit()
{
    const QSqlDatabase db = m_database.connection();
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    Baseline baseline;
    baseline.id = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(random), sizeof(random)).toHex());
    baseline.pages = m_pages;
    baseline.rows = m_rows;
    ServerStatement counter(
            db,
            QStringLiteral("SELECT next_seq - 1 FROM branch_change_counter WHERE branch_id = ?"));
    if (Result<> read = counter.run({ m_branch.toString() }); !read)
        return read.error();
    if (!counter.next())
        return Error(QCoreApplication::translate("ServerStore", "Unknown branch %1.")
                             .arg(m_branch.toString()));
    baseline.asOf = counter.value(0).toLongLong();
    const Result<> recorded = ServerStatement::exec(
            db,
            QStringLiteral(
                    "INSERT INTO branch_baseline(branch_id, baseline_id, as_of_seq, pages, "
                    "row_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (branch_id) DO UPDATE "
                    "SET baseline_id = excluded.baseline_id, as_of_seq = excluded.as_of_seq, "
                    "pages = excluded.pages, row_count = excluded.row_count, "
                    "imported_at = excluded.imported_at"), // the column's default: now
            { m_branch.toString(), baseline.id, baseline.asOf, baseline.pages, baseline.rows });
    if (!recorded)
        return recorded.error();
    if (Result<> committed = m_transaction.commit(); !committed)
        return committed.error();
    return baseline;
}

} // namespace bd
