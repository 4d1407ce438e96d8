// The local store: fresh creation, upgrade of a stored version-1 file, and refusal —
// with the file left byte-for-byte untouched — of files it must not open.
#include "database/core/MigrationRunner.h"
#include "../common/OlderDeskFile.h"
#include "../common/ResultAssert.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCryptographicHash>
#include <QList>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

#include <sys/stat.h>

using namespace bd;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL through the raw engine, as another program (or an older BranchDesk) would.
bool runSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning() << "sqlite:" << error;
    sqlite3_free(error);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QByteArray storedVersion1Dump()
{
    QFile file(QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/branchdesk_schema_v1.sql"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList tables(Store &store)
{
    QStringList names;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString pragma(Store &store, const QString &name)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA ") + name);
    return query.next() ? query.value(0).toString() : QString();
}
} // namespace

class tst_StoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreHasWholeDataModel();
    void upgradesStoredVersion1File();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void failedMigrationKeepsPreviousVersion();
    void olderFileIsMadeByTheMigrationsOfItsDay();
    void anOlderFilesUpgradeIsToldStepByStep();
    void searchKeysOutliveTheirForeignKey();
    void aSearchKeyTableNotAsMadeIsRefusedUntouched();
    void aRowBringingItsBirthYearKeepsIt();
    void transactionGuardRollsBack();
    void auditLogIsAppendOnly();
    void eachThreadHasItsOwnConnection();
    void fileIsReadableByItsOwnerOnly();

private:
    QTemporaryDir m_dir;
};

void tst_StoreMigrations::freshStoreHasWholeDataModel()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
    Store store;
    QVERIFY_RESULT(store.open(path));
    QVERIFY(store.wasCreated());
    QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion());
    QVERIFY(store.schemaVersion() >= 2);

    const QStringList expected = {
            QStringLiteral("app_setting"),   QStringLiteral("audit_log"),
            QStringLiteral("aum_snapshot"),  QStringLiteral("branch"),
            QStringLiteral("call_list"),     QStringLiteral("call_task"),
            QStringLiteral("care_task"),     QStringLiteral("customer"),
            QStringLiteral("customer_event"), QStringLiteral("customer_tag"),
            QStringLiteral("fund_arrival"),  QStringLiteral("holding"),
            QStringLiteral("interaction"),   QStringLiteral("kyc_answer"),
            QStringLiteral("kyc_session"),   QStringLiteral("lobby_visit"),
            QStringLiteral("referral"),      QStringLiteral("referral_check"),
            QStringLiteral("schema_version"), QStringLiteral("segment"),
            QStringLiteral("staff_user"),    QStringLiteral("sync_conflict"),
            QStringLiteral("sync_outbox"),   QStringLiteral("sync_state"),
            QStringLiteral("tag"),           QStringLiteral("teller_session"),
            QStringLiteral("txn")};
    const QStringList present = tables(store);
    for (const QString &table : expected)
        QVERIFY2(present.contains(table), qPrintable(table + QStringLiteral(" is missing")));

    QCOMPARE(pragma(store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(store, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(store, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(pragma(store, QStringLiteral("application_id")).toInt(), Store::kApplicationId);
    QVERIFY(!store.nodeId().isEmpty());

    // Money is integer fen: the schema refuses anything else sneaking in as negative AUM.
    QSqlQuery query(store.database());
    QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO customer(id, branch_id, cif_no, name, aum_fen, opened_on, created_at, "
            "updated_at) VALUES ('x', 'no-such-branch', 'C1', 'n', 1, '2026-01-01', 'a', 'a')")));
    store.close();

    // Reopening is a no-op upgrade that keeps the node id.
    Store again;
    QVERIFY(again.open(path));
    QVERIFY(!again.wasCreated());
    QCOMPARE(again.schemaVersion(), MigrationRunner::latestVersion());
}

void tst_StoreMigrations::upgradesStoredVersion1File()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.db"));
    const QByteArray dump = storedVersion1Dump();
    QVERIFY(!dump.isEmpty());
    QVERIFY(runSql(path, dump));

    Store store;
    QVERIFY_RESULT(store.open(path));
    QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion());

    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT name, aum_fen, tier, previous_tier, id_number "
                                      "FROM customer WHERE cif_no = 'C31010000001'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("张三"));
    QCOMPARE(query.value(1).toLongLong(), qint64(80000000));
    QCOMPARE(query.value(2).toString(), QStringLiteral("gold"));
    QVERIFY(query.value(3).isNull()); // new column, empty for old rows
    QCOMPARE(query.value(4).toString(), QStringLiteral("110101198001010010"));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM holding")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Version 9 fills the segment builder's family bit set from the holdings already there
    // (one active deposit: bit 1).
    QVERIFY(query.exec(QStringLiteral("SELECT holding_families FROM customer WHERE cif_no = 'C31010000001'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM aum_snapshot")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
    QList<int> versions;
    while (query.next())
        versions << query.value(0).toInt();
    QCOMPARE(versions.first(), 1);
    QCOMPARE(versions.last(), MigrationRunner::latestVersion());
    QCOMPARE(store.nodeId(), QStringLiteral("01907c2a-0000-7000-8000-000000000001"));
}

void tst_StoreMigrations::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QByteArray>("setup");   // how to make the file
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("text file") << QByteArray("text") << int(Store::Status::NotSqlite)
                               << QStringLiteral("not an SQLite file");
    QTest::newRow("another program's database")
            << QByteArray("foreign") << int(Store::Status::NotOurs) << QStringLiteral("another program");
    QTest::newRow("newer BranchDesk") << QByteArray("newer") << int(Store::Status::Newer)
                                      << QStringLiteral("newer BranchDesk");
    QTest::newRow("damaged pages") << QByteArray("corrupt") << int(Store::Status::Corrupt)
                                   << QStringLiteral("damaged");
}

void tst_StoreMigrations::refusesAndLeavesUntouched()
{
    QFETCH(QByteArray, setup);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    const QString path = m_dir.filePath(QString::fromLatin1(setup) + QStringLiteral(".db"));
    if (setup == "text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone\n张三,13800138000\n");
    } else if (setup == "foreign") {
        QVERIFY(runSql(path, "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);"
                             "INSERT INTO moz_places(url) VALUES ('https://example.org');"));
    } else if (setup == "newer") {
        QVERIFY(runSql(path, storedVersion1Dump()));
        QVERIFY(runSql(path, "INSERT INTO schema_version VALUES (99, 'future', '2030-01-01');"));
    } else if (setup == "corrupt") {
        QVERIFY(runSql(path, storedVersion1Dump()));
        // Overwrite the middle of the file: the b-tree pages become garbage.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(int(size - 8192), '\x5A'));
    }
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    Store store;
    const Result<> opened = store.open(path);
    QVERIFY(!opened);
    QCOMPARE(int(store.status()), status);
    QVERIFY2(opened.errorString().contains(messagePart), qPrintable(opened.errorString()));
    QVERIFY2(opened.errorString().contains(path), "the message names the file");
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_StoreMigrations::failedMigrationKeepsPreviousVersion()
{
    // A v1 file in which someone already made a table that migration 2 wants to create:
    // migration 2 fails, rolls back, and the file stays a readable version 1.
    const QString path = m_dir.filePath(QStringLiteral("blocked.db"));
    QVERIFY(runSql(path, storedVersion1Dump()));
    QVERIFY(runSql(path, "CREATE TABLE aum_snapshot(x INTEGER);"));

    Store store;
    const Result<> opened = store.open(path);
    QVERIFY(!opened);
    QCOMPARE(store.status(), Store::Status::MigrationFailed);
    QVERIFY(opened.errorString().contains(QStringLiteral("version 2")));

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(version) FROM schema_version", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 1);
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(db, "SELECT count(*) FROM pragma_table_info('customer') "
                           "WHERE name = 'previous_tier'", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 0); // the ALTERs of version 2 were rolled back
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

// Tests make files of an older schema through the runner, stopped at a version; a desk that
// opens one takes it on from there. The version is found by name, so a new migration needs
// no edit here.
void tst_StoreMigrations::olderFileIsMadeByTheMigrationsOfItsDay()
{
    const int customerFigure = test::migrationVersion(QStringLiteral("customer_figure"));
    QVERIFY(customerFigure > 1);
    const QString path = m_dir.filePath(QStringLiteral("older.db"));
    const QString made = test::makeDeskFileAt(path, customerFigure - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(!test::makeDeskFileAt(path, customerFigure - 1).isEmpty()); // never over a file

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(version), count(*) FROM schema_version", -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), customerFigure - 1);
    QCOMPARE(sqlite3_column_int(stmt, 1), MigrationRunner::migrationFiles().indexOf(
                     QStringLiteral(":/migrations/sqlite/%1_customer_figure.sql")
                             .arg(customerFigure, 4, 10, QLatin1Char('0'))));
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE name = 'customer_figure'",
                       -1, &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 0); // the later migration did not run
    sqlite3_finalize(stmt);
    sqlite3_close(db);

    Store store;
    QVERIFY_RESULT(store.open(path));
    QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion());
    QVERIFY(tables(store).contains(QStringLiteral("customer_figure")));
}

// Whoever opens an older file hears of its upgrade (a minute at a million customers, issue
// #15): every step it applies, in order, each from its start to its end, the last one m of
// m. A file already at the latest schema and a new file are opened without a word.
void tst_StoreMigrations::anOlderFilesUpgradeIsToldStepByStep()
{
    const int kept = test::migrationVersion(QStringLiteral("kyc_field_figure"));
    QVERIFY(kept > 1);
    const int steps = test::migrationStepsFrom(kept);
    const QString path = m_dir.filePath(QStringLiteral("told.db"));
    const QString made = test::makeDeskFileAt(path, kept - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    QList<MigrationProgress> heard;
    const MigrationProgressFn listen = [&heard](const MigrationProgress &progress) {
        heard << progress;
    };
    {
        Store store;
        QVERIFY_RESULT(store.open(path, listen));
        QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion());
    }
    QVERIFY(heard.size() >= 2 * steps);
    int step = 0;
    int version = kept - 1;
    double fraction = -1;
    for (const MigrationProgress &progress : std::as_const(heard)) {
        QCOMPARE(progress.steps, steps);
        if (progress.step != step) { // a step begins: the one after, not yet done
            QCOMPARE(progress.step, step + 1);
            QVERIFY(progress.version > version);
            QVERIFY(!progress.stepDone);
            QVERIFY(progress.fraction <= 0);
            step = progress.step;
            version = progress.version;
        } else { // within a step: never back, never past the whole
            QCOMPARE(progress.version, version);
            QVERIFY2(progress.fraction >= fraction || progress.fraction < 0,
                     qPrintable(QStringLiteral("%1 after %2").arg(progress.fraction).arg(fraction)));
            QVERIFY(progress.fraction <= 1.0);
        }
        fraction = progress.fraction;
        if (progress.stepDone)
            QCOMPARE(progress.fraction, 1.0);
    }
    QCOMPARE(heard.first().step, 1);
    QCOMPARE(heard.first().version, kept);
    QCOMPARE(heard.last().step, steps);
    QVERIFY(heard.last().stepDone);
    QCOMPARE(heard.last().version, MigrationRunner::latestVersion());
    for (int n = 1; n <= steps; ++n) { // each step ends once
        QCOMPARE(std::count_if(heard.cbegin(), heard.cend(), [n](const MigrationProgress &p) {
                     return p.step == n && p.stepDone;
                 }),
                 1);
    }

    heard.clear();
    {
        Store store;
        QVERIFY_RESULT(store.open(path, listen)); // at the latest schema now
    }
    QVERIFY(heard.isEmpty());
    {
        Store store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("told-new.db")), listen));
        QVERIFY(store.wasCreated());
    }
    QVERIFY(heard.isEmpty());
}

// 0045 takes the foreign key off customer_search_key in place (issue 13: a customer lookup
// per key): an older file's keys stay as they were, a deleted customer's keys still go with
// them (a trigger now), and the file is sound.
void tst_StoreMigrations::searchKeysOutliveTheirForeignKey()
{
    const int changed = test::migrationVersion(QStringLiteral("pulled_row_writes"));
    QVERIFY(changed > 1);
    const QString path = m_dir.filePath(QStringLiteral("keys.db"));
    const QString made = test::makeDeskFileAt(path, changed - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(runSql(path, "INSERT INTO branch(id, code, name, created_at, updated_at) "
                         "VALUES ('b1', '310101', 'b', 'a', 'a');"
                         "INSERT INTO customer(id, branch_id, cif_no, name, aum_fen, opened_on, "
                         "created_at, updated_at) VALUES "
                         "('c1', 'b1', 'C1', 'n', 1, '2026-01-01', 'a', 'a'), "
                         "('c2', 'b1', 'C2', 'm', 1, '2026-01-01', 'a', 'a');"
                         "INSERT INTO customer_search_key(key, customer_id) VALUES "
                         "('n:n', 'c1'), ('c:C1', 'c1'), ('n:m', 'c2');"));

    Store store;
    QVERIFY_RESULT(store.open(path));
    QCOMPARE(store.schemaVersion(), MigrationRunner::latestVersion());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list("
                                      "'customer_search_key')")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(pragma(store, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(key || '=' || customer_id, ' ') FROM "
                                      "(SELECT * FROM customer_search_key ORDER BY 1, 2)"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("c:C1=c1 n:m=c2 n:n=c1"));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM customer WHERE id = 'c1'")));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(key || '=' || customer_id, ' ') FROM "
                                      "customer_search_key"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("n:m=c2"));
}

// 0045 rewrites customer_search_key's text in sqlite_schema: only the text 0003 wrote. A file
// whose table says anything else is refused with the reason, its table and version left as
// they were, and the handle no longer able to write sqlite_schema.
void tst_StoreMigrations::aSearchKeyTableNotAsMadeIsRefusedUntouched()
{
    const int changed = test::migrationVersion(QStringLiteral("pulled_row_writes"));
    const QString path = m_dir.filePath(QStringLiteral("other_keys.db"));
    const QString made = test::makeDeskFileAt(path, changed - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY(runSql(path, "DROP TABLE customer_search_key;"
                         "CREATE TABLE customer_search_key (key TEXT NOT NULL, "
                         "customer_id TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE, "
                         "weight INTEGER, PRIMARY KEY (key, customer_id)) WITHOUT ROWID;"));
    const char definition[] = "SELECT sql FROM sqlite_schema WHERE name = 'customer_search_key'";
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const auto single = [db](const char *sql) {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    };
    const QString before = single(definition);

    const Result<> upgraded = MigrationRunner::migrateUpTo(db, changed - 1, changed);
    const QString writable = single("PRAGMA writable_schema");
    const QString after = single(definition);
    const QString version = single("SELECT max(version) FROM schema_version");
    sqlite3_close(db);

    QVERIFY(!upgraded);
    QVERIFY2(upgraded.errorString().contains(
                     QStringLiteral("customer_search_key_is_not_as_migration_0003_made_it")),
             qPrintable(upgraded.errorString()));
    QCOMPARE(writable, QStringLiteral("0"));
    QCOMPARE(after, before);
    QVERIFY(after.contains(QStringLiteral("REFERENCES customer(id)")));
    QCOMPARE(version.toInt(), changed - 1);
}

// 0045: the insert trigger no longer rewrites a new row that brings its birth year (issue 13);
// a plain date with no year, or with another year, still sets it from the date.
void tst_StoreMigrations::aRowBringingItsBirthYearKeepsIt()
{
    Store store;
    QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("years.db"))));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                      "VALUES ('b1', '310101', 'b', 'a', 'a')")));
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO customer(id, branch_id, cif_no, name, aum_fen, opened_on, created_at, "
            "updated_at, birth_date, birth_year) VALUES "
            "('none', 'b1', 'C1', 'n', 1, '2026-01-01', 'a', 'a', '1980-05-01', NULL), "
            "('same', 'b1', 'C2', 'n', 1, '2026-01-01', 'a', 'a', '1981-05-01', 1981), "
            "('other', 'b1', 'C3', 'n', 1, '2026-01-01', 'a', 'a', '1982-05-01', 1999), "
            "('sealed', 'b1', 'C4', 'n', 1, '2026-01-01', 'a', 'a', 'v1:sealed', 1983)")));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(id || '=' || birth_year, ' ') FROM "
                                      "(SELECT id, birth_year FROM customer ORDER BY cif_no)"))
            && query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("none=1980 same=1981 other=1982 sealed=1983"));
}

void tst_StoreMigrations::transactionGuardRollsBack()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("tx.db"))));
    {
        Transaction transaction(store.database());
        QVERIFY(transaction.isActive());
        QVERIFY(store.setSetting(QStringLiteral("probe"), QStringLiteral("1")));
        // no commit: leaving the scope rolls back
    }
    QCOMPARE(store.setting(QStringLiteral("probe"), QStringLiteral("absent")), QStringLiteral("absent"));
    {
        Transaction transaction(store.database());
        QVERIFY(store.setSetting(QStringLiteral("probe"), QStringLiteral("2")));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(store.setting(QStringLiteral("probe")), QStringLiteral("2"));
}

void tst_StoreMigrations::auditLogIsAppendOnly()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("audit.db"))));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO audit_log(id, occurred_at, actor_name, action, prev_hash, hash) "
            "VALUES ('a', 't', 'x', 'sign_in', 'p', 'h')")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sign_in"));
}

void tst_StoreMigrations::eachThreadHasItsOwnConnection()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("threads.db"))));
    QVERIFY(store.setSetting(QStringLiteral("written_by"), QStringLiteral("main")));
    const QString mainConnection = store.database().connectionName();
    QString workerConnection;
    QString seenByWorker;
    QThread *worker = QThread::create([&] {
        workerConnection = store.database().connectionName();
        seenByWorker = store.setting(QStringLiteral("written_by"));
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != mainConnection);
    QCOMPARE(seenByWorker, QStringLiteral("main"));
}

void tst_StoreMigrations::fileIsReadableByItsOwnerOnly()
{
    // Issue 14: the file (and its -wal and -shm) holds personal data; with the usual umask
    // it was created 0644, readable by every account on the machine.
    const mode_t previous = ::umask(022);
    auto modeOf = [](const QString &path) {
        struct stat info {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    };
    const QString path = m_dir.filePath(QStringLiteral("owner-only.db"));
    {
        Store store;
        QVERIFY_RESULT(store.open(path));
        QSqlQuery(store.database()).exec(QStringLiteral("CREATE TABLE t(x)"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        store.close();
    }
    // A file an older version left readable by others is tightened when it is opened.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    {
        Store store;
        QVERIFY_RESULT(store.open(path));
        QCOMPARE(modeOf(path), 0600);
        store.close();
    }
    ::umask(previous);
}

QTEST_GUILESS_MAIN(tst_StoreMigrations)
#include "tst_store_migrations.moc"
