// Issue #21 / #14: the staff roster's password hashes (Argon2id) came with the branch's
// snapshot and its baseline pages, so a holder of a new workstation's file (or of the
// server's snapshot folder) could guess every colleague's password offline. Now no role
// gets any hash in what a new workstation downloads (docs/SECURITY.md §3a); the user who
// downloads signs in there afterwards through the offline verifier `sync --new` keeps.
// Every step a real process: `branchdesk-admin demo`, `branchdesk-server import-branch`, the
// server's HTTP routes per role, `branchdesk-admin sync --new`.
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace bd;

namespace {
const QString kHead = QStringLiteral("head"); // a demo account: password "head-demo"
const QString kHeadPassword = QStringLiteral("head-demo");

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class tst_SyncRosterHashes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotFileHoldsNoHash();
    void pagesHoldNoHashForAnyRole_data();
    void pagesHoldNoHashForAnyRole();
    void snapshotsHandedOutHoldNoHash_data();
    void snapshotsHandedOutHoldNoHash();
    void pagesAndSnapshotStoredBeforeHoldNoHashHandedOut();
    void downloaderSignsInOnTheNewWorkstation();

private:
    // What `bytes` holds of the source file's hashes: empty when nothing.
    QString hashesIn(const QByteArray &bytes) const;
    QByteArray tokenOf(StaffRole role);

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    QTemporaryDir m_dir;
    QString m_branchId;
    QList<QByteArray> m_hashes; // the demo file's staff password hashes
    QHash<QString, QByteArray> m_hashOf; // by user name
};

void tst_SyncRosterHashes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString a = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(m_server, a, 20, QStringLiteral("318803"), kHeadPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    m_branchId = *imported;
    QVERIFY(m_server.addAccount(kHead, m_branchId, StaffRole::BranchHead, kHeadPassword));
    for (const StaffRole role : StaffRoles::all())
        QVERIFY(m_server.addAccount(QStringLiteral("r.") + StaffRoles::code(role), m_branchId,
                                    role, StaffRoles::code(role) + QStringLiteral("-pass-1")));
    Store store;
    QVERIFY(store.open(a));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT username, password_hash FROM staff_user")));
    while (query.next()) {
        m_hashes << query.value(1).toString().toLatin1();
        m_hashOf.insert(query.value(0).toString(), m_hashes.last());
    }
    // The demo file holds a hash for each demo account: what the checks look for.
    QVERIFY(m_hashes.size() >= 4);
    QVERIFY(m_hashes.first().startsWith("$argon2id$"));
}

QString tst_SyncRosterHashes::hashesIn(const QByteArray &bytes) const
{
    int found = 0;
    for (const QByteArray &hash : m_hashes)
        found += bytes.contains(hash) ? 1 : 0;
    const qsizetype argon = bytes.count("$argon2");
    if (found == 0 && argon == 0)
        return {};
    return QStringLiteral("%1 of the roster's %2 hashes, %3 Argon2 strings")
            .arg(found)
            .arg(m_hashes.size())
            .arg(argon);
}

QByteArray tst_SyncRosterHashes::tokenOf(StaffRole role)
{
    return m_server.signIn(QStringLiteral("r.") + StaffRoles::code(role),
                           StaffRoles::code(role) + QStringLiteral("-pass-1"));
}

void tst_SyncRosterHashes::snapshotFileHoldsNoHash()
{
    // The file in the server's snapshot folder, byte by byte (freed pages count too).
    const QByteArray served = contentOf(
            QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".sqlite")));
    QVERIFY(!served.isEmpty());
    QVERIFY2(hashesIn(served).isEmpty(), qPrintable(hashesIn(served)));
}

void tst_SyncRosterHashes::pagesHoldNoHashForAnyRole_data()
{
    QTest::addColumn<StaffRole>("role");
    for (const StaffRole role : StaffRoles::all())
        QTest::newRow(qPrintable(StaffRoles::code(role))) << role;
}

void tst_SyncRosterHashes::pagesHoldNoHashForAnyRole()
{
    QFETCH(StaffRole, role);
    const QByteArray token = tokenOf(role);
    QVERIFY(!token.isEmpty());
    const auto info = m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/baseline"), {},
                                       token);
    QCOMPARE(info.status, 200);
    const QString id = info.body.value(QStringLiteral("baseline_id")).toString();
    const int pages = info.body.value(QStringLiteral("pages")).toInt();
    QVERIFY(pages > 0);
    bool rosterSeen = false;
    for (int page = 1; page <= pages; ++page) {
        const auto [status, body] = m_server.getRaw(
                QStringLiteral("/v1/baseline-page?id=%1&page=%2").arg(id).arg(page), token);
        QCOMPARE(status, 200);
        rosterSeen = rosterSeen || body.contains("staff_user");
        QVERIFY2(hashesIn(body).isEmpty(),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(hashesIn(body))));
    }
    QVERIFY(rosterSeen); // the roster still comes, without its hashes
}

void tst_SyncRosterHashes::snapshotsHandedOutHoldNoHash_data()
{
    pagesHoldNoHashForAnyRole_data();
}

void tst_SyncRosterHashes::snapshotsHandedOutHoldNoHash()
{
    // The snapshot as each role is handed it: the branch's, or its copy without personal
    // data for the roles that may not see it (made on the server's worker: asked again).
    QFETCH(StaffRole, role);
    const QByteArray token = tokenOf(role);
    QVERIFY(!token.isEmpty());
    const QString query = QStringLiteral("?personal_data=withheld");
    const QByteArray file = m_server.downloadSnapshotWhenReady(token, query);
    QVERIFY(!file.isEmpty());
    QVERIFY2(hashesIn(file).isEmpty(), qPrintable(hashesIn(file)));
}

void tst_SyncRosterHashes::pagesAndSnapshotStoredBeforeHoldNoHashHandedOut()
{
    // A server that imported the branch before the rule kept the hashes in its stored pages
    // and its snapshot file: it hands out neither with them.
    const QString connection = QStringLiteral("server-store");
    {
        QSqlDatabase db = m_server.openDirect(connection);
        QVERIFY(db.isOpen());
        QSqlQuery pages(db);
        pages.prepare(QStringLiteral("SELECT page_no, body FROM baseline_page WHERE branch_id = ? "
                                     "AND table_name = 'staff_user'"));
        pages.addBindValue(m_branchId);
        QVERIFY(pages.exec() && pages.next());
        const int pageNo = pages.value(0).toInt();
        QCborMap page = QCborValue::fromCbor(pages.value(1).toByteArray()).toMap();
        pages.finish();
        const QCborArray columns = page.value(QStringLiteral("columns")).toArray();
        qsizetype username = -1;
        qsizetype hash = -1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QCborValue name = columns.at(c);
            const QString text = name.isByteArray() ? QString::fromUtf8(name.toByteArray())
                                                    : name.toString();
            username = text == QLatin1String("username") ? c : username;
            hash = text == QLatin1String("password_hash") ? c : hash;
        }
        QVERIFY(username >= 0 && hash >= 0);
        QCborArray rows = page.value(QStringLiteral("rows")).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QCborArray row = rows.at(r).toArray();
            row[hash] = QCborValue(m_hashOf.value(QString::fromUtf8(row.at(username).toByteArray())));
            rows[r] = row;
        }
        page[QStringLiteral("rows")] = rows;
        const QByteArray old = QCborValue(page).toCbor();
        QVERIFY(!hashesIn(old).isEmpty());
        QSqlQuery store(db);
        store.prepare(QStringLiteral("UPDATE baseline_page SET body = ? WHERE branch_id = ? AND "
                                     "page_no = ?"));
        store.addBindValue(old);
        store.addBindValue(m_branchId);
        store.addBindValue(pageNo);
        QVERIFY(store.exec() && store.numRowsAffected() == 1);
        const auto info = m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/baseline"),
                                           {}, tokenOf(StaffRole::BranchHead));
        const QString id = info.body.value(QStringLiteral("baseline_id")).toString();
        for (const StaffRole role : StaffRoles::all()) {
            const auto [status, body] = m_server.getRaw(
                    QStringLiteral("/v1/baseline-page?id=%1&page=%2").arg(id).arg(pageNo),
                    tokenOf(role));
            QCOMPARE(status, 200);
            QVERIFY(body.contains("staff_user"));
            QVERIFY2(hashesIn(body).isEmpty(),
                     qPrintable(StaffRoles::code(role) + QStringLiteral(": ") + hashesIn(body)));
        }
    }
    QSqlDatabase::removeDatabase(connection);

    // The snapshot file with the roster's hashes, as import-branch made it before.
    m_server.stopServer();
    const QString served
            = QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(served);
        QVERIFY(db.open());
        QSqlQuery put(db);
        for (auto it = m_hashOf.cbegin(); it != m_hashOf.cend(); ++it) {
            put.prepare(QStringLiteral("UPDATE staff_user SET password_hash = ? WHERE username = ?"));
            put.addBindValue(QString::fromLatin1(it.value()));
            put.addBindValue(it.key());
            QVERIFY(put.exec());
        }
        put.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray bytes = contentOf(served);
    QVERIFY(!hashesIn(bytes).isEmpty());
    const QString factsPath
            = QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".json"));
    QFile factsFile(factsPath);
    QVERIFY(factsFile.open(QIODevice::ReadOnly));
    QJsonObject facts = QJsonDocument::fromJson(factsFile.readAll()).object();
    factsFile.close();
    facts.insert(QStringLiteral("size"), double(bytes.size()));
    facts.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(factsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    factsFile.write(QJsonDocument(facts).toJson());
    factsFile.close();

    // Started on it: the pages stored with hashes hold none any more, at rest ...
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    {
        QSqlDatabase db = m_server.openDirect(connection);
        QVERIFY(db.isOpen());
        QSqlQuery pages(db);
        QVERIFY(pages.exec(QStringLiteral("SELECT body FROM baseline_page WHERE table_name = "
                                          "'staff_user'")));
        int roster = 0;
        while (pages.next()) {
            ++roster;
            const QByteArray body = pages.value(0).toByteArray();
            QVERIFY2(hashesIn(body).isEmpty(), qPrintable(hashesIn(body)));
        }
        QVERIFY(roster > 0);
    }
    QSqlDatabase::removeDatabase(connection);
    // ... and the first snapshot handed out to either kind of role holds no hash.
    for (const StaffRole role : { StaffRole::BranchHead, StaffRole::Teller }) {
        const QByteArray token = tokenOf(role);
        const QString query = QStringLiteral("?personal_data=withheld");
        const QByteArray file = m_server.downloadSnapshotWhenReady(token, query);
        QVERIFY(!file.isEmpty());
        QVERIFY2(hashesIn(file).isEmpty(),
                 qPrintable(StaffRoles::code(role) + QStringLiteral(": ") + hashesIn(file)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(hashesIn(contentOf(served)).isEmpty(), 60000);
}

void tst_SyncRosterHashes::downloaderSignsInOnTheNewWorkstation()
{
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const test::AdminSaid made
            = test::runAdmin(test::adminSync(b, m_server.url(), kHead)
                                     + QStringList { QStringLiteral("--new") },
                             kHeadPassword);
    QVERIFY2(made.code == 0, qPrintable(made.text()));
    QVERIFY2(made.text().contains(QStringLiteral("from its snapshot")), qPrintable(made.text()));
    m_server.stopServer(); // offline from here on

    Store store;
    QVERIFY(store.open(b));
    QSqlQuery roster(store.database());
    QVERIFY(roster.exec(QStringLiteral("SELECT count(*), sum(password_hash <> '') FROM "
                                       "staff_user")) && roster.next());
    QVERIFY(roster.value(0).toInt() >= 4); // the roster came
    QCOMPARE(roster.value(1).toInt(), 0); // without a hash
    roster.finish();
    // Its only Argon2 string is the downloader's own verifier, none of the roster's hashes.
    const QByteArray file = contentOf(b);
    for (const QByteArray &hash : std::as_const(m_hashes))
        QVERIFY(!file.contains(hash));
    QVERIFY(roster.exec(QStringLiteral("SELECT group_concat(username) FROM offline_verifier"))
            && roster.next());
    QCOMPARE(roster.value(0).toString(), kHead);
    roster.finish();

    // The downloading user signs in offline (the verifier kept by sync --new) ...
    const AuthService::Result head = AuthService(store).signIn(kHead, kHeadPassword);
    QVERIFY2(head.session, qPrintable(head.message));
    AuthService(store).signOut(*head.session);
    // ... a colleague who never signed in online here cannot, whatever they type.
    const AuthService::Result teller
            = AuthService(store).signIn(QStringLiteral("teller"), QStringLiteral("teller-demo"));
    QVERIFY(!teller.session);
}

QTEST_GUILESS_MAIN(tst_SyncRosterHashes)
#include "tst_sync_roster_hashes.moc"
