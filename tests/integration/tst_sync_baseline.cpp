// A branch's baseline: a demo branch imported into the server with
// `branchdesk-server import-branch`, downloaded by a new, empty workstation page by page
// (resuming after an interruption, restarting after a re-import), and followed by the
// change log from where the baseline was taken. A new workstation made from the branch's
// snapshot instead (SnapshotDownload): resumed, checked, a node of its own, caught up.
// Built a second time as tst_sync_baseline_sqlite (BRANCHDESK_TEST_SQLITE_STORE): the
// same over the server's embedded SQLite store.
//
// Long file: the cases follow one another on the same server and workstations (an import,
// an interrupted download, a re-import, a snapshot), so they stay in one program.
#include "../common/AuditWire.h"
#include "../common/ImportedDemoBranch.h"
#include "../common/ResultAssert.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/common/SyncProtocol.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/audit/AuditRepository.h"
#include "database/baseline/BaselinePage.h"
#include "database/baseline/RosterHashes.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/staff/StaffRepository.h"
#include "database/sync/SyncState.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SyncBaseline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newWorkstationReceivesTheWholeBranch();
    void laterChangesFollowTheBaseline();
    void reimportRestartsAHalfDoneDownload();
    void newWorkstationStartsFromTheSnapshot();
    void damagedSnapshotDownloadIsDiscarded();
    void oldClientIsToldToUpdateAtSignIn();
    void accountOfAnotherBranchExchangesNothing();
    void auditEntriesGoUpAndCannotBeChanged();
    void editedAuditEntryIsRefused();
    void customerMovedAwayLeavesThisBranch();
    void snapshotOfAnOlderImportIsNotServed();

private:
    void compareWithSource(Store &copy);
    QJsonObject post(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    QByteArray serverToken();

    test::SyncServerFixture m_server { test::storeOfThisBuild(
            test::SyncServerFixture::Driver::Postgres) };
    QTemporaryDir m_dir;
    Store m_source;
    Store m_b;
    QString m_branchId;
    const QString m_password = QStringLiteral("baseline-pass-1");
};

void tst_SyncBaseline::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_source.open(m_dir.filePath(QStringLiteral("source.db"))));
    const Result<test::ImportedDemoBranch> imported
            = test::importDemoBranch(m_server, m_source, 300, 0);
    QVERIFY_RESULT(imported);
    m_branchId = imported->branchId;
    QVERIFY2(imported->said.contains(QStringLiteral("imported")), qPrintable(imported->said));
    QVERIFY(m_server.addAccount(QStringLiteral("wm.new"), m_branchId, StaffRole::WealthManager,
                                m_password));
    QVERIFY(m_server.addAccount(QStringLiteral("admin.new"), m_branchId, StaffRole::Admin,
                                m_password));
}

void tst_SyncBaseline::compareWithSource(Store &copy)
{
    QSqlQuery query(copy.database());
    QVERIFY(query.exec(QStringLiteral("ATTACH DATABASE '%1' AS source").arg(m_source.path())));
    for (const QString &table : BaselinePage::tables()) {
        // Personal data is compared opened, below: the pages carry it plain (issue #21).
        // The roster's password hashes do not come at all (RosterHashes), checked below.
        QStringList plain;
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        while (query.next()) {
            if (!SensitiveColumns::isSensitive(table, query.value(0).toString())
                && !RosterHashes::isHash(table, query.value(0).toString()))
                plain << query.value(0).toString();
        }
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM source.%1), "
                                          "(SELECT count(*) FROM main.%1), "
                                          "(SELECT count(*) FROM (SELECT %2 FROM source.%1 EXCEPT "
                                          "SELECT %2 FROM main.%1))")
                                   .arg(table, plain.join(QLatin1Char(',')))));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toLongLong() == query.value(1).toLongLong(),
                 qPrintable(table
                            + QStringLiteral(": %1 rows at the source, %2 here")
                                      .arg(query.value(0).toLongLong())
                                      .arg(query.value(1).toLongLong())));
        QVERIFY2(query.value(2).toLongLong() == 0, qPrintable(table + QStringLiteral(" differs")));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM main.staff_user WHERE "
                                      "password_hash <> ''")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT s.id, s.phone, s.id_number, s.address, m.phone, "
                                      "m.id_number, m.address FROM source.customer s JOIN "
                                      "main.customer m ON m.id = s.id")));
    while (query.next()) {
        // A snapshot holds the source's sealed values as they are; pages hold them opened.
        for (int c = 1; c <= 3; ++c)
            QVERIFY2(query.value(c + 3) == query.value(c)
                             || SensitiveColumns::open(copy, query.value(c + 3))
                                     == SensitiveColumns::open(m_source, query.value(c)),
                     qPrintable(query.value(0).toString()));
    }
    query.finish();
    QVERIFY(query.exec(QStringLiteral("DETACH DATABASE source")));
}

void tst_SyncBaseline::newWorkstationReceivesTheWholeBranch()
{
    QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b.db"))));
    QSqlQuery count(m_source.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM customer")) && count.next());
    QCOMPARE(count.value(0).toInt(), 300);

    // The first round is cut off after two pages, as a dropped connection would.
    SyncEngine interrupted(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    interrupted.stopAfterBaselinePages = 2;
    const SyncEngine::Report cut = interrupted.syncOnce();
    QVERIFY(!cut.ok);
    QVERIFY(cut.error.contains(QStringLiteral("next sync")));
    QCOMPARE(SyncState(m_b).baselinePage(), 2);
    QVERIFY(!SyncState(m_b).isAnyBaselineLoaded());
    QCOMPARE(SyncState(m_b).cursor(), 0);

    // The next round goes on after page 2 and ends with the whole branch.
    SyncEngine engine(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.baselineRows > 0);
    compareWithSource(m_b);

    QSqlQuery check(m_b.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_keys")) && check.next());
    QCOMPARE(check.value(0).toInt(), 1); // switched back on after the load
    // Search keys were built here, not downloaded.
    QVERIFY(check.exec(
                    QStringLiteral("SELECT count(DISTINCT customer_id) FROM customer_search_key"))
            && check.next());
    QCOMPARE(check.value(0).toInt(), 300);

    // A second round downloads nothing again.
    const SyncEngine::Report again = engine.syncOnce();
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.baselineRows, 0);
}

void tst_SyncBaseline::laterChangesFollowTheBaseline()
{
    // The source workstation edits a customer after the import and syncs it.
    QSqlQuery pick(m_source.database());
    QVERIFY(pick.exec(QStringLiteral("SELECT id, version FROM customer ORDER BY id LIMIT 1"))
            && pick.next());
    const QString customerId = pick.value(0).toString();
    const int version = pick.value(1).toInt();
    pick.finish();
    {
        Transaction transaction(m_source.database());
        CustomerRepository customers(m_source);
        QCOMPARE(customers.update(customerId,
                                  { { QStringLiteral("occupation"), QStringLiteral("教师") } },
                                  version),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
    }
    SyncEngine source(m_source, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report pushed = source.syncOnce();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.pushed, 1);
    QCOMPARE(pushed.baselineRows, 0); // it has every row already: nothing is inserted

    SyncEngine engine(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report pulled = engine.syncOnce();
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    QCOMPARE(pulled.pulled, 1);
    QSqlQuery after(m_b.database());
    after.prepare(QStringLiteral("SELECT occupation FROM customer WHERE id = ?"));
    after.addBindValue(customerId);
    QVERIFY(after.exec() && after.next());
    QCOMPARE(after.value(0).toString(), QStringLiteral("教师"));
}

void tst_SyncBaseline::reimportRestartsAHalfDoneDownload()
{
    Store c;
    QVERIFY(c.open(m_dir.filePath(QStringLiteral("c.db"))));
    SyncEngine interrupted(c, m_server.url(), QStringLiteral("wm.new"), m_password);
    interrupted.stopAfterBaselinePages = 1;
    QVERIFY(!interrupted.syncOnce().ok);
    const QString firstId = SyncState(c).baselineId();
    QVERIFY(!firstId.isEmpty());

    // The branch is imported again (e.g. a corrected core-banking load).
    const QString said = m_server.importBranch(m_source.path());
    QVERIFY2(said.contains(QStringLiteral("imported")), qPrintable(said));

    SyncEngine engine(c, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!SyncState(c).isBaselineLoaded(firstId));
    compareWithSource(c);
}

void tst_SyncBaseline::newWorkstationStartsFromTheSnapshot()
{
    // The re-import above made a snapshot as of the change the source pushed before it.
    const QString path = m_dir.filePath(QStringLiteral("d.db"));
    SnapshotDownload cut(m_server.url(), QStringLiteral("wm.new"), m_password);
    cut.chunkBytes = 64 * 1024;
    cut.stopAfterChunks = 2;
    const Result<SnapshotDownload::Outcome> stopped = cut.install(path);
    QVERIFY(!stopped);
    QVERIFY2(stopped.errorString().contains(QStringLiteral("next try")),
             qPrintable(stopped.errorString()));
    QVERIFY(!QFileInfo::exists(path)); // nothing half-made where the database goes
    QCOMPARE(QFileInfo(path + QStringLiteral(".download")).size(), 2 * 64 * 1024);

    // Goes on from the part already there.
    SnapshotDownload download(m_server.url(), QStringLiteral("wm.new"), m_password);
    download.chunkBytes = 64 * 1024;
    const Result<SnapshotDownload::Outcome> installed = download.install(path);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    QCOMPARE(*installed, SnapshotDownload::Outcome::Installed);
    QCOMPARE(download.resumedAt, 2 * 64 * 1024);
    QVERIFY(download.asOf >= 1);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".download")));

    Store d;
    QVERIFY_RESULT(d.open(path));
    compareWithSource(d);
    // A node of its own (never the imported workstation's), following the log after the
    // snapshot; none of the source's own outbox, audit chain or conflicts came along.
    QVERIFY(!d.nodeId().isEmpty());
    QVERIFY(d.nodeId() != m_source.nodeId());
    QCOMPARE(SyncState(d).cursor(), download.asOf);
    QSqlQuery check(d.database());
    QVERIFY(check.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox) + "
                                      "(SELECT count(*) FROM audit_log) + (SELECT count(*) FROM "
                                      "sync_conflict) + (SELECT count(*) FROM sync_field_clock)"))
            && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    QVERIFY(check.exec(QStringLiteral("SELECT count(DISTINCT customer_id) FROM customer_search_key"))
            && check.next());
    QCOMPARE(check.value(0).toInt(), 300);
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
    check.finish();

    // A second workstation from the same snapshot gets yet another node id.
    const QString otherPath = m_dir.filePath(QStringLiteral("e.db"));
    SnapshotDownload second(m_server.url(), QStringLiteral("wm.new"), m_password);
    const Result<SnapshotDownload::Outcome> again = second.install(otherPath);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(*again, SnapshotDownload::Outcome::Installed);
    {
        Store e;
        QVERIFY(e.open(otherPath));
        QVERIFY(e.nodeId() != d.nodeId() && e.nodeId() != m_source.nodeId());
    }
    // An existing database is never replaced.
    const Result<SnapshotDownload::Outcome> replacing = second.install(path);
    QVERIFY(!replacing);
    QVERIFY(replacing.errorString().contains(QStringLiteral("exists")));

    // Changes made after the snapshot arrive by the normal pull.
    QSqlQuery pick(m_source.database());
    QVERIFY(pick.exec(QStringLiteral("SELECT id, version FROM customer ORDER BY id DESC LIMIT 1"))
            && pick.next());
    const QString customerId = pick.value(0).toString();
    const int version = pick.value(1).toInt();
    pick.finish();
    {
        Transaction transaction(m_source.database());
        CustomerRepository customers(m_source);
        QCOMPARE(customers.update(customerId,
                                  { { QStringLiteral("occupation"), QStringLiteral("医生") } },
                                  version),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
    }
    SyncEngine source(m_source, m_server.url(), QStringLiteral("wm.new"), m_password);
    QVERIFY(source.syncOnce().ok);
    SyncEngine engine(d, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.baselineRows, 0); // the snapshot is the baseline: no pages
    QCOMPARE(report.pulled, 1);
    QSqlQuery after(d.database());
    after.prepare(QStringLiteral("SELECT occupation FROM customer WHERE id = ?"));
    after.addBindValue(customerId);
    QVERIFY(after.exec() && after.next());
    QCOMPARE(after.value(0).toString(), QStringLiteral("医生"));
}

void tst_SyncBaseline::damagedSnapshotDownloadIsDiscarded()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    SnapshotDownload cut(m_server.url(), QStringLiteral("wm.new"), m_password);
    cut.chunkBytes = 64 * 1024;
    cut.stopAfterChunks = 1;
    QVERIFY(!cut.install(path));
    {
        // A byte of the part on disk goes bad between two tries.
        QFile part(path + QStringLiteral(".download"));
        QVERIFY(part.open(QIODevice::ReadWrite));
        QVERIFY(part.seek(1000));
        const char byte = part.read(1).at(0);
        QVERIFY(part.seek(1000));
        QCOMPARE(part.write(QByteArray(1, char(byte ^ 0x5a))), 1);
    }
    SnapshotDownload resumed(m_server.url(), QStringLiteral("wm.new"), m_password);
    const Result<SnapshotDownload::Outcome> damaged = resumed.install(path);
    QVERIFY(!damaged);
    QVERIFY2(damaged.errorString().contains(QStringLiteral("damaged")),
             qPrintable(damaged.errorString()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".download")));
    // The next try starts afresh and succeeds.
    const Result<SnapshotDownload::Outcome> afresh = resumed.install(path);
    QVERIFY2(afresh, qPrintable(afresh.errorString()));
    QCOMPARE(*afresh, SnapshotDownload::Outcome::Installed);
    QCOMPARE(resumed.resumedAt, 0);
}

void tst_SyncBaseline::oldClientIsToldToUpdateAtSignIn()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.url().resolved(QUrl(QStringLiteral("/v1/sign-in"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body { { QStringLiteral("username"), QStringLiteral("wm.new") },
                             { QStringLiteral("password"), m_password },
                             { QStringLiteral("protocol"), SyncProtocol::kOldestVersion - 1 } };
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 426);
    QVERIFY(QJsonDocument::fromJson(reply->readAll())
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("Please update")));
    reply->deleteLater();
}

void tst_SyncBaseline::accountOfAnotherBranchExchangesNothing()
{
    // A workstation of another branch: the account's branch would be downloaded into it
    // and its own customers taken for moved away.
    Store other;
    QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.db"))));
    QVERIFY(test::SyncServerFixture::addLocalBranch(
            other, QStringLiteral("01a00000-0000-7000-8000-0000000b0009"),
            QStringLiteral("310109")));
    SyncEngine engine(other, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("another branch")), qPrintable(report.error));
    QCOMPARE(report.baselineRows, 0);
    QSqlQuery count(other.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM customer")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

QJsonObject tst_SyncBaseline::post(const QString &path, const QJsonObject &body,
                                   const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QByteArray tst_SyncBaseline::serverToken()
{
    // Bound to B: only such a token may send B's audit entries.
    return post(QStringLiteral("/v1/sign-in"),
                { { QStringLiteral("username"), QStringLiteral("wm.new") },
                  { QStringLiteral("password"), m_password },
                  { QStringLiteral("node"), m_b.nodeId() } })
            .value(QStringLiteral("token"))
            .toString()
            .toLatin1();
}

void tst_SyncBaseline::auditEntriesGoUpAndCannotBeChanged()
{
    // The downloaded roster holds no password hash (docs/SECURITY.md §3a): a demo account
    // (local-only: the server has no account for it) cannot sign in on B until its password
    // is set there, as an administrator's `user passwd` does, and that administrator's sync
    // sends the account up from B, so that the server knows it there (§8.2). The sign-in
    // then leaves audit entries in B's own chain.
    const auto account = DemoBranchGenerator::demoAccounts().first();
    QVERIFY(!AuthService(m_b).signIn(account.username, account.password).session);
    QString accountId;
    {
        QSqlQuery id(m_b.database());
        id.prepare(QStringLiteral("SELECT id FROM staff_user WHERE username = ?"));
        id.addBindValue(account.username);
        QVERIFY(id.exec() && id.next());
        accountId = id.value(0).toString();
    }
    QVERIFY_RESULT(StaffRepository(m_b).setPasswordHash(accountId,
                                                        PasswordHasher::hash(account.password)));
    const SyncEngine::Report registered
            = SyncEngine(m_b, m_server.url(), QStringLiteral("admin.new"), m_password).syncOnce();
    QVERIFY2(registered.ok && registered.auditProblem.isEmpty(),
             qPrintable(registered.error + registered.auditProblem));
    const qsizetype sentBefore = AuditRepository(m_b).all().size();
    const AuthService::Result local = AuthService(m_b).signIn(account.username, account.password);
    QVERIFY2(local.session, qPrintable(local.message));
    const QList<AuditEntry> entries = AuditRepository(m_b).all();
    QVERIFY(entries.size() > sentBefore);

    SyncEngine engine(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY2(report.auditProblem.isEmpty(), qPrintable(report.auditProblem));
    QCOMPARE(report.auditSent, int(entries.size() - sentBefore));
    QCOMPARE(engine.syncOnce().auditSent, 0); // sent once

    QSqlDatabase pg = m_server.openDirect(QStringLiteral("audit-check"));
    QVERIFY(pg.isOpen());
    {
        QSqlQuery held(pg);
        held.prepare(
                QStringLiteral("SELECT count(*), max(hash) FILTER (WHERE seq = ?) FROM audit_entry "
                               "WHERE origin_node = ? AND branch_id = ?"));
        held.addBindValue(entries.last().seq);
        held.addBindValue(m_b.nodeId());
        held.addBindValue(m_branchId);
        QVERIFY(held.exec() && held.next());
        QCOMPARE(held.value(0).toInt(), int(entries.size()));
        QCOMPARE(held.value(1).toString(), entries.last().hash);
        // Not even the database owner can change or remove an entry.
        QSqlQuery edit(pg);
        QVERIFY(!edit.exec(QStringLiteral("UPDATE audit_entry SET action = 'nothing'")));
        QVERIFY(edit.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!edit.exec(QStringLiteral("DELETE FROM audit_entry")));
    }
    pg.close();
    pg = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit-check"));

    // An entry sent again with other content is refused; the server keeps the first.
    const QByteArray token = serverToken();
    const AuditEntry &first = entries.first();
    const QJsonObject forged { { QStringLiteral("seq"), double(first.seq) },
                               { QStringLiteral("id"), first.id },
                               { QStringLiteral("occurred_at"), first.occurredAt },
                               { QStringLiteral("actor_name"), QStringLiteral("someone else") },
                               { QStringLiteral("action"), first.action },
                               { QStringLiteral("prev_hash"), first.prevHash },
                               { QStringLiteral("hash"), QString(64, QLatin1Char('f')) } };
    const QJsonObject answer = post(QStringLiteral("/v1/audit"),
                                    { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                      { QStringLiteral("origin_node"), m_b.nodeId() },
                                      { QStringLiteral("entries"), QJsonArray { forged } } },
                                    token);
    const QJsonObject result = answer.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY(result.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("cannot be changed")));
}

void tst_SyncBaseline::editedAuditEntryIsRefused()
{
    // A real chain of B's: four more entries after what B already holds, by the account
    // that sends them.
    AuditTrail trail(m_b);
    Session session;
    session.user.id = QStringLiteral("staff-wm-new");
    session.user.username = QStringLiteral("wm.new");
    for (int i = 1; i <= 4; ++i)
        QVERIFY(trail.record(&session, QStringLiteral("customer.view"),
                             QStringLiteral("customer"), QString::number(i),
                             { { QStringLiteral("note"), QStringLiteral("look %1").arg(i) } }));
    const QList<AuditEntry> entries = AuditRepository(m_b).all();
    QVERIFY(entries.size() >= 4);
    const qsizetype edited = entries.size() - 3;

    // The whole chain goes up by hand, with one entry's detail changed after it was hashed.
    QJsonArray wire;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        AuditEntry e = entries.at(i);
        if (i == edited) // after it was hashed
            e.detailJson = QStringLiteral("{\"note\":\"nothing to see\"}");
        wire << test::auditEntryJson(e);
    }
    const QJsonArray results = post(QStringLiteral("/v1/audit"),
                                    { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                      { QStringLiteral("origin_node"), m_b.nodeId() },
                                      { QStringLiteral("entries"), wire } },
                                    serverToken())
                                       .value(QStringLiteral("results"))
                                       .toArray();
    QCOMPARE(results.size(), entries.size());
    for (qsizetype i = 0; i < edited; ++i)
        QVERIFY(results.at(i)[QStringLiteral("status")].toString() != QLatin1String("refused"));
    const QJsonObject refused = results.at(edited).toObject();
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    const QString reason = refused.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("changed after it was written"))
                     && reason.contains(QString::number(entries.at(edited).seq)),
             qPrintable(reason));
    for (qsizetype i = edited + 1; i < entries.size(); ++i)
        QCOMPARE(results.at(i)[QStringLiteral("status")].toString(), QStringLiteral("refused"));

    auto held = [&](qint64 seq) {
        QSqlDatabase db = m_server.openDirect(QStringLiteral("audit-edited"));
        QString hash = QStringLiteral("none");
        {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT hash FROM audit_entry WHERE origin_node = ? "
                                         "AND seq = ?"));
            query.addBindValue(m_b.nodeId());
            query.addBindValue(seq);
            if (query.exec() && query.next())
                hash = query.value(0).toString();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit-edited"));
        return hash;
    };
    // The honest chain before it is stored; neither it nor anything after it is.
    QCOMPARE(held(entries.at(edited - 1).seq), entries.at(edited - 1).hash);
    QCOMPARE(held(entries.at(edited).seq), QStringLiteral("none"));
    QCOMPARE(held(entries.last().seq), QStringLiteral("none"));

    // The server keeps serving: B's own untouched chain then goes up whole.
    SyncEngine engine(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY2(report.auditProblem.isEmpty(), qPrintable(report.auditProblem));
    QCOMPARE(held(entries.at(edited).seq), entries.at(edited).hash);
    QCOMPARE(held(entries.last().seq), entries.last().hash);
}

void tst_SyncBaseline::customerMovedAwayLeavesThisBranch()
{
    const QString otherBranch = QStringLiteral("01a00000-0000-7000-8000-0000000b0002");
    QVERIFY(m_server.addBranch(otherBranch, QStringLiteral("310102")));
    QVERIFY(test::SyncServerFixture::addLocalBranch(m_source, otherBranch,
                                                    QStringLiteral("310102")));
    QVERIFY(test::SyncServerFixture::addLocalBranch(m_b, otherBranch, QStringLiteral("310102")));

    // A customer with holdings, transactions and a KYC questionnaire.
    QSqlQuery pick(m_b.database());
    QVERIFY(pick.exec(QStringLiteral(
                    "SELECT c.id FROM customer c WHERE EXISTS (SELECT 1 FROM holding h WHERE "
                    "h.customer_id = c.id) AND EXISTS (SELECT 1 FROM txn t WHERE t.customer_id = "
                    "c.id) "
                    "AND EXISTS (SELECT 1 FROM kyc_session k JOIN kyc_answer a ON a.session_id = "
                    "k.id "
                    "WHERE k.customer_id = c.id) LIMIT 1"))
            && pick.next());
    const QString customerId = pick.value(0).toString();
    pick.finish();
    auto left = [&](Store &store) {
        QSqlQuery count(store.database());
        count.prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM customer WHERE id = :c) + (SELECT count(*) FROM "
                "holding "
                "WHERE customer_id = :c) + (SELECT count(*) FROM txn WHERE customer_id = :c) + "
                "(SELECT count(*) FROM kyc_answer a JOIN kyc_session k ON k.id = a.session_id "
                "WHERE "
                "k.customer_id = :c) + (SELECT count(*) FROM customer_search_key WHERE customer_id "
                "= :c)"));
        count.bindValue(QStringLiteral(":c"), customerId);
        return count.exec() && count.next() ? count.value(0).toInt() : -1;
    };
    QVERIFY(left(m_b) > 3);
    QSqlQuery total(m_b.database());
    QVERIFY(total.exec(QStringLiteral("SELECT count(*) FROM customer")) && total.next());
    const int customersBefore = total.value(0).toInt();
    total.finish();

    // The move as head office records it (no workstation screen moves customers yet).
    {
        Transaction transaction(m_source.database());
        QSqlQuery move(m_source.database());
        move.prepare(QStringLiteral(
                "UPDATE customer SET branch_id = ?, version = version + 1 WHERE id = ?"));
        move.addBindValue(otherBranch);
        move.addBindValue(customerId);
        QVERIFY(move.exec());
        ChangeRecorder recorder(m_source);
        QVERIFY(recorder.recordUpsert(QStringLiteral("customer"), customerId,
                                      { { QStringLiteral("branch_id"), otherBranch } }, 1));
        QVERIFY(transaction.commit());
    }
    // Moving a customer needs transfer_customer at the server: the branch head's.
    QVERIFY(m_server.addAccount(QStringLiteral("head.new"), m_branchId, StaffRole::BranchHead,
                                m_password));
    SyncEngine source(m_source, m_server.url(), QStringLiteral("head.new"), m_password);
    const SyncEngine::Report moved = source.syncOnce();
    QVERIFY2(moved.ok, qPrintable(moved.error));
    QCOMPARE(moved.movedAway, 1);
    QCOMPARE(left(m_source), 0);

    SyncEngine engine(m_b, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.movedAway, 1);
    QCOMPARE(left(m_b), 0);
    QVERIFY(total.exec(QStringLiteral("SELECT count(*) FROM customer")) && total.next());
    QCOMPARE(total.value(0).toInt(), customersBefore - 1);
    QSqlQuery check(m_b.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
}

void tst_SyncBaseline::snapshotOfAnOlderImportIsNotServed()
{
    // Imported again, its snapshot written elsewhere: the server's snapshot belongs to the
    // previous baseline and is not handed out; a new workstation takes the pages.
    // (The source file names its own branch first again: the other branch's row, added by
    // the move above, goes.)
    QSqlQuery drop(m_source.database());
    QVERIFY2(drop.exec(QStringLiteral("DELETE FROM branch WHERE id <> '%1'").arg(m_branchId)),
             qPrintable(drop.lastError().text()));
    QTemporaryDir elsewhere;
    const QString said = m_server.importBranch(m_source.path(), elsewhere.path());
    QVERIFY2(said.contains(QStringLiteral("(%1)").arg(m_branchId)), qPrintable(said));
    const QString path = m_dir.filePath(QStringLiteral("f.db"));
    SnapshotDownload download(m_server.url(), QStringLiteral("wm.new"), m_password);
    const Result<SnapshotDownload::Outcome> installed = download.install(path);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    QCOMPARE(*installed, SnapshotDownload::Outcome::NoSnapshot);
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_SyncBaseline)
#include "tst_sync_baseline.moc"
