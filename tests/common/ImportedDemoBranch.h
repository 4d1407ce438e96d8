#pragma once

// A demo branch (DemoBranchGenerator) imported into a running branchdesk-server, and what
// the tests of snapshots, retention and rebuilding do to its workstations: customer edits,
// the outbox counted, the server's log compacted a month later.
#include "SyncServerFixture.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/Result.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace bd::test {

struct ImportedDemoBranch
{
    QString branchId;
    QStringList customers; // the first ones by id
    QString said; // what import-branch printed
};

// Generates a demo branch of `customers` customers into `source` and imports it into the
// server with its branch head, which keeps its snapshot for new workstations.
inline Result<ImportedDemoBranch> importDemoBranch(const SyncServerFixture &server, Store &source,
                                                   int customers, int firstCustomers)
{
    DemoBranchGenerator::Options options;
    options.customers = customers;
    if (const Result<> generated = DemoBranchGenerator().generate(source, options); !generated)
        return generated.error();
    ImportedDemoBranch branch;
    QSqlQuery query(source.database());
    if (!query.exec(QStringLiteral("SELECT id FROM branch")) || !query.next())
        return Error(QStringLiteral("the demo file has no branch"));
    branch.branchId = query.value(0).toString();
    query.prepare(QStringLiteral("SELECT id FROM customer ORDER BY id LIMIT ?"));
    query.addBindValue(firstCustomers);
    if (!query.exec())
        return Error(query.lastError().text());
    while (query.next())
        branch.customers << query.value(0).toString();
    query.finish();
    branch.said = server.importBranch(source.path());
    if (!branch.said.contains(QStringLiteral("Snapshot for new workstations")))
        return Error(QStringLiteral("import-branch said: ") + branch.said);
    return branch;
}

// Changes one customer's address (personal data) and occupation (its first word), recorded
// for sync, as the desk's customer form saves them.
inline Result<> editAddress(Store &store, const QString &customerId, const QString &address)
{
    QSqlQuery version(store.database());
    version.prepare(QStringLiteral("SELECT version FROM customer WHERE id = ?"));
    version.addBindValue(customerId);
    if (!version.exec() || !version.next())
        return Error(QStringLiteral("no customer ") + customerId);
    const int current = version.value(0).toInt();
    version.finish();
    Transaction transaction(store.database());
    const Result<CustomerRepository::UpdateResult> updated = CustomerRepository(store).update(
            customerId,
            { { QStringLiteral("address"), address },
              { QStringLiteral("occupation"), address.section(u' ', 0, 0) } },
            current);
    if (!updated)
        return updated.error();
    if (*updated != CustomerRepository::UpdateResult::Updated)
        return Error(QStringLiteral("the customer was not updated"));
    if (!transaction.commit())
        return Error(QStringLiteral("the edit was not committed"));
    return {};
}

// The changes a workstation has not sent yet (-1 if they cannot be counted).
inline int outboxSize(Store &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && query.next()
            ? query.value(0).toInt()
            : -1;
}

// A month later: every change in the server's log made 30 days old, then folded into the
// snapshot by `compact-log` with a retention of 7 days.
inline Result<> compactTheLogAMonthLater(SyncServerFixture &server)
{
    QString problem;
    {
        QSqlDatabase direct = server.openDirect(QStringLiteral("age"));
        const QString aged = server.driver() == SyncServerFixture::Driver::Postgres
                ? QStringLiteral("UPDATE change_log SET received_at = "
                                 "received_at - interval '30 days'")
                : QStringLiteral("UPDATE change_log SET received_at = "
                                 "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')");
        QSqlQuery query(direct);
        if (!query.exec(aged))
            problem = query.lastError().text();
        direct.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    if (!problem.isEmpty())
        return Error(problem);
    const SyncServerFixture::Run compacted
            = server.runCommand({ QStringLiteral("--snapshot-dir"), server.snapshotDir(),
                                  QStringLiteral("--retention-days"), QStringLiteral("7"),
                                  QStringLiteral("compact-log") });
    if (compacted.exitCode != 0 || !compacted.output.contains(QStringLiteral("folded")))
        return Error(compacted.output + compacted.errors);
    return {};
}

} // namespace bd::test
