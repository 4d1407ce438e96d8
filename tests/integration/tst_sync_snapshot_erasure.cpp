// Issue 13, "erased values exist nowhere afterwards": the branch's snapshot file on the
// server (what a new workstation downloads, made at import-branch) held an erased customer's
// personal data and search keys for good. Every step a real process: `branchdesk-admin demo`
// makes workstation A, `branchdesk-server import-branch` keeps its snapshot, A erases a
// customer (`customer erase`) and syncs; the snapshot file is then read as it is served.
// Its copy for roles without personal data follows, made off the request path (issue #21).
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kUser = QStringLiteral("head"); // a demo account: password "head-demo"
const QString kPassword = QStringLiteral("head-demo");

using test::AdminSaid;

// A branchdesk-admin run as the demo account.
AdminSaid admin(const QStringList &arguments)
{
    return test::runAdmin(arguments, kPassword);
}
} // namespace

class tst_SyncSnapshotErasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void erasedCustomerLeavesTheSnapshot();
    void copyWithoutPersonalDataIsMadeOffTheRequest();
    void snapshotHoldingAWorkstationsKeysIsWithdrawn();

private:
    QString withheldPath(const QString &suffix) const;
    // The sha256 of the branch's snapshot as served (its facts file).
    QByteArray servedSha256() const;

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    QTemporaryDir m_dir;
    QString m_branchId;
    QString m_workstation; // A's file
};

QString tst_SyncSnapshotErasure::withheldPath(const QString &suffix) const
{
    return QDir(m_server.snapshotDir()).filePath(QStringLiteral("withheld/") + m_branchId + suffix);
}

QByteArray tst_SyncSnapshotErasure::servedSha256() const
{
    QFile facts(QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".json")));
    if (!facts.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(facts.readAll())
            .object()
            .value(QStringLiteral("sha256"))
            .toString()
            .toLatin1();
}

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void tst_SyncSnapshotErasure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_SyncSnapshotErasure::erasedCustomerLeavesTheSnapshot()
{
    const QString a = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(m_server, a, 20, QStringLiteral("318802"), kPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    const QString branchId = *imported;
    m_branchId = branchId;
    m_workstation = a;
    QVERIFY(m_server.addAccount(kUser, branchId, StaffRole::BranchHead, kPassword));

    QString cif;
    QString id;
    {
        Store store;
        QVERIFY(store.open(a));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT c.cif_no, c.id FROM customer c WHERE EXISTS "
                                          "(SELECT 1 FROM interaction i WHERE i.customer_id = "
                                          "c.id AND i.purpose <> '') ORDER BY c.cif_no LIMIT 1")));
        QVERIFY(query.next());
        cif = query.value(0).toString();
        id = query.value(1).toString();
    }
    const QString snapshot = QDir(m_server.snapshotDir()).filePath(branchId + QStringLiteral(".sqlite"));
    const auto look = [&](const QString &sql) {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("snapshot-look"));
            db.setDatabaseName(snapshot);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                query.addBindValue(id);
                if (query.exec() && query.next())
                    value = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snapshot-look"));
        return value;
    };
    const QString searchKeys = QStringLiteral("SELECT count(*) FROM customer_search_key "
                                              "WHERE customer_id = ?");
    // Plain, as the server holds personal data; search keys are the workstation's to make.
    QVERIFY2(!look(QStringLiteral("SELECT phone FROM customer WHERE id = ?")).isNull(),
             "the snapshot has the customer's phone");
    QCOMPARE(look(searchKeys).toInt(), 0);
    const QByteArray madeOf = contentOf(withheldPath(QStringLiteral(".sqlite.source")));
    QCOMPARE(madeOf, servedSha256());

    const QStringList syncA = test::adminSync(a, m_server.url(), kUser);
    const AdminSaid first = admin(syncA);
    QVERIFY2(first.code == 0, qPrintable(first.text()));
    const AdminSaid erased
            = admin({ QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--db"),
                      a, QStringLiteral("--user"), kUser, QStringLiteral("--request"),
                      QStringLiteral("REQ-1"), QStringLiteral("--yes"), cif });
    QVERIFY2(erased.code == 0, qPrintable(erased.text()));
    const AdminSaid pushed = admin(syncA);
    QVERIFY2(pushed.code == 0, qPrintable(pushed.text()));

    // The served file: the customer erased in it, nothing left to find them by.
    QVERIFY(!look(QStringLiteral("SELECT erased_at FROM customer WHERE id = ?")).toString().isEmpty());
    QCOMPARE(look(QStringLiteral("SELECT name FROM customer WHERE id = ?")).toString(), QString());
    QVERIFY(look(QStringLiteral("SELECT phone FROM customer WHERE id = ?")).isNull());
    QVERIFY(look(QStringLiteral("SELECT id_number FROM customer WHERE id = ?")).isNull());
    QCOMPARE(look(searchKeys).toInt(), 0);
    QCOMPARE(look(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = ? AND "
                                 "(purpose <> '' OR customer_voice <> '')")).toInt(), 0);
    // The copy for roles without personal data is made again of the new file by itself,
    // before anyone asks for it.
    QVERIFY(servedSha256() != madeOf);
    QTRY_COMPARE_WITH_TIMEOUT(contentOf(withheldPath(QStringLiteral(".sqlite.source"))),
                              servedSha256(), 60000);

    // A new workstation made from it works and holds the customer erased.
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const AdminSaid made = admin(test::adminSync(b, m_server.url(), kUser)
                                 + QStringList { QStringLiteral("--new") });
    QVERIFY2(made.code == 0, qPrintable(made.text()));
    Store store;
    QVERIFY(store.open(b));
    QSqlQuery erasedAt(store.database());
    erasedAt.prepare(QStringLiteral("SELECT erased_at FROM customer WHERE id = ?"));
    erasedAt.addBindValue(id);
    QVERIFY(erasedAt.exec() && erasedAt.next());
    QVERIFY(!erasedAt.value(0).toString().isEmpty());
}

void tst_SyncSnapshotErasure::copyWithoutPersonalDataIsMadeOffTheRequest()
{
    QVERIFY(!m_branchId.isEmpty());
    const QString password = QStringLiteral("teller-pass-1");
    QVERIFY(m_server.addAccount(QStringLiteral("teller.offpath"), m_branchId, StaffRole::Teller,
                                password));
    const QByteArray token = m_server.signIn(QStringLiteral("teller.offpath"), password);
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/v1/snapshot?personal_data=withheld");
    QCOMPARE(m_server.request(QStringLiteral("GET"), path, {}, token).status, 200);

    // The copy lost (a failed making, a scrub): the request is not held up while it is
    // made again; the teller is told to come back, and finds it ready then.
    for (const QString &suffix :
         { QStringLiteral(".sqlite"), QStringLiteral(".json"), QStringLiteral(".sqlite.source") })
        QVERIFY(QFile::remove(withheldPath(suffix)));
    QNetworkReply *reply = m_server.startRequest(QStringLiteral("GET"), path, {}, token);
    QVERIFY(reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const test::SyncServerFixture::Answer preparing = test::SyncServerFixture::answerOf(reply);
    QCOMPARE(preparing.status, 503);
    QVERIFY(retryAfter.toInt() > 0);
    QVERIFY2(preparing.body.value(QStringLiteral("error")).toString().contains(
                     QStringLiteral("being prepared")),
             qPrintable(QJsonDocument(preparing.body).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.request(QStringLiteral("GET"), path, {}, token).status, 200,
                              60000);
    QCOMPARE(contentOf(withheldPath(QStringLiteral(".sqlite.source"))), servedSha256());
}

void tst_SyncSnapshotErasure::snapshotHoldingAWorkstationsKeysIsWithdrawn()
{
    // A snapshot as servers made them before issue #21: the imported file itself, its key
    // slots and sealed values included. A server started on it withdraws it.
    const QString served = QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".sqlite"));
    const QString factsPath = QDir(m_server.snapshotDir()).filePath(m_branchId + QStringLiteral(".json"));
    QFile factsFile(factsPath);
    QVERIFY(factsFile.open(QIODevice::ReadOnly));
    QJsonObject facts = QJsonDocument::fromJson(factsFile.readAll()).object();
    factsFile.close();
    QVERIFY(QFile::remove(served));
    QVERIFY(QFile::copy(m_workstation, served));
    const QByteArray bytes = contentOf(served);
    facts.insert(QStringLiteral("size"), double(bytes.size()));
    facts.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(factsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    factsFile.write(QJsonDocument(facts).toJson());
    factsFile.close();
    const QByteArray token = m_server.signIn(kUser, kPassword);
    QCOMPARE(m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/snapshot"), {}, token).status,
             200);

    m_server.stopServer();
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    QVERIFY(!QFile::exists(served));
    QVERIFY(!QFile::exists(factsPath));
    const QByteArray again = m_server.signIn(kUser, kPassword);
    QCOMPARE(m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/snapshot"), {}, again).status,
             404); // new workstations load the pages
    QCOMPARE(m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/baseline"), {}, again).status,
             200);
}

QTEST_GUILESS_MAIN(tst_SyncSnapshotErasure)
#include "tst_sync_snapshot_erasure.moc"
