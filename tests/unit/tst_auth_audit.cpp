// Signing in (argon2id hashes, lockout, same answer for unknown users) and the
// hash-chained audit log that finds edited, deleted and reordered entries.
#include "../common/SmallBranchFixture.h"

#include "app/common/Argon2Cost.h"
#include "app/common/PasswordHasher.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/staff/AuthService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bd;

class tst_AuthAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passwordHashesAreSaltedArgon2id();
    void signInAsEachRole_data();
    void signInAsEachRole();
    void wrongPasswordAndUnknownUserLookAlike();
    void repeatedFailuresLockTheAccount();
    void intactChainVerifies();
    void tamperingIsFound_data();
    void tamperingIsFound();

private:
    void tamper(const QByteArray &sql);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    int m_round = 0;
};

void tst_AuthAudit::init()
{
    m_path = m_dir.filePath(QStringLiteral("auth-%1.db").arg(++m_round));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_path));
    test::makeSmallBranch(*m_store);
}

void tst_AuthAudit::cleanup()
{
    m_store.reset();
}

void tst_AuthAudit::passwordHashesAreSaltedArgon2id()
{
    const QString first = PasswordHasher::hash(QStringLiteral("correct horse"));
    const QString second = PasswordHasher::hash(QStringLiteral("correct horse"));
    // Inside a test program the cost is the fixture's cheap one (tests/common/CheapArgon2.cpp);
    // the programs keep the production cost, checked through the real CLI in tst_admin_cli.
    const Argon2Cost cost = Argon2Costs::current();
    QVERIFY(first.startsWith(QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=%3$")
                                     .arg(cost.memoryKiB).arg(cost.passes).arg(cost.lanes)));
    QCOMPARE(Argon2Costs::kProduction.memoryKiB, 19456u); // OWASP's minimum for Argon2id
    QCOMPARE(Argon2Costs::kProduction.passes, 2u);
    QCOMPARE(Argon2Costs::kProduction.lanes, 1u);
    QVERIFY(first != second); // salted
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), first));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), first));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("plain-text")));
}

void tst_AuthAudit::signInAsEachRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("role");
    QTest::newRow("lobby manager") << "lobby" << int(StaffRole::LobbyManager);
    QTest::newRow("teller") << "teller" << int(StaffRole::Teller);
    QTest::newRow("wealth manager") << "wealth" << int(StaffRole::WealthManager);
    QTest::newRow("branch head") << "head" << int(StaffRole::BranchHead);
    QTest::newRow("admin") << "admin" << int(StaffRole::Admin);
}

void tst_AuthAudit::signInAsEachRole()
{
    QFETCH(QString, username);
    QFETCH(int, role);
    const auto result = AuthService(*m_store).signIn(username, test::kPassword);
    QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);
    QVERIFY(result.session);
    QCOMPARE(int(result.session->user.role), role);
    QCOMPARE(result.session->branch.code, QStringLiteral("310101"));
    QSqlQuery query(m_store->database());
    query.exec(QStringLiteral("SELECT action, actor_name FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sign_in"));
    QCOMPARE(query.value(1).toString(), username);
}

void tst_AuthAudit::wrongPasswordAndUnknownUserLookAlike()
{
    AuthService auth(*m_store);
    const auto wrong = auth.signIn(QStringLiteral("wealth"), QStringLiteral("guess-1234"));
    const auto unknown = auth.signIn(QStringLiteral("nobody"), QStringLiteral("guess-1234"));
    QCOMPARE(wrong.outcome, AuthService::Outcome::WrongCredentials);
    QCOMPARE(unknown.outcome, AuthService::Outcome::WrongCredentials);
    QVERIFY(!wrong.session);
    QCOMPARE(wrong.message, unknown.message);
    QVERIFY(!wrong.message.isEmpty());
}

void tst_AuthAudit::repeatedFailuresLockTheAccount()
{
    AuthService auth(*m_store);
    for (int i = 1; i < AuthService::kMaxFailedAttempts; ++i)
        QCOMPARE(auth.signIn(QStringLiteral("teller"), QStringLiteral("wrong-pass")).outcome,
                 AuthService::Outcome::WrongCredentials);
    const auto locking = auth.signIn(QStringLiteral("teller"), QStringLiteral("wrong-pass"));
    QCOMPARE(locking.outcome, AuthService::Outcome::Locked);
    QVERIFY(locking.message.contains(QStringLiteral("locked")));
    // Even the right password is refused while locked.
    const auto meanwhile = auth.signIn(QStringLiteral("teller"), test::kPassword);
    QCOMPARE(meanwhile.outcome, AuthService::Outcome::Locked);
    QVERIFY(!meanwhile.session);
    // Other users are unaffected.
    QCOMPARE(auth.signIn(QStringLiteral("wealth"), test::kPassword).outcome,
             AuthService::Outcome::SignedIn);
}

void tst_AuthAudit::intactChainVerifies()
{
    AuthService auth(*m_store);
    auth.signIn(QStringLiteral("head"), test::kPassword);
    auth.signIn(QStringLiteral("head"), QStringLiteral("wrong-pass"));
    const AuditTrail::Verification verification = AuditTrail(*m_store).verify();
    QVERIFY2(verification.intact, qPrintable(verification.problem));
    QVERIFY(verification.entries >= 7); // five users added, a sign-in and a failure
}

void tst_AuthAudit::tamper(const QByteArray &sql)
{
    m_store->close();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    const QByteArray script = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
            + sql;
    char *error = nullptr;
    QCOMPARE(sqlite3_exec(db, script.constData(), nullptr, nullptr, &error), SQLITE_OK);
    sqlite3_close(db);
    QVERIFY(m_store->open(m_path));
}

void tst_AuthAudit::tamperingIsFound_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("edited action") << QByteArray("UPDATE audit_log SET action = 'nothing' WHERE seq = 3;")
                                   << qint64(3) << QStringLiteral("edited");
    QTest::newRow("edited actor") << QByteArray("UPDATE audit_log SET actor_name = 'someone' WHERE seq = 2;")
                                  << qint64(2) << QStringLiteral("edited");
    QTest::newRow("deleted entry") << QByteArray("DELETE FROM audit_log WHERE seq = 2;")
                                   << qint64(3) << QStringLiteral("deleted");
    QTest::newRow("reordered entries")
            << QByteArray("UPDATE audit_log SET seq = 100 WHERE seq = 2;"
                          "UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                          "UPDATE audit_log SET seq = 3 WHERE seq = 100;")
            << qint64(2) << QStringLiteral("link");
    QTest::newRow("hash recomputed without chain")
            << QByteArray("UPDATE audit_log SET prev_hash = hash WHERE seq = 4;") << qint64(4)
            << QStringLiteral("link");
}

void tst_AuthAudit::tamperingIsFound()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problemPart);
    AuthService(*m_store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY(AuditTrail(*m_store).verify().intact);

    tamper(sql);
    const AuditTrail::Verification verification = AuditTrail(*m_store).verify();
    QVERIFY(!verification.intact);
    QCOMPARE(verification.firstBadSeq, badSeq);
    QVERIFY2(verification.problem.contains(problemPart), qPrintable(verification.problem));
}

QTEST_GUILESS_MAIN(tst_AuthAudit)
#include "tst_auth_audit.moc"
