#include "app/server/LogRetention.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

namespace bd {

qint64 LogRetention::compactedThrough(const BranchId &branch) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT through_seq FROM change_log_compaction "
                                         "WHERE branch_id = ?"));
    if (!query.run({ branch.toString() }) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Result<qint64> LogRetention::lastReceivedBefore(const BranchId &branch,
                                                const QDateTime &cutoff) const
{
    // Both stores compare the ISO text: PostgreSQL reads it as timestamptz, SQLite's
    // received_at is the same UTC text.
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log "
                                         "WHERE branch_id = ? AND received_at < ?"));
    if (Result<> read = query.run({ branch.toString(),
                                    cutoff.toUTC().toString(QStringLiteral(
                                            "yyyy-MM-ddTHH:mm:ss.zzzZ")) });
        !read)
        return read.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<> LogRetention::forgetThrough(const BranchId &branch, qint64 seq)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase db = m_database.connection();
    Result<> done = ServerStatement::exec(
            db,
            QStringLiteral("INSERT INTO change_log_compaction(branch_id, through_seq) VALUES (?, ?) "
                           "ON CONFLICT (branch_id) DO UPDATE SET through_seq = excluded.through_seq, "
                           "compacted_at = excluded.compacted_at"),
            { branch.toString(), seq });
    if (done)
        done = ServerStatement::exec(
                db, QStringLiteral("DELETE FROM change_log WHERE branch_id = ? AND seq <= ?"),
                { branch.toString(), seq });
    if (done)
        done = transaction->commit();
    return done;
}

} // namespace bd
