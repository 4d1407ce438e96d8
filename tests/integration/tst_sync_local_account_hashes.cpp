// Issue #21 / #14: a local-only account's password hash (Argon2id) travelled in the change a
// desk pushes for `user add` / `user passwd`: the server kept it in its log and served it in
// GET /v1/changes to every desk of the branch. Now it stays at the desk that set it
// (docs/SECURITY.md §3a): the server stores and serves the empty placeholder, and a desk
// never takes the placeholder over a hash it has, its own change coming back included.
// Every step a real process: `branchdesk-admin demo`, `branchdesk-server import-branch`,
// `branchdesk-admin user add / passwd / sync`, the server's HTTP routes.
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kHead = QStringLiteral("head"); // demo accounts: password "<name>-demo"
const QString kHeadPassword = QStringLiteral("head-demo");
const QString kDeskAdmin = QStringLiteral("admin"); // who syncs desk A: staff_user is theirs
const QString kDeskAdminPassword = QStringLiteral("admin-demo");
const QString kLocal = QStringLiteral("loc.kim"); // an account only desk A knows
const QString kAdminPassword = QStringLiteral("server-admin-1");

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `branchdesk-admin` with the signed-in user's password and a new one (user add, passwd).
test::AdminSaid adminWithNewPassword(const QStringList &arguments, const QString &password,
                                     const QString &newPassword)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), password);
    environment.insert(QStringLiteral("BRANCHDESK_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    test::AdminSaid said;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        said.code = process.exitCode();
    said.output = QString::fromUtf8(process.readAllStandardOutput());
    said.errors = QString::fromUtf8(process.readAllStandardError());
    return said;
}

// The account's row on a desk: id and password hash (empty strings if there is none).
QStringList rowOf(const QString &file, const QString &username)
{
    Store store;
    if (!store.open(file))
        return { QString(), QString() };
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id, password_hash FROM staff_user WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return { QString(), QString() };
    return { query.value(0).toString(), query.value(1).toString() };
}

bool signsIn(const QString &file, const QString &username, const QString &password)
{
    Store store;
    if (!store.open(file))
        return false;
    const AuthService::Result result = AuthService(store).signIn(username, password);
    if (!result.session) {
        qWarning("%s at %s: %s", qPrintable(username), qPrintable(file),
                 qPrintable(result.message));
        return false;
    }
    AuthService(store).signOut(*result.session);
    return true;
}
} // namespace

class tst_SyncLocalAccountHashes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aLocalAccountsHashStaysAtItsDesk();
    void hashesALogFromBeforeHoldsAreNotServed();

private:
    bool syncA();
    // GET /v1/changes from the start of the branch's log as `token`, raw.
    QByteArray wholeLog(const QByteArray &token);

    // The log's fields as text, and the placeholder as the store writes it (jsonb spaces).
    QString fieldsText() const;
    QString placeholder() const;

    test::SyncServerFixture m_server{
        test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)
    };
    QTemporaryDir m_dir;
    QString m_branchId;
    QString m_a; // desk A: the demo file the branch was imported from
};

void tst_SyncLocalAccountHashes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_a = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(m_server, m_a, 20, QStringLiteral("318804"), kHeadPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    m_branchId = *imported;
    QVERIFY(m_server.addAccount(kHead, m_branchId, StaffRole::BranchHead, kHeadPassword));
    QVERIFY(m_server.addAccount(kDeskAdmin, m_branchId, StaffRole::Admin, kDeskAdminPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("r.admin"), m_branchId, StaffRole::Admin,
                                kAdminPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("r.teller"), m_branchId, StaffRole::Teller,
                                QStringLiteral("teller-pass-1")));
    QVERIFY(syncA());
}

bool tst_SyncLocalAccountHashes::syncA()
{
    return test::syncByAdmin(m_a, m_server.url(), kDeskAdmin, kDeskAdminPassword);
}

QString tst_SyncLocalAccountHashes::fieldsText() const
{
    return m_server.driver() == test::SyncServerFixture::Driver::Postgres
            ? QStringLiteral("CAST(fields AS text)")
            : QStringLiteral("fields");
}

QString tst_SyncLocalAccountHashes::placeholder() const
{
    return m_server.driver() == test::SyncServerFixture::Driver::Postgres
            ? QStringLiteral("\"password_hash\": \"\"")
            : QStringLiteral("\"password_hash\":\"\"");
}

QByteArray tst_SyncLocalAccountHashes::wholeLog(const QByteArray &token)
{
    const auto [status, body] = m_server.getRaw(QStringLiteral("/v1/changes?after=0&limit=5000"),
                                                token);
    return status == 200 ? body : QByteArray();
}

void tst_SyncLocalAccountHashes::aLocalAccountsHashStaysAtItsDesk()
{
    // Desk A's administrator adds a local-only administrator, who then sets their own
    // password (a role outside four eyes: both take effect at once).
    const test::AdminSaid added = adminWithNewPassword(
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_a,
              QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--username"),
              kLocal, QStringLiteral("--name"), QStringLiteral("Kim Local"),
              QStringLiteral("--role"), QStringLiteral("admin") },
            kDeskAdminPassword, QStringLiteral("kim-pass-1"));
    QVERIFY2(added.code == 0, qPrintable(added.text()));
    const QString firstHash = rowOf(m_a, kLocal).at(1);
    QVERIFY(firstHash.startsWith(QLatin1String("$argon2")));
    QVERIFY(syncA());
    const test::AdminSaid changed = adminWithNewPassword(
            { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), m_a,
              QStringLiteral("--user"), kLocal, QStringLiteral("--username"), kLocal },
            QStringLiteral("kim-pass-1"), QStringLiteral("kim-pass-2"));
    QVERIFY2(changed.code == 0, qPrintable(changed.text()));
    const QStringList own = rowOf(m_a, kLocal);
    QVERIFY(own.at(1).startsWith(QLatin1String("$argon2")) && own.at(1) != firstHash);
    // Pushed, and pulled back in the same round and the next.
    QVERIFY(syncA());
    QVERIFY(syncA());

    // The server's log holds no hash, and no role is served one.
    for (const QByteArray &token : { m_server.signIn(kHead, kHeadPassword),
                                     m_server.signIn(QStringLiteral("r.teller"),
                                                     QStringLiteral("teller-pass-1")) }) {
        const QByteArray log = wholeLog(token);
        QVERIFY(log.contains(own.at(0).toUtf8())); // the account's changes are there
        QVERIFY2(!log.contains("$argon2"), log.mid(log.indexOf("$argon2") - 200, 300).constData());
    }
    {
        QSqlDatabase db = m_server.openDirect(QStringLiteral("log-look"));
        QVERIFY(db.isOpen());
        QSqlQuery stored(db);
        QVERIFY(stored.exec(QStringLiteral("SELECT count(*), sum(CASE WHEN %1 LIKE "
                                           "'%argon2%' THEN 1 ELSE 0 END) FROM change_log "
                                           "WHERE table_name = 'staff_user'")
                                    .arg(fieldsText()))
                && stored.next());
        QVERIFY(stored.value(0).toInt() >= 2);
        QCOMPARE(stored.value(1).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("log-look"));

    // Desk A keeps its own hash through the echo, and Kim signs in there.
    QCOMPARE(rowOf(m_a, kLocal).at(1), own.at(1));
    QVERIFY(signsIn(m_a, kLocal, QStringLiteral("kim-pass-2")));

    // Desk C, made from the branch afterwards: Kim is on its roster without a hash.
    const QString c = m_dir.filePath(QStringLiteral("c.db"));
    const test::AdminSaid made
            = test::runAdmin(test::adminSync(c, m_server.url(), kHead)
                                     + QStringList { QStringLiteral("--new") },
                             kHeadPassword);
    QVERIFY2(made.code == 0, qPrintable(made.text()));
    const QStringList atC = rowOf(c, kLocal);
    QCOMPARE(atC.at(0), own.at(0));
    QCOMPARE(atC.at(1), QString());
    const QByteArray fileC = contentOf(c);
    QVERIFY(!fileC.contains(own.at(1).toUtf8()) && !fileC.contains(firstHash.toUtf8()));
    QVERIFY(!signsIn(c, kLocal, QStringLiteral("kim-pass-2")));

    // Another desk's password change for Kim, as its sync pushes it (later clock, a hash
    // of its own): desk A takes the change and keeps its hash; Kim still signs in there.
    const QByteArray headToken = m_server.signIn(kHead, kHeadPassword);
    const QJsonArray served = QJsonDocument::fromJson(wholeLog(headToken))
                                      .object()
                                      .value(QStringLiteral("changes"))
                                      .toArray();
    QJsonObject other;
    for (const QJsonValue &change : served) {
        if (change[QLatin1String("row_id")].toString() == own.at(0))
            other = change.toObject();
    }
    QVERIFY(!other.isEmpty());
    other.remove(QStringLiteral("seq"));
    other.insert(QStringLiteral("change_id"), Uuid7Generator().next());
    other.insert(QStringLiteral("origin_node"), QStringLiteral("desk-c"));
    other.insert(QStringLiteral("hlc"),
                 QStringLiteral("%1-00000-desk-c")
                         .arg(QDateTime::currentMSecsSinceEpoch() + 60000, 16, 10,
                              QLatin1Char('0')));
    other.insert(QStringLiteral("fields"),
                 QJsonObject { { QStringLiteral("password_hash"),
                                 QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$"
                                                "ZGVza2Nzb3duc2FsdA$ZGVza2Nzb3duaGFzaA") } });
    const QByteArray push = QJsonDocument(QJsonObject {
            { QStringLiteral("branch_id"), m_branchId },
            { QStringLiteral("protocol"), SyncProtocol::kVersion },
            { QStringLiteral("changes"), QJsonArray { other } } }).toJson();
    const auto pushed = m_server.request(QStringLiteral("POST"), QStringLiteral("/v1/push"), push,
                                         m_server.signIn(QStringLiteral("r.admin"),
                                                         kAdminPassword));
    QCOMPARE(pushed.status, 200);
    const QString status = pushed.body.value(QStringLiteral("results"))
                                   .toArray()
                                   .at(0)[QLatin1String("status")]
                                   .toString();
    QCOMPARE(status, QStringLiteral("applied"));
    QVERIFY(syncA());
    QCOMPARE(rowOf(m_a, kLocal).at(1), own.at(1));
    QVERIFY(signsIn(m_a, kLocal, QStringLiteral("kim-pass-2")));
}

void tst_SyncLocalAccountHashes::hashesALogFromBeforeHoldsAreNotServed()
{
    // A server that took desks' hashes into its log before the rule still holds them there:
    // it serves them blanked.
    {
        QSqlDatabase db = m_server.openDirect(QStringLiteral("log-edit"));
        QVERIFY(db.isOpen());
        QSqlQuery edit(db);
        const QString planted = QStringLiteral("replace(%1, '%2', '\"password_hash\":"
                                               "\"$argon2id$v=19$m=19456,t=2,p=1$b2xkc2FsdA$"
                                               "b2xkaGFzaA\"')")
                                        .arg(fieldsText(), placeholder());
        const bool postgres = m_server.driver() == test::SyncServerFixture::Driver::Postgres;
        QVERIFY2(edit.exec(QStringLiteral("UPDATE change_log SET fields = %1 WHERE table_name = "
                                          "'staff_user'")
                                   .arg(postgres ? QStringLiteral("CAST(%1 AS jsonb)").arg(planted)
                                                 : planted)),
                 qPrintable(edit.lastError().text()));
        QVERIFY(edit.numRowsAffected() >= 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("log-edit"));
    for (const QByteArray &token : { m_server.signIn(kHead, kHeadPassword),
                                     m_server.signIn(QStringLiteral("r.teller"),
                                                     QStringLiteral("teller-pass-1")) }) {
        const QByteArray log = wholeLog(token);
        QVERIFY(log.contains("password_hash"));
        QVERIFY2(!log.contains("$argon2"), log.mid(log.indexOf("$argon2") - 200, 300).constData());
    }
    // Started again, the server holds them no more, at rest.
    m_server.stopServer();
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    {
        QSqlDatabase db = m_server.openDirect(QStringLiteral("log-look"));
        QVERIFY(db.isOpen());
        QSqlQuery stored(db);
        QVERIFY(stored.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE %1 LIKE "
                                           "'%argon2%'")
                                    .arg(fieldsText()))
                && stored.next());
        QCOMPARE(stored.value(0).toInt(), 0);
        QVERIFY(stored.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = "
                                           "'staff_user' AND %1 LIKE '%%2%'")
                                    .arg(fieldsText(), placeholder()))
                && stored.next());
        QVERIFY(stored.value(0).toInt() >= 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("log-look"));
}

QTEST_GUILESS_MAIN(tst_SyncLocalAccountHashes)
#include "tst_sync_local_account_hashes.moc"
