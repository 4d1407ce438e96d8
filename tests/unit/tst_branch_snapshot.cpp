// BranchSnapshot::make on a real workstation file whose personal data is sealed under its
// own keys (issue #21): the server's snapshot holds that data plain, as its pages do, and
// nothing of the file's keys - no key slot, no key setting, no search key, no sealed value,
// not even in a freed page. Without the key that opens the values (import-branch names the
// file's branch head) no snapshot is made, rather than one no workstation could read.
#include "../common/ResultAssert.h"
#include "../common/ServerSnapshotFile.h"
#include "../common/SmallBranchFixture.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"

#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_BranchSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedFileWithoutItsKeyMakesNoSnapshot();
    void snapshotHoldsThePersonalDataPlainAndNoKey();
    void anotherMakersWorkingFileIsLeftAlone();
    void leftoversOfStoppedMakersAreRemoved();
    void twoMakersReplaceTheFileOneAfterTheOther();

private:
    QTemporaryDir m_dir;
    Store m_source;
    test::SmallBranch m_branch;
};

void tst_BranchSnapshot::initTestCase()
{
    QVERIFY_RESULT(m_source.open(m_dir.filePath(QStringLiteral("source.db"))));
    m_branch = test::makeSmallBranch(m_source);
    QVERIFY(m_source.fieldsEncrypted());
}

void tst_BranchSnapshot::sealedFileWithoutItsKeyMakesNoSnapshot()
{
    BranchSnapshot snapshots(m_dir.filePath(QStringLiteral("without-key")));
    QVERIFY(!snapshots.make(m_source.path(), m_branch.branchId, QStringLiteral("b1"), 0));
    QVERIFY2(snapshots.errorString().contains(QStringLiteral("customer.")),
             qPrintable(snapshots.errorString()));
    QVERIFY2(snapshots.errorString().contains(QStringLiteral("cannot be opened")),
             qPrintable(snapshots.errorString()));
    QVERIFY(!snapshots.current(m_branch.branchId));
    QVERIFY(!QFile::exists(snapshots.filePath(m_branch.branchId)));
}

void tst_BranchSnapshot::snapshotHoldsThePersonalDataPlainAndNoKey()
{
    BranchSnapshot snapshots(m_dir.filePath(QStringLiteral("with-key")));
    // As import-branch's SealedBranchFile opens them: with the file's own key.
    snapshots.setOpener([this](const QByteArray &stored) -> std::optional<QByteArray> {
        const Result<QString> plain = SensitiveColumns::tryOpen(m_source, QString::fromUtf8(stored));
        return plain ? std::optional<QByteArray>(plain->toUtf8()) : std::nullopt;
    });
    const auto made = snapshots.make(m_source.path(), m_branch.branchId, QStringLiteral("b1"), 0);
    QVERIFY2(made, qPrintable(snapshots.errorString()));
    const QString path = snapshots.filePath(m_branch.branchId);
    const QStringList held = test::ServerSnapshotFile::workstationSecrets(
            path, test::ServerSnapshotFile::keySlotsOf(m_source.path()));
    QVERIFY2(held.isEmpty(), qPrintable(held.join(u',')));

    Store snapshot;
    QVERIFY_RESULT(snapshot.open(path));
    QVERIFY(!snapshot.fieldsEncrypted());
    QSqlQuery customer(snapshot.database());
    customer.prepare(QStringLiteral("SELECT id_number, phone, address FROM customer WHERE id = ?"));
    customer.addBindValue(m_branch.customerId);
    QVERIFY(customer.exec() && customer.next());
    QCOMPARE(customer.value(0).toString(), QStringLiteral("110101198001010010"));
    QCOMPARE(customer.value(1).toString(), QStringLiteral("13800138000"));
    QCOMPARE(customer.value(2).toString(), QStringLiteral("上海市黄浦区中山东一路1号"));
}

void tst_BranchSnapshot::anotherMakersWorkingFileIsLeftAlone()
{
    // The server's worker, compact-log and import-branch may make one branch's snapshot at
    // the same moment. Each writes a working file of its own: one make never removes or
    // renames another's half-written file (all used "<branch>.sqlite.part" before).
    BranchSnapshot snapshots(m_dir.filePath(QStringLiteral("shared")));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("shared"))));
    const QString served = snapshots.filePath(m_branch.branchId);
    const QStringList others { served + QStringLiteral(".part"),
                               BranchSnapshot::scratchPath(served, QStringLiteral("part")) };
    for (const QString &other : others) {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("another maker's half-written file");
    }
    snapshots.setOpener([this](const QByteArray &stored) -> std::optional<QByteArray> {
        const Result<QString> plain = SensitiveColumns::tryOpen(m_source, QString::fromUtf8(stored));
        return plain ? std::optional<QByteArray>(plain->toUtf8()) : std::nullopt;
    });
    QVERIFY2(snapshots.make(m_source.path(), m_branch.branchId, QStringLiteral("b1"), 0),
             qPrintable(snapshots.errorString()));
    for (const QString &other : others) {
        QFile file(other);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(other));
        QCOMPARE(file.readAll(), QByteArray("another maker's half-written file"));
    }
    QVERIFY(BranchSnapshot::scratchPath(served, QStringLiteral("part")) != others.at(1));
    QVERIFY(others.at(1).contains(QString::number(QCoreApplication::applicationPid())));
}

void tst_BranchSnapshot::leftoversOfStoppedMakersAreRemoved()
{
    // A make that stopped half-way (a crash) leaves its working file, as large as the
    // snapshot; the server removes it at its next start. A running maker's file stays.
    const QString folder = m_dir.filePath(QStringLiteral("leftovers"));
    QVERIFY(QDir().mkpath(folder));
    BranchSnapshot snapshots(folder);
    const QString served = snapshots.filePath(m_branch.branchId);
    // A process id no process can have (Linux's largest is 4194304).
    const QString left = served + QStringLiteral(".part.4194305-1");
    const QString running = BranchSnapshot::scratchPath(served, QStringLiteral("erasing"));
    for (const QString &path : { left, running, served }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bytes");
    }
    QCOMPARE(snapshots.removeLeftovers(), QStringList { QFileInfo(left).fileName() });
    QVERIFY(!QFile::exists(left));
    QVERIFY(QFile::exists(running));
    QVERIFY(QFile::exists(served));
}

void tst_BranchSnapshot::twoMakersReplaceTheFileOneAfterTheOther()
{
    // Two makers of one branch's snapshot (the server's worker and compact-log, or two
    // servers on one folder): while one replaces the file and its facts, the other waits,
    // so the facts never describe the other's file. The other here holds the lock as a
    // maker in another process does, by its file beside the snapshot.
    const QString folder = m_dir.filePath(QStringLiteral("two-makers"));
    BranchSnapshot snapshots(folder);
    snapshots.setOpener([this](const QByteArray &stored) -> std::optional<QByteArray> {
        const Result<QString> plain = SensitiveColumns::tryOpen(m_source, QString::fromUtf8(stored));
        return plain ? std::optional<QByteArray>(plain->toUtf8()) : std::nullopt;
    });
    QVERIFY2(snapshots.make(m_source.path(), m_branch.branchId, QStringLiteral("b1"), 0),
             qPrintable(snapshots.errorString()));
    const QString served = snapshots.filePath(m_branch.branchId);
    const QString plainSource = m_dir.filePath(QStringLiteral("plain-source.db"));
    QVERIFY(QFile::copy(served, plainSource)); // made again from its own plain copy

    QLockFile other(served + QStringLiteral(".publish.lock"));
    other.setStaleLockTime(0);
    QVERIFY(other.lock());
    std::optional<BranchSnapshot::Info> second;
    QString problem;
    QThread *maker = QThread::create([&] {
        BranchSnapshot mine(folder);
        second = mine.make(plainSource, m_branch.branchId, QStringLiteral("b2"), 7);
        problem = mine.errorString();
    });
    maker->start();
    // Long enough for a small branch's make to end; it must not while the other publishes.
    QVERIFY(!maker->wait(1500));
    QCOMPARE(snapshots.current(m_branch.branchId)->baselineId, QStringLiteral("b1"));
    other.unlock();
    QVERIFY(maker->wait(60000));
    delete maker;
    QVERIFY2(second, qPrintable(problem));
    const auto now = snapshots.current(m_branch.branchId);
    QVERIFY(now);
    QCOMPARE(now->baselineId, QStringLiteral("b2"));
    QFile file(served);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sha256
            = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(QString::fromLatin1(sha256), now->sha256);
}

QTEST_GUILESS_MAIN(tst_BranchSnapshot)
#include "tst_branch_snapshot.moc"
