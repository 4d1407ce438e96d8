#pragma once

// What a file-holder with sqlite3 can do to a workstation's audit chain: triggers dropped,
// rows replaced, every hash recomputed so that the chain itself links up again (issue 14,
// found 3). For tests that show the server's checkpoints catch it.
#include "app/common/AuditChain.h"
#include "database/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace bd::test {

inline void rewriteAuditChain(const QString &db,
                              const std::function<void(QList<AuditEntry> &)> &change)
{
    Store store;
    QVERIFY(store.open(db));
    QSqlQuery query(store.database());
    QList<AuditEntry> entries;
    QVERIFY(query.exec(QStringLiteral(
            "SELECT seq, id, occurred_at, coalesce(actor_id, ''), actor_name, action, entity, "
            "entity_id, detail_json, prev_hash, hash FROM audit_log ORDER BY seq")));
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(0).toLongLong();
        e.id = query.value(1).toString();
        e.occurredAt = query.value(2).toString();
        e.actorId = query.value(3).toString();
        e.actorName = query.value(4).toString();
        e.action = query.value(5).toString();
        e.entity = query.value(6).toString();
        e.entityId = query.value(7).toString();
        e.detailJson = query.value(8).toString();
        e.prevHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        entries << e;
    }
    change(entries);
    QString previous = AuditChain::genesisHash();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].seq = i + 1;
        entries[i].prevHash = previous;
        entries[i].hash = AuditChain::entryHash(entries[i]);
        previous = entries[i].hash;
    }
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log")));
    for (const AuditEntry &e : std::as_const(entries)) {
        query.prepare(QStringLiteral(
                "INSERT INTO audit_log(seq, id, occurred_at, actor_id, actor_name, action, "
                "entity, entity_id, detail_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        for (const QVariant &v : QVariantList{e.seq, e.id, e.occurredAt, e.actorId, e.actorName,
                                              e.action, e.entity, e.entityId, e.detailJson,
                                              e.prevHash, e.hash})
            query.addBindValue(v);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    query.finish();
    store.close();
}

// The rewrites `audit verify` must report, as data rows of a test: "tampering" (truncate,
// insert, recompute: what the test does with rewriteAuditChain) and "reported" (what the
// verification must say).
inline void chainRewriteRows()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("reported");
    QTest::newRow("last entries cut off") << QStringLiteral("truncate")
                                          << QStringLiteral("cut off");
    QTest::newRow("entry inserted, hashes recomputed") << QStringLiteral("insert")
                                                       << QStringLiteral("rewritten");
    QTest::newRow("an action changed, whole chain recomputed") << QStringLiteral("recompute")
                                                               << QStringLiteral("rewritten");
}

} // namespace bd::test
