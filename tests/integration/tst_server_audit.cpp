// branchdesk-server anchoring the workstations' audit chains (issue 14, found 3;
// docs/SECURITY.md §8.2), over real HTTP: a token bound to the workstation its sign-in
// named, actors bound to the accounts that signed in from it, and signed checkpoints that
// `branchdesk-admin audit verify` holds a cut or rewritten chain to, offline and online.
// Built twice: over PostgreSQL and (BRANCHDESK_TEST_SQLITE_STORE) the embedded SQLite store.
#include "../common/AuditTampering.h"
#include "../common/AuditWire.h"
#include "../common/ProgramRun.h"
#include "../common/SyncServerFixture.h"
#include "app/common/AuditCheckpoint.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "app/sync/SyncEngine.h"
#include "database/sync/SyncState.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace bd;

namespace {
constexpr auto kDriver = test::storeOfThisBuild(test::SyncServerFixture::Driver::Postgres);
const QString kBranch = QStringLiteral("branch-a");
const QString kOtherBranch = QStringLiteral("branch-b");
const QString kPassword = QStringLiteral("secret-1");

AuditEntry entry(qint64 seq, const QString &previous, const QString &actorId,
                 const QString &actorName, const QString &action)
{
    AuditEntry e;
    e.seq = seq;
    e.id = Uuid7Generator::generate();
    e.occurredAt = QStringLiteral("2026-12-06T09:00:00.000Z");
    e.actorId = actorId;
    e.actorName = actorName;
    e.action = action;
    e.entity = QStringLiteral("customer");
    e.entityId = QStringLiteral("c-1");
    e.detailJson = QStringLiteral("{\"field\":\"id_number\"}");
    e.prevHash = previous;
    e.hash = AuditChain::entryHash(e);
    return e;
}

using Run = test::ProgramBytes;
} // namespace

class tst_ServerAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTokenIsBoundToItsWorkstation();
    void anActorMustHaveSignedInFromTheWorkstation();
    void aDeskOnlyActorMustBeKnownFromTheWorkstation();
    void anOldWorkstationIsToldToUpdate();
    void auditVerifyHoldsTheChainToTheRealServersCheckpoint_data();
    void auditVerifyHoldsTheChainToTheRealServersCheckpoint();

private:
    test::SyncServerFixture::Answer postAudit(const QByteArray &token, const QString &node,
                                              const QList<AuditEntry> &entries,
                                              int protocol = SyncProtocol::kVersion);
    QStringList statuses(const test::SyncServerFixture::Answer &answer) const;
    int storedFor(const QString &node, const QString &where = QStringLiteral("1 = 1"));
    QByteArray serverKey();
    Run admin(const QStringList &arguments);

    test::SyncServerFixture m_fixture { kDriver };
    QTemporaryDir m_dir;
};

void tst_ServerAudit::initTestCase()
{
    m_fixture.setServerLogFile(m_dir.filePath(QStringLiteral("server.log")));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_fixture.addBranch(kBranch, QStringLiteral("310101")));
    QVERIFY(m_fixture.addBranch(kOtherBranch, QStringLiteral("310102")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("teller.t"), kBranch, StaffRole::Teller, kPassword));
    QVERIFY(m_fixture.addAccount(QStringLiteral("head.h"), kBranch, StaffRole::BranchHead, kPassword));
    QVERIFY(m_fixture.addAccount(QStringLiteral("wm.a"), kBranch, StaffRole::WealthManager,
                                 kPassword));
    QVERIFY(m_fixture.addAccount(QStringLiteral("b.wm"), kOtherBranch, StaffRole::WealthManager,
                                 kPassword));
    QVERIFY(m_fixture.addAccount(QStringLiteral("admin.a"), kBranch, StaffRole::Admin, kPassword));
}

test::SyncServerFixture::Answer tst_ServerAudit::postAudit(const QByteArray &token,
                                                           const QString &node,
                                                           const QList<AuditEntry> &entries,
                                                           int protocol)
{
    QJsonArray list;
    for (const AuditEntry &e : entries)
        list << test::auditEntryJson(e);
    const QJsonObject body { { QStringLiteral("protocol"), protocol },
                             { QStringLiteral("origin_node"), node },
                             { QStringLiteral("entries"), list } };
    return m_fixture.request(QStringLiteral("POST"), QStringLiteral("/v1/audit"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QStringList tst_ServerAudit::statuses(const test::SyncServerFixture::Answer &answer) const
{
    QStringList list;
    for (const QJsonValue &result : answer.body.value(QStringLiteral("results")).toArray())
        list << result[QStringLiteral("status")].toString();
    return list;
}

int tst_ServerAudit::storedFor(const QString &node, const QString &where)
{
    int count = -1;
    {
        QSqlDatabase db = m_fixture.openDirect(QStringLiteral("audit"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM audit_entry WHERE origin_node = ? "
                                     "AND ")
                      + where);
        query.addBindValue(node);
        if (query.exec() && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return count;
}

// The key the server publishes at /health (what a workstation pins).
QByteArray tst_ServerAudit::serverKey()
{
    const auto health = m_fixture.request(QStringLiteral("GET"), QStringLiteral("/health"));
    return QByteArray::fromBase64(health.body.value(QStringLiteral("audit_key"))
                                          .toObject()
                                          .value(QStringLiteral("public_key"))
                                          .toString()
                                          .toLatin1());
}

Run tst_ServerAudit::admin(const QStringList &arguments)
{
    QProcessEnvironment env = test::homeEnvironment(m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("BRANCHDESK_PASSWORD"), kPassword);
    return test::runProgramBytes(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments, env, 120000);
}

void tst_ServerAudit::aTokenIsBoundToItsWorkstation()
{
    // Found 3: /v1/audit took any origin node from any token. Now a node's chain grows only
    // with a token whose sign-in named that node.
    const QString zero = AuditChain::genesisHash();
    const QList<AuditEntry> own { entry(1, zero, QStringLiteral("staff-t"),
                                        QStringLiteral("teller.t"),
                                        QStringLiteral("customer_view")) };
    const QByteArray bound = m_fixture.signIn(QStringLiteral("teller.t"), kPassword,
                                              QStringLiteral("node-t1"));
    QVERIFY(!bound.isEmpty());
    QCOMPARE(postAudit(bound, QStringLiteral("node-elsewhere"), own).status, 403);
    const QByteArray unbound = m_fixture.signIn(QStringLiteral("teller.t"), kPassword);
    QVERIFY(!unbound.isEmpty());
    QCOMPARE(postAudit(unbound, QStringLiteral("node-t1"), own).status, 403);
    QCOMPARE(storedFor(QStringLiteral("node-elsewhere")), 0);
    QCOMPARE(storedFor(QStringLiteral("node-t1")), 0);

    // The node is branch A's now: an account of branch B cannot sign in naming it.
    const QJsonObject other { { QStringLiteral("username"), QStringLiteral("b.wm") },
                              { QStringLiteral("password"), kPassword },
                              { QStringLiteral("protocol"), SyncProtocol::kVersion },
                              { QStringLiteral("node"), QStringLiteral("node-t1") } };
    QCOMPARE(m_fixture.request(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                               QJsonDocument(other).toJson())
                     .status,
             403);
    // Its own entries go up with the bound token.
    QCOMPARE(statuses(postAudit(bound, QStringLiteral("node-t1"), own)),
             QStringList { QStringLiteral("applied") });
}

void tst_ServerAudit::anActorMustHaveSignedInFromTheWorkstation()
{
    // Found 3: a teller stored "head revealed id_number" entries. The actor of an entry
    // must be the caller or an account that signed in from this workstation.
    const QString node = QStringLiteral("node-t2");
    const QByteArray teller = m_fixture.signIn(QStringLiteral("teller.t"), kPassword, node);
    QVERIFY(!teller.isEmpty());
    const QString zero = AuditChain::genesisHash();
    const AuditEntry own = entry(1, zero, QStringLiteral("staff-t"), QStringLiteral("teller.t"),
                                 QStringLiteral("customer_view"));
    const AuditEntry forged = entry(2, own.hash, QStringLiteral("staff-h"),
                                    QStringLiteral("head.h"), QStringLiteral("reveal"));
    const test::SyncServerFixture::Answer answer = postAudit(teller, node, { own, forged });
    QCOMPARE(answer.status, 200);
    QCOMPARE(statuses(answer), QStringList({ QStringLiteral("applied"), QStringLiteral("refused") }));
    const QString reason = answer.body.value(QStringLiteral("results"))
                                   .toArray()
                                   .at(1)[QStringLiteral("reason")]
                                   .toString();
    QVERIFY2(reason.contains(QStringLiteral("head.h has not signed in")), qPrintable(reason));
    // Without an actor id, as the desk records a failed sign-in: not for a reveal.
    const AuditEntry anonymous = entry(2, own.hash, {}, QStringLiteral("head.h"),
                                       QStringLiteral("reveal"));
    QCOMPARE(statuses(postAudit(teller, node, { anonymous })),
             QStringList { QStringLiteral("refused") });
    // Nor under the name "system" (what AuditTrail::record writes without a session): a
    // file holder's "system revealed id_number" was stored as anonymous (SECURITY.md §8.2).
    const AuditEntry system = entry(2, own.hash, {}, QStringLiteral("system"),
                                    QStringLiteral("reveal_personal_data"));
    QCOMPARE(statuses(postAudit(teller, node, { system })),
             QStringList { QStringLiteral("refused") });
    QCOMPARE(storedFor(node), 1);
    QCOMPARE(storedFor(node, QStringLiteral("action = 'reveal'")), 0);

    // The refusals are in the server's log, with who sent them.
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("\"audit_refused\"") && logged.contains("\"user\":\"teller.t\""),
             logged.right(2000).constData());

    // The answer vouches for what the server holds: entry 1, signed with the published key.
    const std::optional<AuditCheckpoint> checkpoint = AuditCheckpoint::fromJson(
            answer.body.value(QStringLiteral("checkpoint")).toObject());
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->node, node);
    QCOMPARE(checkpoint->branch, kBranch);
    QCOMPARE(checkpoint->seq, 1);
    QCOMPARE(checkpoint->serverSeq, 1);
    QCOMPARE(checkpoint->hash, own.hash);
    QVERIFY(checkpoint->verify(serverKey()));

    // Once the branch head has signed in from this workstation, its entries are its own.
    QVERIFY(!m_fixture.signIn(QStringLiteral("head.h"), kPassword, node).isEmpty());
    const auto later = postAudit(teller, node, { forged });
    QCOMPARE(statuses(later), QStringList { QStringLiteral("applied") });
    QCOMPARE(AuditCheckpoint::fromJson(later.body.value(QStringLiteral("checkpoint")).toObject())
                     ->serverSeq,
             2);
}

void tst_ServerAudit::aDeskOnlyActorMustBeKnownFromTheWorkstation()
{
    // SECURITY.md §8.2 (was open): a name the server has no account for was stored as a
    // `local` actor, so a file holder uploaded entries in any invented name. Now a desk-only
    // account is known only once its row came up from this workstation, pushed by an account
    // that may manage users and signed in naming it (no password hash needed).
    const QString node = QStringLiteral("node-t3");
    const QByteArray teller = m_fixture.signIn(QStringLiteral("teller.t"), kPassword, node);
    QVERIFY(!teller.isEmpty());
    const AuditEntry own = entry(1, AuditChain::genesisHash(), QStringLiteral("staff-t"),
                                 QStringLiteral("teller.t"), QStringLiteral("customer_view"));
    const AuditEntry invented = entry(2, own.hash, QStringLiteral("staff-c"),
                                      QStringLiteral("clerk.c"), QStringLiteral("customer_view"));
    const auto before = postAudit(teller, node, { own, invented });
    QCOMPARE(statuses(before), QStringList({ QStringLiteral("applied"), QStringLiteral("refused") }));
    const QString reason = before.body.value(QStringLiteral("results")).toArray().at(1)
                                   [QStringLiteral("reason")].toString();
    QVERIFY2(reason.contains(QStringLiteral("clerk.c")), qPrintable(reason));
    QCOMPARE(storedFor(node), 1);

    // The administrator makes the account on this workstation; its row goes up without hash.
    const QByteArray admin = m_fixture.signIn(QStringLiteral("admin.a"), kPassword, node);
    QVERIFY(!admin.isEmpty());
    const QJsonObject account { { QStringLiteral("branch_id"), kBranch },
                                { QStringLiteral("username"), QStringLiteral("clerk.c") },
                                { QStringLiteral("display_name"), QStringLiteral("Clerk") },
                                { QStringLiteral("role"), QStringLiteral("teller") },
                                { QStringLiteral("active"), 1 } };
    const QJsonObject change { { QStringLiteral("change_id"), Uuid7Generator::generate() },
                               { QStringLiteral("table"), QStringLiteral("staff_user") },
                               { QStringLiteral("row_id"), QStringLiteral("staff-c") },
                               { QStringLiteral("op"), QStringLiteral("upsert") },
                               { QStringLiteral("fields"), account },
                               { QStringLiteral("base_version"), 0 },
                               { QStringLiteral("hlc"), QStringLiteral("2026-12-06T09:00:00.000Z-0001-t3") },
                               { QStringLiteral("origin_node"), node },
                               { QStringLiteral("schema_version"), 1 } };
    const QJsonObject push { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                             { QStringLiteral("branch_id"), kBranch },
                             { QStringLiteral("changes"), QJsonArray { change } } };
    const auto pushed = m_fixture.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                          QJsonDocument(push).toJson(), admin);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(statuses(pushed), QStringList { QStringLiteral("applied") });

    // The name under another id is not that account; under its own id it is.
    const AuditEntry impostor = entry(2, own.hash, QStringLiteral("staff-z"),
                                      QStringLiteral("clerk.c"), QStringLiteral("customer_view"));
    QCOMPARE(statuses(postAudit(teller, node, { impostor })),
             QStringList { QStringLiteral("refused") });
    QCOMPARE(statuses(postAudit(teller, node, { invented })),
             QStringList { QStringLiteral("applied") });
    QCOMPARE(storedFor(node, QStringLiteral("actor_check = 'local'")), 1);
    // Nor does the account act on another workstation it was not sent from.
    const QString other = QStringLiteral("node-t4");
    const QByteArray elsewhere = m_fixture.signIn(QStringLiteral("teller.t"), kPassword, other);
    QVERIFY(!elsewhere.isEmpty());
    const AuditEntry there = entry(1, AuditChain::genesisHash(), QStringLiteral("staff-c"),
                                   QStringLiteral("clerk.c"), QStringLiteral("customer_view"));
    QCOMPARE(statuses(postAudit(elsewhere, other, { there })),
             QStringList { QStringLiteral("refused") });
    QCOMPARE(storedFor(other), 0);
}

void tst_ServerAudit::anOldWorkstationIsToldToUpdate()
{
    // A version-3 workstation does not know the actor rules above: told to update (426, with
    // a message and the server's version), not answered entry by entry.
    const QString node = QStringLiteral("node-t5");
    const QByteArray teller = m_fixture.signIn(QStringLiteral("teller.t"), kPassword, node);
    QVERIFY(!teller.isEmpty());
    const AuditEntry own = entry(1, AuditChain::genesisHash(), QStringLiteral("staff-t"),
                                 QStringLiteral("teller.t"), QStringLiteral("customer_view"));
    const auto answer = postAudit(teller, node, { own }, 3);
    QCOMPARE(answer.status, 426);
    QCOMPARE(answer.body.value(QStringLiteral("server_protocol")).toInt(), SyncProtocol::kVersion);
    QVERIFY2(answer.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("update")),
             qPrintable(answer.body.value(QStringLiteral("error")).toString()));
    QCOMPARE(storedFor(node), 0);
    QCOMPARE(statuses(postAudit(teller, node, { own })), QStringList { QStringLiteral("applied") });
}

void tst_ServerAudit::auditVerifyHoldsTheChainToTheRealServersCheckpoint_data()
{
    test::chainRewriteRows();
}

void tst_ServerAudit::auditVerifyHoldsTheChainToTheRealServersCheckpoint()
{
    // Found 3: cutting, inserting into or recomputing the chain passed `audit verify`,
    // because the real server signed nothing. A workstation syncs with the real server,
    // keeps its checkpoint, and the tampered file fails verification offline and, with
    // the kept checkpoint and key deleted too, online against the server's latest.
    QFETCH(QString, tampering);
    QFETCH(QString, reported);
    const QString file = m_dir.filePath(QStringLiteral("desk-%1.db").arg(tampering));
    qint64 anchored = 0;
    QByteArray pinnedKey;
    {
        Store desk;
        QVERIFY(desk.open(file));
        QVERIFY(test::SyncServerFixture::addLocalBranch(desk, kBranch, QStringLiteral("310101")));
        Session session;
        session.user.id = QStringLiteral("staff-wm");
        session.user.username = QStringLiteral("wm.a");
        for (int i = 0; i < 6; ++i)
            QVERIFY(AuditTrail(desk).record(&session, QStringLiteral("customer_view"),
                                            QStringLiteral("customer"),
                                            QStringLiteral("c-%1").arg(i)));
        SyncEngine engine(desk, m_fixture.url(), QStringLiteral("wm.a"), kPassword);
        engine.timeoutMs = 10000;
        const SyncEngine::Report report = engine.syncOnce();
        QVERIFY2(report.ok, qPrintable(report.error + report.auditProblem));
        QVERIFY(report.auditSent >= 6);
        const SyncState state(desk);
        const std::optional<AuditCheckpoint> kept = AuditCheckpoint::fromJson(
                QJsonDocument::fromJson(state.auditCheckpoint().toUtf8()).object());
        // What the server vouched for (without a checkpoint: what it was sent).
        anchored = kept ? kept->seq : report.auditSent;
        QVERIFY(anchored >= 6);
        pinnedKey = QByteArray::fromBase64(state.auditServerKey().toLatin1());
        desk.close();
    }
    const QStringList verify { QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--db"), file };
    const QStringList online = verify
            + QStringList { QStringLiteral("--server"), m_fixture.url().toString(),
                            QStringLiteral("--user"), QStringLiteral("wm.a") };
    Run r = admin(verify);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString untouched = file + QStringLiteral(".untouched");
    QVERIFY(QFile::copy(file, untouched));

    if (tampering == QLatin1String("truncate")) {
        test::rewriteAuditChain(file, [&](QList<AuditEntry> &entries) {
            entries.resize(anchored - 2);
        });
    } else if (tampering == QLatin1String("insert")) {
        test::rewriteAuditChain(file, [](QList<AuditEntry> &entries) {
            AuditEntry inserted = entries.at(1);
            inserted.id = Uuid7Generator::generate();
            inserted.action = QStringLiteral("sign_out");
            entries.insert(2, inserted);
        });
    } else {
        test::rewriteAuditChain(file, [](QList<AuditEntry> &entries) {
            entries[2].action = QStringLiteral("sign_out");
        });
    }
    r = admin(verify);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reported.toUtf8()), r.err.constData());
    // The workstation pinned the key the server publishes.
    QCOMPARE(pinnedKey, serverKey());

    // A file-holder who also deletes the kept checkpoint and key silences the offline
    // check; the server's latest checkpoint, asked for online, still catches it.
    {
        Store desk;
        QVERIFY(desk.open(file));
        QSqlQuery remove(desk.database());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN "
                                           "('audit_checkpoint', 'audit_server_key')")));
        remove.finish();
        desk.close();
    }
    QCOMPARE(admin(verify).exitCode, 0);
    r = admin(online);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reported.toUtf8()), r.err.constData());
    // The untouched file agrees with the server.
    const QStringList onlineUntouched { QStringLiteral("audit"), QStringLiteral("verify"),
                                        QStringLiteral("--db"), untouched,
                                        QStringLiteral("--server"), m_fixture.url().toString(),
                                        QStringLiteral("--user"), QStringLiteral("wm.a") };
    r = admin(onlineUntouched);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(tst_ServerAudit)
#include "tst_server_audit.moc"
