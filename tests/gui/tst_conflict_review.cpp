// Reviewing sync conflicts: the service that keeps or restores a value, and the dialog
// a person uses for it (offscreen, real widgets).
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"
#include "database/core/SensitiveColumns.h"

#include "app/services/staff/AuthService.h"
#include "app/sync/ConflictReview.h"
#include "database/sync/ChangeRecorder.h"
#include "ui/sync/ConflictReviewDialog.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_ConflictReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepClosesTheConflict();
    void restoringTheLostValueIsANewChange();
    void dialogShowsMaskedValuesAndRestores();

private:
    QString addConflict(const QString &field, const QString &kept, const QString &lost);
    QString customerValue(const QString &field);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_session;
    int m_next = 0;
};

void tst_ConflictReview::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("conflicts.db"))));
    m_branch = test::makeSmallBranch(m_store);
    const auto signedIn = AuthService(m_store).signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(signedIn.session);
    m_session = *signedIn.session;
}

QString tst_ConflictReview::addConflict(const QString &field, const QString &kept, const QString &lost)
{
    const QString id = QStringLiteral("conflict-%1").arg(++m_next);
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
            "INSERT INTO sync_conflict(id, table_name, row_id, field, kept_value, lost_value, "
            "kept_hlc, lost_hlc, detected_at) VALUES (?, 'customer', ?, ?, ?, ?, 'k', 'l', ?)"));
    insert.addBindValue(id);
    insert.addBindValue(m_branch.customerId);
    insert.addBindValue(field);
    insert.addBindValue(kept);
    insert.addBindValue(lost);
    insert.addBindValue(QStringLiteral("2026-11-23T08:%1:00Z").arg(m_next, 2, 10, QLatin1Char('0')));
    if (!insert.exec())
        qFatal("cannot add a conflict");
    return id;
}

QString tst_ConflictReview::customerValue(const QString &field)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(field));
    query.addBindValue(m_branch.customerId);
    // Personal-data columns are stored sealed: compare what they hold.
    return query.exec() && query.next() ? SensitiveColumns::open(m_store, query.value(0)) : QString();
}

int tst_ConflictReview::count(const QString &sql)
{
    return test::count(m_store, sql);
}

void tst_ConflictReview::keepClosesTheConflict()
{
    const QString id = addConflict(QStringLiteral("occupation"), QStringLiteral("教师"), QStringLiteral("工程师"));
    ConflictReview review(m_store, m_session);
    QCOMPARE(review.openCount(), 1);
    const int outbox = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY(review.keep(id));
    QCOMPARE(review.openCount(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox); // nothing to send
    const Result<> again = review.keep(id);
    QVERIFY(!again); // only once
    QVERIFY(!again.errorString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_conflict_review'")), 1);
}

void tst_ConflictReview::restoringTheLostValueIsANewChange()
{
    const QString id = addConflict(QStringLiteral("occupation"), QStringLiteral("教师"), QStringLiteral("工程师"));
    const int outbox = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    ConflictReview review(m_store, m_session);
    const Result<> restored = review.useLost(id);
    QVERIFY2(restored, qPrintable(restored.errorString()));
    QCOMPARE(customerValue(QStringLiteral("occupation")), QStringLiteral("工程师"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox + 1);
    QCOMPARE(review.openCount(), 0);
}

void tst_ConflictReview::dialogShowsMaskedValuesAndRestores()
{
    addConflict(QStringLiteral("phone"), QStringLiteral("13911112222"), QStringLiteral("13700003333"));
    ConflictReviewDialog dialog(m_store, m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("useLostButton"));
    QVERIFY(table && restore);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("139****2222"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("137****3333"));
    QVERIFY(!restore->isEnabled());
    const QRect cell = table->visualItemRect(table->item(0, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(customerValue(QStringLiteral("phone")), QStringLiteral("13700003333"));
}

QTEST_MAIN(tst_ConflictReview)
#include "tst_conflict_review.moc"
