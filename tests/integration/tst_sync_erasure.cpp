// Issue 13, "Erasure is a synced, final operation": a customer erased on one workstation is
// erased on every workstation and on the server, in every table - rows the erasing
// workstation never saw included - and no value sent before the erasure survives anywhere
// (workstation files, outboxes, conflict logs, the server's change log). An edit stamped
// before the erasure that arrives after it is dropped and audited. Real branchdesk-server
// (embedded SQLite store; PostgreSQL as tst_sync_erasure_postgres), real workstation files,
// the real SyncEngine over HTTP.
#include "../common/DeskErasure.h"
#include "../common/ResultAssert.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("erasure-pass-1");
const QString kUser = QStringLiteral("head");

// Where `needles` occur in a database: "table.column" for each hit, any table, any column.
QStringList whereFound(const QSqlDatabase &db, const QStringList &needles)
{
    QStringList found;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue; // a virtual table of the search index without its module
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString text = rows.value(i).toString();
                for (const QString &needle : needles) {
                    if (text.contains(needle))
                        found << QStringLiteral("%1.%2 holds %3")
                                         .arg(table, record.fieldName(i), needle);
                }
            }
        }
    }
    return found;
}
} // namespace

class tst_SyncErasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void erasureReachesEveryTableEverywhere();
    void olderEditArrivingAfterTheErasureIsDroppedAndAudited();
    void contactStampedAfterTheErasureByAClockAheadIsKeptNowhere();

private:
    std::unique_ptr<Store> workstation(const QString &name);
    bool sync(Store &store);
    QString addCustomer(Store &store, const QString &name, const QString &phone);
    QString addContact(Store &store, const QString &customerId, const QString &words);
    bool editColumn(Store &store, const QString &table, const QString &id, const QString &column,
                    const QString &value);
    QStringList onServer(const QStringList &needles);
    int droppedEditsAudited(Store &store, const QString &table, const QString &rowId);

    test::SyncServerFixture m_server { test::storeOfThisBuild(
            test::SyncServerFixture::Driver::Sqlite) };
    test::SyncBranchFixture m_branch { m_server };
    QString m_branchId;
    QString m_branchCode;
    int m_branches = 0;
    int m_cif = 0;
};

void tst_SyncErasure::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_SyncErasure::init()
{
    m_branch.startCase();
    m_branchCode = QStringLiteral("32%1").arg(++m_branches, 4, 10, QLatin1Char('0'));
    m_branchId = m_branch.addBranch(m_branchCode);
    QVERIFY(!m_branchId.isEmpty());
    QVERIFY(m_server.addAccount(kUser + m_branchCode, m_branchId, StaffRole::BranchHead,
                                kPassword));
}

void tst_SyncErasure::cleanup()
{
    m_branch.endCase();
}

std::unique_ptr<Store> tst_SyncErasure::workstation(const QString &name)
{
    return m_branch.openWorkstation(name);
}

bool tst_SyncErasure::sync(Store &store)
{
    const SyncReport report = m_branch.sync(store, kUser + m_branchCode, kPassword);
    if (!report.ok)
        qWarning("sync failed: %s", qPrintable(report.error));
    return report.ok;
}

using test::insertRecorded;

QString tst_SyncErasure::addCustomer(Store &store, const QString &name, const QString &phone)
{
    const QString id = Uuid7Generator::generate();
    const QVariantMap fields { { QStringLiteral("branch_id"), m_branchId },
                               { QStringLiteral("cif_no"),
                                 QStringLiteral("E%1").arg(++m_cif, 8, 10, QLatin1Char('0')) },
                               { QStringLiteral("name"), name },
                               { QStringLiteral("phone"), phone },
                               { QStringLiteral("opened_on"), QStringLiteral("2026-01-01") },
                               { QStringLiteral("created_at"), SqlTime::now() },
                               { QStringLiteral("updated_at"), SqlTime::now() } };
    return insertRecorded(store, QStringLiteral("customer"), id, fields) ? id : QString();
}

// A contact with what the customer said, as the contact log writes it.
QString tst_SyncErasure::addContact(Store &store, const QString &customerId, const QString &words)
{
    const QString id = Uuid7Generator::generate();
    const QVariantMap fields { { QStringLiteral("customer_id"), customerId },
                               { QStringLiteral("occurred_at"), SqlTime::now() },
                               { QStringLiteral("channel"), QStringLiteral("phone") },
                               { QStringLiteral("customer_voice"), words },
                               { QStringLiteral("updated_at"), SqlTime::now() } };
    return insertRecorded(store, QStringLiteral("interaction"), id, fields) ? id : QString();
}

// An edit of one column: the row and a change carrying only that field.
bool tst_SyncErasure::editColumn(Store &store, const QString &table, const QString &id,
                                 const QString &column, const QString &value)
{
    Transaction transaction(store.database());
    QSqlQuery update(store.database());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
    update.addBindValue(value);
    update.addBindValue(id);
    return update.exec() && update.numRowsAffected() == 1
            && ChangeRecorder(store).recordUpsert(table, id, { { column, value } }, 1)
            && transaction.commit();
}

QStringList tst_SyncErasure::onServer(const QStringList &needles)
{
    const QString name = QStringLiteral("erasure-look");
    QStringList found;
    {
        const QSqlDatabase db = m_server.openDirect(name);
        found = whereFound(db, needles);
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

int tst_SyncErasure::droppedEditsAudited(Store &store, const QString &table, const QString &rowId)
{
    QSqlQuery query(store.database());
    query.prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                           "'erased_customer_edit_dropped' AND entity = ? AND entity_id = ?"));
    query.addBindValue(table);
    query.addBindValue(rowId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_SyncErasure::erasureReachesEveryTableEverywhere()
{
    // A erases a customer. B has written contacts of theirs: one already on the server but
    // not yet at A, one still in B's outbox. None of it may survive anywhere.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString name = QStringLiteral("擦除甲");
    const QString phone = QStringLiteral("13811112222");
    const QString id = addCustomer(*a, name, phone);
    QVERIFY(!id.isEmpty());
    const QString known = QStringLiteral("A知道的话：想买黄金");
    QVERIFY(!addContact(*a, id, known).isEmpty());
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    const QString pushed = QStringLiteral("B推送的话：孩子出国留学");
    QVERIFY(!addContact(*b, id, pushed).isEmpty());
    QVERIFY(sync(*b));
    const QString waiting = QStringLiteral("B未发的话：房子卖了");
    const QString waitingId = addContact(*b, id, waiting);
    QVERIFY(!waitingId.isEmpty());

    QVERIFY_RESULT(test::eraseAtDesk(*a, id));
    for (Store *store : { a.get(), b.get(), a.get(), b.get(), a.get() })
        QVERIFY(sync(*store));

    const QStringList needles { phone, name, known, pushed, waiting };
    QVERIFY2(whereFound(a->database(), needles).isEmpty(),
             qPrintable(whereFound(a->database(), needles).join(u'\n')));
    QVERIFY2(whereFound(b->database(), needles).isEmpty(),
             qPrintable(whereFound(b->database(), needles).join(u'\n')));
    QVERIFY2(onServer(needles).isEmpty(), qPrintable(onServer(needles).join(u'\n')));
    // The contacts are still there, as contacts without their words.
    QSqlQuery contacts(b->database());
    contacts.prepare(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = ?"));
    contacts.addBindValue(id);
    QVERIFY(contacts.exec() && contacts.next());
    QCOMPARE(contacts.value(0).toInt(), 3);
    // B's contact that A had not seen, stamped before the erasure, was dropped at A: audited.
    QCOMPARE(droppedEditsAudited(*a, QStringLiteral("interaction"), waitingId), 1);
}

void tst_SyncErasure::olderEditArrivingAfterTheErasureIsDroppedAndAudited()
{
    // B, offline, edits the customer's phone and a contact's words; A erases the customer
    // meanwhile. B's edits reach A after the erasure: dropped, audited, kept nowhere.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, QStringLiteral("擦除乙"), QStringLiteral("13833334444"));
    const QString contact = addContact(*a, id, QStringLiteral("原来的话"));
    QVERIFY(!id.isEmpty() && !contact.isEmpty());
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    const QString newPhone = QStringLiteral("13955556666");
    const QString newWords = QStringLiteral("B离线改的话：准备买基金");
    QVERIFY(editColumn(*b, QStringLiteral("customer"), id, QStringLiteral("phone"), newPhone));
    QVERIFY(editColumn(*b, QStringLiteral("interaction"), contact, QStringLiteral("customer_voice"),
                       newWords));
    QTest::qWait(5); // the erasure is stamped after B's edits
    QVERIFY_RESULT(test::eraseAtDesk(*a, id));
    QVERIFY(sync(*a));
    QVERIFY(sync(*b)); // pushes the old edits, then learns of the erasure
    QVERIFY(sync(*a)); // the old edits arrive after the erasure
    QVERIFY(sync(*b));

    const QStringList needles { newPhone, newWords, QStringLiteral("原来的话"),
                                QStringLiteral("13833334444") };
    QVERIFY2(whereFound(a->database(), needles).isEmpty(),
             qPrintable(whereFound(a->database(), needles).join(u'\n')));
    QVERIFY2(whereFound(b->database(), needles).isEmpty(),
             qPrintable(whereFound(b->database(), needles).join(u'\n')));
    QVERIFY2(onServer(needles).isEmpty(), qPrintable(onServer(needles).join(u'\n')));
    QCOMPARE(droppedEditsAudited(*a, QStringLiteral("customer"), id), 1);
    QCOMPARE(droppedEditsAudited(*a, QStringLiteral("interaction"), contact), 1);
    // The audit entry names who sent the edit, never the values.
    QSqlQuery detail(a->database());
    QVERIFY(detail.exec(QStringLiteral("SELECT detail_json FROM audit_log WHERE action = "
                                       "'erased_customer_edit_dropped'")));
    while (detail.next()) {
        QVERIFY(detail.value(0).toString().contains(b->nodeId()));
        QVERIFY(!detail.value(0).toString().contains(newPhone));
    }
}

void tst_SyncErasure::contactStampedAfterTheErasureByAClockAheadIsKeptNowhere()
{
    // The rare failure of erasureReachesEveryTableEverywhere ("change_log.fields holds
    // B未发的话"): B writes a contact, not yet knowing of the erasure A makes a moment later,
    // but stamps it after the erasure (its clock a second ahead, well inside what
    // ClockCorrection tolerates; or, in that case, the same millisecond and the node id). B
    // blanks it when the erasure arrives; the server kept the words in the contact's first
    // entry, as if written knowing of the erasure.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, QStringLiteral("擦除丙"), QStringLiteral("13866667777"));
    QVERIFY(!id.isEmpty());
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    b->observeStamp(HlcStamp{QDateTime::currentMSecsSinceEpoch() + 1000, 0,
                             QStringLiteral("a-clock-ahead")});
    const QString ahead = QStringLiteral("B钟快写的话：想换房");
    const QString contact = addContact(*b, id, ahead);
    QVERIFY(!contact.isEmpty());
    QVERIFY_RESULT(test::eraseAtDesk(*a, id));
    for (Store *store : { a.get(), b.get(), a.get(), b.get(), a.get() })
        QVERIFY(sync(*store));

    QVERIFY2(whereFound(a->database(), { ahead }).isEmpty(),
             qPrintable(whereFound(a->database(), { ahead }).join(u'\n')));
    QVERIFY2(whereFound(b->database(), { ahead }).isEmpty(),
             qPrintable(whereFound(b->database(), { ahead }).join(u'\n')));
    QVERIFY2(onServer({ ahead }).isEmpty(), qPrintable(onServer({ ahead }).join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_SyncErasure)
#include "tst_sync_erasure.moc"
