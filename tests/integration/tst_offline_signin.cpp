// Sign-in at a workstation that syncs with a server (WorkstationSignIn): an online sign-in
// leaves an offline verifier (an Argon2id hash, never the password); with the server
// stopped the same user signs in against it, wrong passwords count toward the lock-out; a
// user the workstation cannot check is told to sign in online once; the server's role
// change and disabling reach the workstation at the next online sign-in.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"
#include "../common/SyncServerFixture.h"

#include "app/common/PasswordHasher.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/WorkstationEnrolment.h"
#include "app/sync/WorkstationSignIn.h"
#include "database/core/Store.h"
#include "database/staff/OfflineVerifierRepository.h"
#include "database/staff/StaffRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_OfflineSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineSignInKeepsAVerifierNotThePassword();
    void roleChangedOnTheServerReachesTheWorkstation();
    void offlineSignInChecksTheVerifier();
    void wrongPasswordsOfflineLockTheAccount();
    void unknownAccountOfflineIsToldToSignInOnline();
    void localOnlyUserSignsInAsBefore();
    void disabledOnTheServerRevokesTheVerifier();
    void rosterRowWithoutHashIsNeverLockedOffline();
    void firstRunWithoutSnapshotDownloadsPages();

private:
    WorkstationSignIn::Result signIn(const QString &username, const QString &password);
    bool setServerAccount(const QString &username, const char *sql);
    int failedAttempts(const QString &username);
    int auditCount(const QString &action);
    void unlock(const QString &username);

    test::SyncServerFixture m_server;
    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
};

void tst_OfflineSignIn::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("desk.db"))));
    m_branch = test::makeSmallBranch(m_store);
    QVERIFY(m_server.addBranch(m_branch.branchId, QStringLiteral("310199")));
    QVERIFY(m_server.addAccount(QStringLiteral("wealth"), m_branch.branchId,
                                StaffRole::WealthManager, test::kPassword));
}

WorkstationSignIn::Result tst_OfflineSignIn::signIn(const QString &username, const QString &password)
{
    WorkstationSignIn signIn(m_store, m_server.url());
    signIn.timeoutMs = 5000;
    const WorkstationSignIn::Result result = signIn.signIn(username, password);
    if (result.auth.session)
        AuthService(m_store).signOut(*result.auth.session);
    return result;
}

bool tst_OfflineSignIn::setServerAccount(const QString &username, const char *sql)
{
    const QString name = QStringLiteral("tst_offline_signin_pg");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const auto settings = m_server.settings();
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(username);
            ok = query.exec() && query.numRowsAffected() == 1;
            if (!ok)
                qWarning() << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int tst_OfflineSignIn::failedAttempts(const QString &username)
{
    return StaffRepository(m_store).byUsername(username)->failedAttempts;
}

int tst_OfflineSignIn::auditCount(const QString &action)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_OfflineSignIn::unlock(const QString &username)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL "
                                 "WHERE username = ?"));
    query.addBindValue(username);
    QVERIFY(query.exec());
}

void tst_OfflineSignIn::onlineSignInKeepsAVerifierNotThePassword()
{
    const auto result = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(result.auth.session, qPrintable(result.auth.message));
    QVERIFY(result.online);
    QVERIFY(result.auth.serverAccount);

    const auto verifier = OfflineVerifierRepository(m_store).byUsername(QStringLiteral("wealth"));
    QVERIFY(verifier);
    QCOMPARE(verifier->role, StaffRole::WealthManager);
    QCOMPARE(verifier->branchId, m_branch.branchId);
    QVERIFY(verifier->verifiedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(verifier->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(PasswordHasher::verify(test::kPassword, verifier->passwordHash));
    QCOMPARE(auditCount(QStringLiteral("offline_verifier_saved")), 1);

    // Neither the password nor anything but its hash reaches the disk, in any encoding.
    QSqlQuery checkpoint(m_store.database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    QByteArray raw;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(m_store.path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            raw += file.readAll();
    }
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.contains(test::kPassword.toUtf8()));
    QVERIFY(!raw.contains(QByteArray(reinterpret_cast<const char *>(test::kPassword.utf16()),
                                     test::kPassword.size() * 2)));
}

void tst_OfflineSignIn::roleChangedOnTheServerReachesTheWorkstation()
{
    QVERIFY(m_server.addAccount(QStringLiteral("wealth"), m_branch.branchId, StaffRole::BranchHead,
                                test::kPassword));
    const auto promoted = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(promoted.auth.session, qPrintable(promoted.auth.message));
    QCOMPARE(promoted.auth.session->user.role, StaffRole::BranchHead);
    QCOMPARE(OfflineVerifierRepository(m_store).byUsername(QStringLiteral("wealth"))->role,
             StaffRole::BranchHead);
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT detail_json FROM audit_log WHERE action = "
                                      "'offline_verifier_saved' ORDER BY seq DESC LIMIT 1"))
            && audit.next());
    QVERIFY2(audit.value(0).toString().contains(QStringLiteral("wealth_manager")),
             qPrintable(audit.value(0).toString())); // the previous role is recorded

    QVERIFY(m_server.addAccount(QStringLiteral("wealth"), m_branch.branchId,
                                StaffRole::WealthManager, test::kPassword));
    const auto back = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(back.auth.session);
    QCOMPARE(back.auth.session->user.role, StaffRole::WealthManager);
}

void tst_OfflineSignIn::offlineSignInChecksTheVerifier()
{
    m_server.stopServer();
    // The verifier, not the staff list's hash, is what a server account is checked against.
    {
        QSqlQuery local(m_store.database());
        local.prepare(QStringLiteral("UPDATE staff_user SET password_hash = ? WHERE username = ?"));
        local.addBindValue(PasswordHasher::hash(QStringLiteral("only-the-local-hash")));
        local.addBindValue(QStringLiteral("wealth"));
        QVERIFY(local.exec());
    }
    const auto offline = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(offline.auth.session, qPrintable(offline.auth.message));
    QVERIFY(!offline.online);
    QVERIFY(offline.auth.serverAccount);
    QVERIFY(!offline.serverNote.isEmpty()); // says why the server was not asked
    QCOMPARE(offline.auth.session->user.role, StaffRole::WealthManager);
    QCOMPARE(offline.auth.session->branch.id, m_branch.branchId);

    const auto localHash = signIn(QStringLiteral("wealth"), QStringLiteral("only-the-local-hash"));
    QVERIFY(!localHash.auth.session);
    QCOMPARE(localHash.auth.outcome, AuthService::Outcome::WrongCredentials);
    unlock(QStringLiteral("wealth"));
}

void tst_OfflineSignIn::wrongPasswordsOfflineLockTheAccount()
{
    const int refusedBefore = auditCount(QStringLiteral("sign_in_failed"));
    const auto wrong = signIn(QStringLiteral("wealth"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong.auth.session);
    QCOMPARE(wrong.auth.outcome, AuthService::Outcome::WrongCredentials);
    QCOMPARE(failedAttempts(QStringLiteral("wealth")), 1);
    QCOMPARE(auditCount(QStringLiteral("sign_in_failed")), refusedBefore + 1);
    for (int attempt = 2; attempt < AuthService::kMaxFailedAttempts; ++attempt)
        QCOMPARE(signIn(QStringLiteral("wealth"), QStringLiteral("not-the-password")).auth.outcome,
                 AuthService::Outcome::WrongCredentials);
    QCOMPARE(signIn(QStringLiteral("wealth"), QStringLiteral("not-the-password")).auth.outcome,
             AuthService::Outcome::Locked);
    // Locked: even the right password waits.
    const auto locked = signIn(QStringLiteral("wealth"), test::kPassword);
    QCOMPARE(locked.auth.outcome, AuthService::Outcome::Locked);
    QVERIFY(!locked.auth.session);
    unlock(QStringLiteral("wealth"));
}

void tst_OfflineSignIn::unknownAccountOfflineIsToldToSignInOnline()
{
    const auto stranger = signIn(QStringLiteral("newcomer"), QStringLiteral("whatever-1"));
    QVERIFY(!stranger.auth.session);
    QVERIFY2(stranger.auth.message.contains(QStringLiteral("sign in once while connected")),
             qPrintable(stranger.auth.message));
    // Without a server configured the message stays the plain one (no server to go to).
    const auto local = AuthService(m_store).signIn(QStringLiteral("newcomer"),
                                                   QStringLiteral("whatever-1"));
    QCOMPARE(local.outcome, AuthService::Outcome::WrongCredentials);
}

void tst_OfflineSignIn::localOnlyUserSignsInAsBefore()
{
    // No server account, never signed in online: the staff list's hash, as before.
    const auto teller = signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY2(teller.auth.session, qPrintable(teller.auth.message));
    QVERIFY(!teller.auth.serverAccount);
    QVERIFY(!OfflineVerifierRepository(m_store).byUsername(QStringLiteral("teller")));
    QVERIFY(!signIn(QStringLiteral("teller"), QStringLiteral("wrong-one")).auth.session);
    unlock(QStringLiteral("teller"));
}

void tst_OfflineSignIn::disabledOnTheServerRevokesTheVerifier()
{
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    // The server knows the teller no more than before: online, a local-only user still
    // signs in with the staff list's hash.
    QVERIFY(signIn(QStringLiteral("teller"), test::kPassword).auth.session);

    QVERIFY(setServerAccount(QStringLiteral("wealth"),
                             "UPDATE staff_account SET active = false WHERE username = ?"));
    // A typing mistake online is a wrong password; the verifier stays.
    const auto typo = signIn(QStringLiteral("wealth"), QStringLiteral("typo-password"));
    QVERIFY(!typo.auth.session);
    QCOMPARE(typo.auth.outcome, AuthService::Outcome::WrongCredentials);
    QVERIFY(!OfflineVerifierRepository(m_store).byUsername(QStringLiteral("wealth"))->revoked());
    unlock(QStringLiteral("wealth"));

    // The right password refused: disabled (or changed) there. The verifier goes.
    const auto refused = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(!refused.auth.session);
    QCOMPARE(refused.auth.outcome, AuthService::Outcome::Inactive);
    const auto revoked = OfflineVerifierRepository(m_store).byUsername(QStringLiteral("wealth"));
    QVERIFY(revoked && revoked->revoked() && revoked->passwordHash.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("offline_verifier_revoked")), 1);

    // Offline it stays refused, whatever the staff list's hash says.
    m_server.stopServer();
    const auto offline = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(!offline.auth.session);
    QVERIFY2(offline.auth.message.contains(QStringLiteral("Sign in while connected")),
             qPrintable(offline.auth.message));

    // Enabled again: the next online sign-in brings the verifier back.
    QVERIFY(setServerAccount(QStringLiteral("wealth"),
                             "UPDATE staff_account SET active = true WHERE username = ?"));
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    const auto again = signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(again.auth.session, qPrintable(again.auth.message));
    QVERIFY(!OfflineVerifierRepository(m_store).byUsername(QStringLiteral("wealth"))->revoked());
}

void tst_OfflineSignIn::rosterRowWithoutHashIsNeverLockedOffline()
{
    // A workstation built from the branch's snapshot or pages holds its colleagues' roster
    // rows without password hashes (docs/SECURITY.md §3a). Offline, such a colleague is told
    // to sign in online once; the attempts are not wrong passwords, so they do not lock the
    // account against that online sign-in.
    QVERIFY(m_server.addAccount(QStringLiteral("lobby"), m_branch.branchId,
                                StaffRole::LobbyManager, test::kPassword));
    {
        QSqlQuery downloaded(m_store.database());
        QVERIFY(downloaded.exec(QStringLiteral("UPDATE staff_user SET password_hash = '' WHERE "
                                               "username = 'lobby'")));
    }
    QVERIFY(!OfflineVerifierRepository(m_store).byUsername(QStringLiteral("lobby")));
    m_server.stopServer();
    for (int attempt = 0; attempt <= AuthService::kMaxFailedAttempts; ++attempt) {
        const auto offline = signIn(QStringLiteral("lobby"), test::kPassword);
        QVERIFY(!offline.auth.session);
        QVERIFY2(offline.auth.message.contains(QStringLiteral("sign in once while connected")),
                 qPrintable(offline.auth.message));
    }
    QCOMPARE(failedAttempts(QStringLiteral("lobby")), 0);
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    const auto online = signIn(QStringLiteral("lobby"), test::kPassword);
    QVERIFY2(online.auth.session, qPrintable(online.auth.message));
    QVERIFY(online.online);
}

void tst_OfflineSignIn::firstRunWithoutSnapshotDownloadsPages()
{
    // A branch imported with its snapshot written where the server does not serve it from:
    // the first run falls back to the baseline pages, into a file of its own.
    const QString source = m_dir.filePath(QStringLiteral("paged-branch.db"));
    QString branchId;
    int customers = 0;
    {
        Store store;
        QVERIFY_RESULT(test::openDemoBranch(store, source, 120));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT id FROM branch), (SELECT count(*) FROM "
                                          "customer)"))
                && query.next());
        branchId = query.value(0).toString();
        customers = query.value(1).toInt();
    }
    QTemporaryDir elsewhere;
    QProcess import;
    import.setProcessEnvironment(test::SyncServerFixture::demoImportEnvironment());
    import.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                 { QStringLiteral("--pg-port"), QString::number(m_server.databasePort()),
                   QStringLiteral("--pg-database"), test::PostgresCluster::database(),
                   QStringLiteral("--pg-user"), test::PostgresCluster::user(),
                   QStringLiteral("--snapshot-dir"), elsewhere.path(),
                   QStringLiteral("import-branch"), source });
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QVERIFY(m_server.addAccount(QStringLiteral("wealth2"), branchId, StaffRole::WealthManager,
                                QStringLiteral("wealth2-demo")));

    WorkstationEnrolment::Request request;
    request.server = m_server.url();
    request.username = QStringLiteral("wealth2");
    request.password = QStringLiteral("wealth2-demo");
    request.target = m_dir.filePath(QStringLiteral("paged/desk.db"));
    // Cancelled before the first round: nothing where the workstation opens its database.
    const auto cancelled = WorkstationEnrolment::download(request, {}, [] { return true; });
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!QFileInfo::exists(request.target));

    QList<qint64> rows;
    const auto outcome = WorkstationEnrolment::download(
            request, [&rows](qint64 done, qint64) { rows << done; }, [] { return false; });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.fromSnapshot);
    QVERIFY(!rows.isEmpty() && rows.last() > customers);
    QVERIFY(QFileInfo::exists(request.target));
    QVERIFY(!QFileInfo::exists(request.target + QStringLiteral(".pages")));

    WorkstationEnrolment::Opened opened = WorkstationEnrolment::open(request);
    QVERIFY(opened.store);
    QVERIFY2(opened.signIn.auth.session, qPrintable(opened.signIn.auth.message));
    QVERIFY(opened.signIn.online);
    QSqlQuery count(opened.store->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM customer")) && count.next());
    QCOMPARE(count.value(0).toInt(), customers);
    count.finish();
    AuthService(*opened.store).signOut(*opened.signIn.auth.session);

    // A database with data in it is never replaced.
    const auto again = WorkstationEnrolment::download(request, {}, {});
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QStringLiteral("never replaces")), qPrintable(again.error));
}

QTEST_MAIN(tst_OfflineSignIn)
#include "tst_offline_signin.moc"
