// Issue 13, "Nothing lost, resurrected or split": each defect found by the fault runs,
// replayed through the real sync code between workstation files and a real
// branchdesk-server (embedded SQLite store), asserting what a user would notice.
// Long file: one test per defect of one issue, sharing the workstation and server set-up.
#include "../common/DeskErasure.h"
#include "../common/FaultChecks.h"
#include "../common/LobbyReferral.h"
#include "../common/RecordedRows.h"
#include "../common/ResultAssert.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/NaturalKeyId.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "app/services/privacy/ConsentService.h"
#include "app/sync/ConflictReview.h"
#include "app/sync/SyncEngine.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/core/ClockCorrection.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/dataimport/CoreBankingRecords.h"
#include "database/kyc/KycCustomerRecords.h"
#include "database/kyc/KycSessionRepository.h"
#include "database/privacy/ConsentRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/SyncState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <initializer_list>
#include <memory>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("reliable-pass-1");
const QString kUser = QStringLiteral("wm");
const QString kStaffId = QStringLiteral("01907c2a-0000-7000-8000-0000000000aa");

using test::scalar;

// An edit as the desk makes it: the row and its change in one transaction.
bool editCustomer(Store &store, const QString &id, const QString &field, const QVariant &value)
{
    return test::editRecorded(store, QStringLiteral("customer"), id, field, value);
}
} // namespace

class tst_SyncReliability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void erasureDoesNotStopOtherWorkstations();
    void importedCustomersWithoutOptionalColumnsArrive();
    void changeThatCannotBeAppliedIsSetAsideAndTheRestArrives();
    void clockSeenInAPulledBatchIsStoredWithIt();
    void consentFollowsTheLatestRecordEverywhere();
    void restoredServerGetsTheLostChangesBack();
    void restoredServerTakesTheAuditLogAgain();
    void erasedDataDoesNotComeBack();
    void twoErasuresOfOneCustomerEndAlike();
    void consentPulledAfterAnErasureLeavesItsFlag();
    void erasedKycAnswersLeaveTheServersLog();
    void referralWithoutOptionalTextArrives();
    void referralChecksArrive();
    void kycTagsArrive();
    void kycDraftsOfOneCustomerOnTwoDesksBothArrive();
    void sameKycQuestionAnsweredOnTwoDesksIsOneAnswer();
    void sameNewTagOnTwoDesksIsOneTag();
    void sameTagOfOneCustomerAtTwoDesksIsOneRow();
    void wrongClockDoesNotDecideConflicts_data();
    void wrongClockDoesNotDecideConflicts();

private:
    std::unique_ptr<Store> workstation(const QString &name);
    bool addStaff(Store &store);
    SyncReport sync(Store &store);
    Result<> syncInTurn(std::initializer_list<Store *> desks);
    QString addCustomer(Store &store, const QVariantMap &extra = {});
    ReferralRecord lobbyReferral(const QString &customer) const;
    qint64 serverHead();

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    test::SyncBranchFixture m_branch { m_server };
    QString m_branchId;
    QString m_branchCode;
    int m_branches = 0;
    int m_cif = 0;
};

void tst_SyncReliability::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_SyncReliability::init()
{
    // A branch of its own per test: each starts from an empty log.
    m_branch.startCase();
    m_branchCode = QStringLiteral("31%1").arg(++m_branches, 4, 10, QLatin1Char('0'));
    m_branchId = m_branch.addBranch(m_branchCode);
    QVERIFY(!m_branchId.isEmpty());
    const QString user = kUser + m_branchId.right(6);
    QVERIFY(m_server.addAccount(user, m_branchId, StaffRole::WealthManager, kPassword));
}

void tst_SyncReliability::cleanup()
{
    m_branch.endCase();
}

std::unique_ptr<Store> tst_SyncReliability::workstation(const QString &name)
{
    return m_branch.openWorkstation(name);
}

// The staff member who logs referrals and interviews, as the server's set-up gives him to
// every workstation of the branch.
bool tst_SyncReliability::addStaff(Store &store)
{
    return test::SyncBranchFixture::addToRoster(store,
                                                { kStaffId, m_branchId, QStringLiteral("desk"),
                                                  QStringLiteral("柜员"), QStringLiteral("teller"),
                                                  QStringLiteral("x") });
}

SyncReport tst_SyncReliability::sync(Store &store)
{
    return m_branch.sync(store, kUser + m_branchId.right(6), kPassword);
}

Result<> tst_SyncReliability::syncInTurn(std::initializer_list<Store *> desks)
{
    return test::syncInTurn(desks, [this](Store &store) { return sync(store); });
}

qint64 tst_SyncReliability::serverHead()
{
    return m_branch.serverHead(m_branchId);
}

// A customer written and recorded as the desk's write paths do: NULL where nothing was
// entered (gender, marital status, manager, risk level).
QString tst_SyncReliability::addCustomer(Store &store, const QVariantMap &extra)
{
    const QString id = Uuid7Generator::generate();
    QVariantMap fields{{QStringLiteral("branch_id"), m_branchId},
                       {QStringLiteral("cif_no"), QStringLiteral("R%1").arg(++m_cif, 8, 10,
                                                                           QLatin1Char('0'))},
                       {QStringLiteral("name"), QStringLiteral("可靠%1").arg(m_cif)},
                       {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    const QVariantMap stamps { { QStringLiteral("created_at"), SqlTime::now() },
                               { QStringLiteral("updated_at"), SqlTime::now() } };
    return test::insertRecorded(store, QStringLiteral("customer"), id, fields, stamps)
            ? id
            : QStringLiteral("insert failed");
}

// A referral the lobby records for the customer, with no optional text.
ReferralRecord tst_SyncReliability::lobbyReferral(const QString &customer) const
{
    ReferralRecord referral = test::lobbyReferral(m_branchId, customer, kStaffId, {});
    referral.form = QStringLiteral("record");
    return referral;
}

void tst_SyncReliability::erasureDoesNotStopOtherWorkstations()
{
    // Defect 1: C erases a customer; B must still sync, and A's later edits must arrive.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    auto c = workstation(QStringLiteral("c"));
    QVERIFY(a && b && c);
    const QString id = addCustomer(*a, {{QStringLiteral("gender"), QStringLiteral("F")},
                                        {QStringLiteral("marital_status"), QStringLiteral("married")},
                                        {QStringLiteral("phone"), QStringLiteral("13800000001")}});
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), c.get()}));
    QVERIFY_RESULT(test::eraseAtDesk(*c, id));
    QCOMPARE(scalar(*c, QStringLiteral("SELECT gender IS NULL FROM customer WHERE id = ?"), {id})
                     .toInt(), 1);
    QVERIFY(sync(*c).ok);
    const SyncReport atB = sync(*b);
    QVERIFY2(atB.ok, qPrintable(atB.error));
    QCOMPARE(SyncState(*b).cursor(), serverHead());
    QCOMPARE(scalar(*b, QStringLiteral("SELECT gender IS NULL AND marital_status IS NULL "
                                       "AND phone IS NULL FROM customer WHERE id = ?"), {id})
                     .toInt(), 1);
    // A later customer from A still reaches B.
    const QString later = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM customer WHERE id = ?"), {later})
                     .toInt(), 1);
}

void tst_SyncReliability::importedCustomersWithoutOptionalColumnsArrive()
{
    // Defect 2: an imported customer without manager and risk level (NULL here) must
    // arrive elsewhere with NULL, not be refused over "" and 0.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QString id;
    {
        Transaction transaction(a->database());
        const QVariant noText(QMetaType::fromType<QString>());
        const QVariant noNumber(QMetaType::fromType<int>());
        const Result<QString> inserted = CoreBankingRecords(*a).insertCustomer(
                {{QStringLiteral("branch_id"), m_branchId},
                 {QStringLiteral("cif_no"), QStringLiteral("IMP0001")},
                 {QStringLiteral("name"), QStringLiteral("导入一")},
                 {QStringLiteral("gender"), noText},
                 {QStringLiteral("birth_date"), noText},
                 {QStringLiteral("id_number"), noText},
                 {QStringLiteral("phone"), noText},
                 {QStringLiteral("address"), QStringLiteral("")},
                 {QStringLiteral("occupation"), QStringLiteral("")},
                 {QStringLiteral("annual_income_fen"), 0},
                 {QStringLiteral("aum_fen"), 0},
                 {QStringLiteral("tier"), QStringLiteral("ordinary")},
                 {QStringLiteral("risk_level"), noNumber},
                 {QStringLiteral("manager_id"), noText},
                 {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}});
        QVERIFY2(inserted, qPrintable(inserted.errorString()));
        id = *inserted;
        QVERIFY(transaction.commit());
    }
    // On the wire a NULL is a JSON null.
    const QJsonObject sent = QJsonDocument::fromJson(
            scalar(*a, QStringLiteral("SELECT fields_json FROM sync_outbox WHERE row_id = ?"), {id})
                    .toByteArray()).object();
    QVERIFY(sent.value(QStringLiteral("manager_id")).isNull());
    QVERIFY(sent.value(QStringLiteral("risk_level")).isNull());
    QVERIFY(sync(*a).ok);
    const SyncReport atB = sync(*b);
    QVERIFY2(atB.ok, qPrintable(atB.error));
    QCOMPARE(atB.conflicts, 0);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT manager_id IS NULL AND risk_level IS NULL "
                                       "AND gender IS NULL FROM customer WHERE id = ?"), {id})
                     .toInt(), 1);
}

void tst_SyncReliability::changeThatCannotBeAppliedIsSetAsideAndTheRestArrives()
{
    // A change B cannot apply is set aside with its reason; the changes after it arrive and
    // the cursor reaches the head of the log. The server now refuses what the CHECKs of a
    // workstation refuse (ChangeValidation), so B stands for a desk whose schema refuses what
    // the server took: a trigger on B refuses this customer's gender F as a CHECK would.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, {{QStringLiteral("gender"), QStringLiteral("M")}});
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    {
        QSqlQuery refuse(b->database());
        QVERIFY2(refuse.exec(QStringLiteral("CREATE TRIGGER test_refuse_gender BEFORE UPDATE OF "
                                            "gender ON customer WHEN NEW.gender = 'F' AND "
                                            "OLD.id = '%1' BEGIN SELECT RAISE(ABORT, 'CHECK "
                                            "constraint failed: gender on this desk'); END")
                                     .arg(id)),
                 qPrintable(refuse.lastError().text()));
    }
    QVERIFY(editCustomer(*a, id, QStringLiteral("gender"), QStringLiteral("F")));
    const QString after = addCustomer(*a);
    QVERIFY(sync(*a).ok);
    const SyncReport atB = sync(*b);
    QVERIFY2(atB.ok, qPrintable(atB.error));
    QCOMPARE(SyncState(*b).cursor(), serverHead());
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM customer WHERE id = ?"), {after})
                     .toInt(), 1);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT gender FROM customer WHERE id = ?"), {id})
                     .toString(), QStringLiteral("M"));
    const QString reason = scalar(*b, QStringLiteral("SELECT reason FROM sync_conflict WHERE "
                                                     "row_id = ? AND field = '*'"), {id})
                                   .toString();
    QVERIFY2(reason.contains(QLatin1String("CHECK"), Qt::CaseInsensitive), qPrintable(reason));
    // The conflict review shows it, with the reason, and it cannot be "written back".
    const Session reviewer;
    ConflictReview review(*b, reviewer);
    const QList<ConflictReview::Conflict> open = review.open();
    const auto setAside = std::find_if(open.cbegin(), open.cend(), [&](const auto &conflict) {
        return conflict.isSetAside() && conflict.rowId == id;
    });
    QVERIFY(setAside != open.cend());
    QCOMPARE(setAside->reason, reason);
    QVERIFY(!review.useLost(setAside->id));
}

void tst_SyncReliability::clockSeenInAPulledBatchIsStoredWithIt()
{
    // Defect 4: A's clock is two hours ahead; B pulls A's change and is then killed. The
    // clock B saw must already be in B's file, or B's next edit stamps before A's.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    ClockCorrection::skewForTesting(a->nodeId(), 2 * 3600 * 1000);
    const QString id = addCustomer(*a);
    const QString stampAtA = scalar(*a, QStringLiteral("SELECT hlc FROM sync_outbox WHERE "
                                                       "row_id = ?"), {id}).toString();
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    // What a kill -9 leaves: the file as committed, read by another connection.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                   QStringLiteral("after-kill"));
    other.setDatabaseName(m_branch.filePath(QStringLiteral("b.db")));
    QVERIFY(other.open());
    QString kept;
    {
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM app_setting WHERE key = 'hlc_last'")));
        kept = query.next() ? query.value(0).toString() : QString();
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("after-kill"));
    QVERIFY2(!(HlcStamp::fromString(kept) < HlcStamp::fromString(stampAtA)),
             qPrintable(kept + QStringLiteral(" < ") + stampAtA));
}

void tst_SyncReliability::consentFollowsTheLatestRecordEverywhere()
{
    // Defect 5: A grants marketing by SMS, B (not yet synced) withdraws it a second later.
    // Afterwards the withdrawal is the current state and marketing_consent is 0 on both.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, {{QStringLiteral("marketing_consent"), 0}});
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    auto record = [&](Store &store, bool granted) {
        Transaction transaction(store.database());
        ConsentRecord consent;
        consent.customerId = CustomerId(id);
        consent.purpose = QStringLiteral("marketing_sms");
        consent.granted = granted;
        consent.channel = QStringLiteral("counter");
        consent.evidence = QStringLiteral("F-1");
        const Result<QString> inserted = ConsentRepository(store).insert(consent);
        const Result<> followed = inserted ? ConsentService::followSummary(store, CustomerId(id))
                                           : Result<>(inserted.error());
        return followed && transaction.commit();
    };
    QVERIFY(record(*a, true));
    QCOMPARE(scalar(*a, QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?"),
                    {id}).toInt(), 1);
    QTest::qWait(1100);
    QVERIFY(record(*b, false));
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get(), b.get()}));
    for (Store *store : {a.get(), b.get()}) {
        const QList<ConsentRecord> current = ConsentRepository(*store).current(CustomerId(id));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().granted, false);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT marketing_consent FROM customer "
                                               "WHERE id = ?"), {id}).toInt(), 0);
    }
}

void tst_SyncReliability::restoredServerGetsTheLostChangesBack()
{
    // Defect 3: the server's database is restored from a backup taken before A's second
    // customer. Afterwards that customer is on the server and on B again, and a change B
    // made after the restore is numbered once and reaches A.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString first = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    const QString backup = m_branch.filePath(QStringLiteral("server-backup.db"));
    {
        QSqlDatabase direct = m_server.openDirect(QStringLiteral("backup"));
        QSqlQuery(direct).exec(QStringLiteral("VACUUM INTO '%1'").arg(backup));
        direct.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    QVERIFY(QFile::exists(backup));
    const QString second = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM customer WHERE id IN (?, ?)"),
                    {first, second}).toInt(), 2);

    m_server.stopServer();
    const QString live = m_server.databasePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(live + suffix);
    QVERIFY(QFile::copy(backup, live));
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));

    // B, which never held `second` in its outbox, works first after the restore.
    const QString third = addCustomer(*b);
    for (Store *store : {b.get(), a.get(), b.get(), a.get()}) {
        const SyncReport report = sync(*store);
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    for (Store *store : {a.get(), b.get()})
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM customer WHERE id IN "
                                               "(?, ?, ?)"), {first, second, third}).toInt(), 3);
    ServerStore server;
    QVERIFY(server.open(m_server.settings()));
    const auto log = server.changeLog().after(BranchId(m_branchId), 0, 1000);
    QVERIFY(log);
    QStringList rows;
    for (const SyncChange &change : *log)
        rows << change.rowId;
    QCOMPARE(rows.count(second), 1);
    QCOMPARE(rows.count(third), 1);
}

void tst_SyncReliability::restoredServerTakesTheAuditLogAgain()
{
    // Found by tst_fault_run (seed 1301, embedded store): after the server's store was
    // restored from a backup, a workstation whose audit entries the server had taken since
    // the backup was refused every later upload ("audit entry 45 does not link to entry
    // 28") and every sync round failed for good. The whole chain must go up again.
    auto a = workstation(QStringLiteral("a"));
    QVERIFY(a);
    // Entries by the account that syncs: the server takes only a signed-in actor's.
    Session session;
    session.user.id = QStringLiteral("staff-restore-case");
    session.user.username = kUser + m_branchId.right(6);
    auto audit = [&](int count) {
        for (int i = 0; i < count; ++i)
            QVERIFY(AuditTrail(*a).record(&session, QStringLiteral("restore_case")));
    };
    audit(3);
    QVERIFY(sync(*a).ok);
    const QString backup = m_branch.filePath(QStringLiteral("server-backup.db"));
    {
        QSqlDatabase direct = m_server.openDirect(QStringLiteral("backup"));
        QSqlQuery(direct).exec(QStringLiteral("VACUUM INTO '%1'").arg(backup));
        direct.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    audit(4);
    QVERIFY(sync(*a).ok);
    m_server.stopServer();
    const QString live = m_server.databasePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(live + suffix);
    QVERIFY(QFile::copy(backup, live));
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));

    audit(2);
    for (int round = 0; round < 2; ++round) {
        const SyncReport report = sync(*a);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY2(report.auditProblem.isEmpty(), qPrintable(report.auditProblem));
    }
    const qint64 local = scalar(*a, QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong();
    QSqlDatabase direct = m_server.openDirect(QStringLiteral("audit-count"));
    QSqlQuery held(direct);
    QVERIFY(held.exec(QStringLiteral("SELECT max(seq) FROM audit_entry WHERE origin_node = '%1'")
                              .arg(a->nodeId())) && held.next());
    QCOMPARE(held.value(0).toLongLong(), local);
    held.finish();
    direct.close();
    direct = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit-count"));
}

void tst_SyncReliability::erasedDataDoesNotComeBack()
{
    // Defect 6: A edits a phone offline (its clock two hours ahead and not yet corrected);
    // C erases the customer. Whatever the stamps say, the erasure is final everywhere.
    auto a = workstation(QStringLiteral("a"));
    auto c = workstation(QStringLiteral("c"));
    QVERIFY(a && c);
    const QString id = addCustomer(*a, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
    QVERIFY_RESULT(syncInTurn({a.get(), c.get()}));
    ClockCorrection::skewForTesting(a->nodeId(), 2 * 3600 * 1000);
    QVERIFY(editCustomer(*a, id, QStringLiteral("phone"), QStringLiteral("13900000009")));
    QVERIFY_RESULT(test::eraseAtDesk(*c, id));
    QVERIFY_RESULT(syncInTurn({c.get(), a.get(), c.get(), a.get()}));
    for (Store *store : {a.get(), c.get()}) {
        QCOMPARE(scalar(*store, QStringLiteral("SELECT phone IS NULL FROM customer WHERE id = ?"),
                        {id}).toInt(), 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE "
                                               "lost_value LIKE '%13900000009%'")).toInt(), 0);
    }
}

void tst_SyncReliability::twoErasuresOfOneCustomerEndAlike()
{
    // Found by tst_fault_run (seed 1301, open defect 7): A and B erased one customer before
    // either knew of the other's erasure; afterwards each held the other's erased_at (a
    // pulled erasure won whatever the clocks said). One erasure's stamp, everywhere.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    for (Store *desk : {a.get(), b.get()}) {
        QVERIFY_RESULT(test::eraseAtDesk(*desk, id));
        QTest::qWait(1100); // erased_at has seconds: B's erasure is a second later
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get()}));
    auto fresh = workstation(QStringLiteral("fresh"));
    QVERIFY(fresh && sync(*fresh).ok);
    const QString erasedAt = QStringLiteral("SELECT erased_at FROM customer WHERE id = ?");
    const QString atA = scalar(*a, erasedAt, {id}).toString();
    QVERIFY(!atA.isEmpty());
    QCOMPARE(scalar(*b, erasedAt, {id}).toString(), atA);
    QCOMPARE(scalar(*fresh, erasedAt, {id}).toString(), atA);
}

void tst_SyncReliability::consentPulledAfterAnErasureLeavesItsFlag()
{
    // Found by tst_fault_run (seed 1301): B, not yet knowing of A's erasure, records a
    // marketing grant. When it reached A, A derived marketing_consent = 1 for the erased
    // customer, an edit of the customer row that every other copy drops: A kept 1, the
    // others 0. An erased customer's flag stays as the erasure left it, everywhere.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, {{QStringLiteral("marketing_consent"), 0}});
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    QVERIFY_RESULT(test::eraseAtDesk(*a, id));
    {
        Transaction transaction(b->database());
        ConsentRecord consent;
        consent.customerId = CustomerId(id);
        consent.purpose = QStringLiteral("marketing_sms");
        consent.granted = true;
        consent.channel = QStringLiteral("counter");
        consent.evidence = QStringLiteral("F-2");
        QVERIFY(ConsentRepository(*b).insert(consent));
        QVERIFY(ConsentService::followSummary(*b, CustomerId(id)));
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get(), b.get()}));
    auto fresh = workstation(QStringLiteral("fresh"));
    QVERIFY(fresh && sync(*fresh).ok);
    const QString flag = QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?");
    for (Store *desk : {a.get(), b.get(), fresh.get()})
        QCOMPARE(scalar(*desk, flag, {id}).toInt(), 0);
}

void tst_SyncReliability::erasedKycAnswersLeaveTheServersLog()
{
    // Found by tst_fault_run (open defect 8): the server's change log kept an erased
    // customer's KYC answers. A KYC answer names its session, not its customer, so
    // LogErasure did not know whose it was, neither the answer as first sent nor the
    // erasure's own blanking of it.
    auto a = workstation(QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(addStaff(*a));
    const QString customer = addCustomer(*a);
    const QString answer = QStringLiteral("答案-孩子明年出国");
    {
        Transaction transaction(a->database());
        KycSessionRepository sessions(*a);
        const Result<KycSessionRow> draft = sessions.createDraft(CustomerId(customer), kStaffId);
        QVERIFY2(draft, qPrintable(draft.errorString()));
        QVERIFY(sessions.saveAnswer(draft->id, QStringLiteral("future.goals"), QStringLiteral("q1"),
                                    QStringLiteral("\"%1\"").arg(answer), SqlTime::now()));
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync(*a).ok);
    QVERIFY_RESULT(test::eraseAtDesk(*a, customer));
    QVERIFY(sync(*a).ok);
    QStringList onServer;
    {
        QSqlDatabase direct = m_server.openDirect(QStringLiteral("kyc-log"));
        onServer = test::FaultChecks::erasedValuesIn(direct, {answer}, QStringLiteral("server"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kyc-log"));
    QVERIFY2(onServer.isEmpty(), qPrintable(onServer.join(u'\n')));
    QVERIFY(test::FaultChecks::erasedValuesIn(a->database(), {answer}, QStringLiteral("A")).isEmpty());
}

void tst_SyncReliability::referralWithoutOptionalTextArrives()
{
    // Found by tst_fault_run (seed 1301): a referral logged without a description, contact
    // phone or interest was stored with "" but sent with null, and every other workstation
    // set it aside ("NOT NULL constraint failed: referral.description").
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    ReferralRecord referral = lobbyReferral(customer);
    {
        Transaction transaction(a->database());
        QVERIFY(ReferralRepository(*a).insert(referral));
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync(*a).ok);
    const SyncReport atB = sync(*b);
    QVERIFY2(atB.ok, qPrintable(atB.error));
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt(), 0);
    QCOMPARE(scalar(*b, QStringLiteral("SELECT description || '|' || contact_phone || '|' || "
                                       "interest FROM referral WHERE id = ?"), {referral.id})
                     .toString(), QStringLiteral("||"));
}

void tst_SyncReliability::referralChecksArrive()
{
    // Found by reading RemoteChangeApplier (issue 13's wire test does not reach it): a
    // referral's checklist item is keyed by (referral_id, item), not by an id, and every
    // other workstation set it aside.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    ReferralRecord referral = lobbyReferral(customer);
    {
        Transaction transaction(a->database());
        QVERIFY(ReferralRepository(*a).insert(referral));
        QVERIFY(ReferralRepository(*a).addCheck(referral.id, QStringLiteral("introduced"),
                                                SqlTime::now()));
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync(*a).ok);
    const SyncReport atB = sync(*b);
    QVERIFY2(atB.ok, qPrintable(atB.error));
    QCOMPARE(scalar(*b, QStringLiteral("SELECT group_concat(coalesce(reason, ''), ' / ') "
                                       "FROM sync_conflict")).toString(), QString());
    QCOMPARE(scalar(*b, QStringLiteral("SELECT item FROM referral_check WHERE referral_id = ?"),
                    {referral.id}).toString(), QStringLiteral("introduced"));
}

void tst_SyncReliability::kycTagsArrive()
{
    // Found by tst_fault_run (seed 1301): the tags a KYC interview derives were sent without
    // set_at and set_by, and no other workstation could store them.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    {
        Transaction transaction(a->database());
        QVERIFY(KycCustomerRecords(*a).replaceKycTags(
                CustomerId(customer), {KycTagRow{QStringLiteral("needs"), QStringLiteral("service_need"),
                                     QStringLiteral("retirement"), QStringLiteral("kyc"), 80}},
                kStaffId));
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt(), 0);
    const QString row = QStringLiteral("SELECT set_by || '|' || set_at FROM customer_tag "
                                       "WHERE customer_id = ?");
    QCOMPARE(scalar(*b, row, {customer}).toString(), scalar(*a, row, {customer}).toString());
    QVERIFY(scalar(*b, row, {customer}).toString().startsWith(kStaffId));
}

void tst_SyncReliability::sameKycQuestionAnsweredOnTwoDesksIsOneAnswer()
{
    // Found by tst_fault_run (PostgreSQL seed 1302 with every kind but moves): one interview,
    // synced to both desks, and the same question answered on each while offline. The answers
    // had random ids under UNIQUE(session_id, question_id), so the second was set aside on
    // every other copy and the copies disagreed. It is one answer: the later one, everywhere.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    QString session;
    {
        Transaction transaction(a->database());
        const Result<KycSessionRow> draft = KycSessionRepository(*a).createDraft(CustomerId(customer), kStaffId);
        QVERIFY2(draft, qPrintable(draft.errorString()));
        session = draft->id;
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    for (Store *desk : {a.get(), b.get()}) {
        Transaction transaction(desk->database());
        QVERIFY(KycSessionRepository(*desk).saveAnswer(
                session, QStringLiteral("present.finance"), QStringLiteral("q1"),
                QStringLiteral("\"%1\"").arg(desk == a.get() ? QStringLiteral("甲答")
                                                                : QStringLiteral("乙后答")),
                SqlTime::now()));
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get()}));
    auto fresh = workstation(QStringLiteral("fresh"));
    QVERIFY(fresh && addStaff(*fresh));
    QVERIFY(sync(*fresh).ok);
    const QString answers = QStringLiteral("SELECT count(*) || ':' || group_concat(id) FROM "
                                           "kyc_answer WHERE session_id = ?");
    const QString atA = scalar(*a, answers, {session}).toString();
    QVERIFY2(atA.startsWith(QStringLiteral("1:")), qPrintable(atA));
    QCOMPARE(scalar(*b, answers, {session}).toString(), atA);
    QCOMPARE(scalar(*fresh, answers, {session}).toString(), atA);
    for (Store *desk : {a.get(), b.get(), fresh.get()}) {
        QCOMPARE(scalar(*desk, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = '*'"))
                         .toInt(), 0);
        // Answers are sealed at rest; the repository opens them.
        const QList<KycAnswerRow> held = KycSessionRepository(*desk).answers(session);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().valueJson, QStringLiteral("\"乙后答\""));
    }
}

void tst_SyncReliability::kycDraftsOfOneCustomerOnTwoDesksBothArrive()
{
    // Found by tst_fault_run (seed 1301, open defect 4): two workstations offline each opened
    // a KYC interview of one customer as version 1; UNIQUE(customer_id, version_no) set the
    // second and all its answers aside everywhere else. Both interviews must arrive, numbered
    // alike on every workstation and on a new one.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    QStringList drafts;
    for (Store *desk : {a.get(), b.get()}) {
        Transaction transaction(desk->database());
        KycSessionRepository sessions(*desk);
        const Result<KycSessionRow> draft = sessions.createDraft(CustomerId(customer), kStaffId);
        QVERIFY2(draft, qPrintable(draft.errorString()));
        QCOMPARE(draft->versionNo, 1);
        drafts << draft->id;
        QVERIFY(sessions.saveAnswer(draft->id, QStringLiteral("present.finance"),
                                    QStringLiteral("q1"), QStringLiteral("\"%1\"")
                                            .arg(desk->nodeId()), SqlTime::now()));
        QVERIFY(transaction.commit());
        QTest::qWait(1100); // the second interview starts a second later (started_at)
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get()}));
    auto fresh = workstation(QStringLiteral("fresh"));
    QVERIFY(fresh && addStaff(*fresh));
    QVERIFY(sync(*fresh).ok);
    const QString numbers = QStringLiteral(
            "SELECT group_concat(version_no || ':' || id || ':' || (SELECT count(*) FROM "
            "kyc_answer a WHERE a.session_id = s.id), ',') FROM (SELECT * FROM kyc_session "
            "WHERE customer_id = ? ORDER BY version_no) s");
    const QString atA = scalar(*a, numbers, {customer}).toString();
    QCOMPARE(scalar(*b, numbers, {customer}).toString(), atA);
    QCOMPARE(scalar(*fresh, numbers, {customer}).toString(), atA);
    for (Store *desk : {a.get(), b.get(), fresh.get()})
        QCOMPARE(scalar(*desk, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = '*'"))
                         .toInt(), 0);
    // A's interview started first: it is version 1 everywhere, B's version 2.
    QVERIFY2(atA.startsWith(QStringLiteral("1:%1:1,2:%2:1").arg(drafts.at(0), drafts.at(1))),
             qPrintable(atA));
}

void tst_SyncReliability::sameNewTagOnTwoDesksIsOneTag()
{
    // Found by tst_fault_run (seed 1301): two workstations deriving the same new tag offline
    // each made a tag row of its own; the second was refused everywhere else (UNIQUE
    // dimension, category, value) and the customer tags that pointed to it with it.
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString first = addCustomer(*a);
    const QString second = addCustomer(*a);
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    const KycTagRow education{QStringLiteral("needs"), QStringLiteral("service_need"),
                              QStringLiteral("education"), QStringLiteral("kyc"), 80};
    for (auto [store, customer] : {std::pair{a.get(), first}, std::pair{b.get(), second}}) {
        Transaction transaction(store->database());
        QVERIFY(KycCustomerRecords(*store).replaceKycTags(CustomerId(customer), {education}, kStaffId));
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get()}));
    for (Store *store : {a.get(), b.get()}) {
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sync_conflict")).toInt(), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM tag")).toInt(), 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM customer_tag WHERE "
                                               "deleted = 0")).toInt(), 2);
    }
}

void tst_SyncReliability::sameTagOfOneCustomerAtTwoDesksIsOneRow()
{
    // Found by tst_fault_run (seed 1301): two workstations giving one customer the same tag
    // offline (a KYC interview here, a manager's tag there) made two customer_tag rows; the
    // second was refused everywhere else (UNIQUE customer_id, tag_id).
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(addStaff(*a) && addStaff(*b));
    const QString customer = addCustomer(*a);
    const KycTagRow retirement{QStringLiteral("needs"), QStringLiteral("service_need"),
                               QStringLiteral("retirement"), QStringLiteral("kyc"), 80};
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    // Both desks interview the customer offline and derive the same tag.
    for (Store *store : {a.get(), b.get()}) {
        Transaction transaction(store->database());
        QVERIFY(KycCustomerRecords(*store).replaceKycTags(CustomerId(customer), {retirement}, kStaffId));
        QVERIFY(transaction.commit());
    }
    // A staff member of a third desk, which has seen neither, tags the customer by hand.
    auto c = workstation(QStringLiteral("c"));
    QVERIFY(c && addStaff(*c));
    QVERIFY(sync(*c).ok);
    {
        Transaction transaction(c->database());
        QVERIFY(KycCustomerRecords(*c).replaceKycTags(CustomerId(customer), {}, kStaffId)); // makes no tag
        QSqlQuery tag(c->database());
        QVERIFY(tag.exec(QStringLiteral("INSERT INTO tag(id, dimension, category, value) "
                                        "VALUES ('%1', 'needs', 'service_need', 'retirement')")
                                 .arg(NaturalKeyId::tag(QStringLiteral("needs"),
                                                        QStringLiteral("service_need"),
                                                        QStringLiteral("retirement")))));
        QVERIFY(CustomerContactRepository(*c).addTag(
                CustomerId(customer), NaturalKeyId::tag(QStringLiteral("needs"), QStringLiteral("service_need"),
                                            QStringLiteral("retirement")),
                kStaffId));
        QVERIFY(transaction.commit());
    }
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), c.get(), a.get(), b.get()}));
    for (Store *store : {a.get(), b.get(), c.get()}) {
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE "
                                               "field = '*'")).toInt(), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM customer_tag")).toInt(), 1);
    }
}

void tst_SyncReliability::wrongClockDoesNotDecideConflicts_data()
{
    QTest::addColumn<qint64>("skewOfFirst");
    QTest::addColumn<qint64>("skewOfSecond");
    constexpr qint64 hour = 3600 * 1000;
    QTest::newRow("first two hours ahead") << 2 * hour << qint64(0);
    QTest::newRow("second one hour behind") << qint64(0) << -hour;
    QTest::newRow("both wrong") << 2 * hour << -hour;
}

void tst_SyncReliability::wrongClockDoesNotDecideConflicts()
{
    // Defect 7: of two concurrent edits of one field, the one made later in real time
    // wins, whatever the two machines' clocks say.
    QFETCH(qint64, skewOfFirst);
    QFETCH(qint64, skewOfSecond);
    auto a = workstation(QStringLiteral("a"));
    auto b = workstation(QStringLiteral("b"));
    QVERIFY(a && b);
    const QString id = addCustomer(*a, {{QStringLiteral("phone"), QStringLiteral("13800000000")}});
    QVERIFY_RESULT(syncInTurn({a.get(), b.get()}));
    ClockCorrection::skewForTesting(a->nodeId(), skewOfFirst);
    ClockCorrection::skewForTesting(b->nodeId(), skewOfSecond);
    // A round tells each machine how far off its clock is.
    const SyncReport atA = sync(*a);
    QVERIFY(atA.ok);
    QVERIFY2(std::abs(atA.clockOffsetMs + skewOfFirst) < 5000, qPrintable(QString::number(atA.clockOffsetMs)));
    QVERIFY(sync(*b).ok);
    QVERIFY(std::abs(ClockCorrection::offset(b->nodeId()) + skewOfSecond) < 5000);

    QVERIFY(editCustomer(*a, id, QStringLiteral("phone"), QStringLiteral("13900000001")));
    QTest::qWait(1100);
    QVERIFY(editCustomer(*b, id, QStringLiteral("phone"), QStringLiteral("13900000002")));
    QVERIFY_RESULT(syncInTurn({a.get(), b.get(), a.get()}));
    for (Store *store : {a.get(), b.get()})
        QCOMPARE(scalar(*store, QStringLiteral("SELECT phone FROM customer WHERE id = ?"), {id})
                         .toString(), QStringLiteral("13900000002"));
    // The earlier edit is in the conflict list where it lost.
    QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE row_id = ? AND "
                                       "lost_value = '13900000001'"), {id}).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_SyncReliability)
#include "tst_sync_reliability.moc"
