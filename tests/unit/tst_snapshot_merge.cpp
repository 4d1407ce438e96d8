// SnapshotMerge on real files (issue #21): a workstation that does not hold the key of the
// file the branch was imported from keeps its own values where the snapshot's are sealed
// under that key, and a row new to it whose personal data is sealed so stops the merge
// with a message - nothing of the snapshot taken in - rather than arrive unreadable.
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"
#include "database/baseline/SnapshotMerge.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SnapshotMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsItsOwnValuesWhereTheSnapshotsAreSealed();
    void stopsOnANewRowItCannotRead();

private:
    // A workstation holding the branch with its personal data plain and no data key of the
    // snapshot's (as one built from the pages).
    QString workstation(const QString &name);
    static QStringList customers(Store &store);

    QTemporaryDir m_dir;
    QString m_snapshot; // the branch as imported: sealed under its own data key
    QString m_grown; // the same, with one customer more
    QString m_copy; // the branch before either, the workstations' start
};

void tst_SnapshotMerge::initTestCase()
{
    Store source;
    QVERIFY_RESULT(source.open(m_dir.filePath(QStringLiteral("source.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(source);
    QVERIFY(!source.fieldKeyId().isEmpty());
    m_copy = m_dir.filePath(QStringLiteral("copy.db"));
    m_snapshot = m_dir.filePath(QStringLiteral("snapshot.db"));
    m_grown = m_dir.filePath(QStringLiteral("grown.db"));
    QSqlQuery query(source.database());
    QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_copy)));
    QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_snapshot)));
    QSqlQuery manager(source.database());
    QVERIFY(manager.exec(QStringLiteral("SELECT id FROM staff_user WHERE username = 'wealth'"))
            && manager.next());
    QVERIFY(test::addCustomer(source, QStringLiteral("01a24c00-0000-7000-8000-000000000003"),
                              branch.branchId, QStringLiteral("C31010000003"),
                              QStringLiteral("王五"), QStringLiteral("110101198001010015"),
                              QStringLiteral("13900000003"), 100000, QStringLiteral("ordinary"),
                              manager.value(0).toString()));
    manager.finish();
    QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_grown)));
}

QString tst_SnapshotMerge::workstation(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(m_copy, path))
        return {};
    Store store;
    if (!store.open(path))
        return {};
    QSqlQuery query(store.database());
    // Its values in the open, and no key of the imported file's.
    if (!query.exec(QStringLiteral("DELETE FROM app_setting WHERE key IN ('field_key_id', "
                                   "'reveal_public_key')"))
        || !query.exec(QStringLiteral("DELETE FROM key_slot"))
        || !query.exec(QStringLiteral("UPDATE customer SET id_number = NULL, phone = "
                                      "'1380000' || substr(cif_no, -4), address = 'Plain Road "
                                      "' || substr(cif_no, -1), birth_date = '1980-01-01'")))
        return {};
    return path;
}

QStringList tst_SnapshotMerge::customers(Store &store)
{
    QStringList rows;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT cif_no, phone, address FROM customer ORDER BY cif_no"));
    while (query.next())
        rows << QStringLiteral("%1 %2 %3").arg(query.value(0).toString(),
                                               SensitiveColumns::open(store, query.value(1)),
                                               SensitiveColumns::open(store, query.value(2)));
    return rows;
}

void tst_SnapshotMerge::keepsItsOwnValuesWhereTheSnapshotsAreSealed()
{
    const QString path = workstation(QStringLiteral("keeps.db"));
    QVERIFY(!path.isEmpty());
    Store store;
    QVERIFY_RESULT(store.open(path));
    QVERIFY(store.fieldKeyId().isEmpty());
    const QStringList before = customers(store);
    QCOMPARE(before.size(), 2);
    QVERIFY2(before.first().contains(QStringLiteral("Plain Road")), qPrintable(before.first()));
    const Result<qint64> merged = SnapshotMerge::merge(store, m_snapshot, SqlTime::now());
    QVERIFY_RESULT(merged);
    QCOMPARE(customers(store), before);
}

void tst_SnapshotMerge::stopsOnANewRowItCannotRead()
{
    const QString path = workstation(QStringLiteral("stops.db"));
    QVERIFY(!path.isEmpty());
    Store store;
    QVERIFY_RESULT(store.open(path));
    const QStringList before = customers(store);
    const Result<qint64> merged = SnapshotMerge::merge(store, m_grown, SqlTime::now());
    QVERIFY(!merged);
    // The message names what could not be read; the merge took nothing in.
    QVERIFY2(merged.errorString().contains(QStringLiteral("customer.")),
             qPrintable(merged.errorString()));
    QVERIFY2(merged.errorString().contains(QStringLiteral("encrypted")),
             qPrintable(merged.errorString()));
    QCOMPARE(customers(store), before);
}

QTEST_GUILESS_MAIN(tst_SnapshotMerge)
#include "tst_snapshot_merge.moc"
