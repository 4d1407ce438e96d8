// Encryption at rest of personal-data columns: sealing and opening, failing closed, the raw
// file and its WAL holding no plain ID number, phone, address or note (every free-text note
// kind, written through its repository or service and read back open), a pulled change
// sealed at rest, the blind search keys, key slots through a password change, and the
// upgrade of a file made before (or sealed with an older list of columns).
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"

#include "app/common/PasswordHasher.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Masking.h"
#include "app/domain/Uuid7.h"
#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycService.h"
#include "app/services/staff/AuthService.h"
#include "app/services/staff/PrivilegeRequests.h"
#include "app/services/staff/UserAdministration.h"
#include "database/branchfloor/FloorRecords.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/calls/CallContactRepository.h"
#include "database/calls/CallListRepository.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/FieldKeyring.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/customer360/Customer360Queries.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/customers/CustomerRepository.h"
#include "database/kyc/KycCustomerRecords.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/staff/StaffRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/RemoteChangeApplier.h"
#include "database/workspaces/LobbyDeskQueries.h"
#include "database/workspaces/ReferralLines.h"
#include "database/workspaces/WealthManagerDeskQueries.h"

#include <QJsonDocument>
#include <QSqlError>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kIdNumber = QStringLiteral("110101198001010010");
const QString kPhone = QStringLiteral("13800138000");
const QString kOtherId = QStringLiteral("11010519491231002X");
const QString kAddress = QStringLiteral("上海市黄浦区中山东一路1号");
const QString kNote = QStringLiteral("想给女儿存一笔留学金，担心汇率波动");
const QString kNewPhone = QStringLiteral("13611112222");

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}
} // namespace

class tst_FieldEncryption : public QObject
{
    Q_OBJECT

private slots:
    void sealedValuesRoundTrip();
    void wrongKeyFailsClosed();
    void rawFileHoldsNoPlaintext();
    void freeTextNotesAreSealedAndReadBackOpen();
    void pulledNoteIsSealedAtRest();
    void blindIndexFindsWholeNumbersAndTails_data();
    void blindIndexFindsWholeNumbersAndTails();
    void twoDatabasesHaveDifferentKeys();
    void passwordChangeKeepsAccess();
    void lockedStoreRefusesToReveal();
    void userWithoutSlotIsRefused();
    void oldPlainFileIsEncryptedAtAdministratorSignIn();
    void fileSealedWithOlderListIsCompletedAtSignIn();

private:
    static QByteArray fileBytes(const QString &path);
    static QVariant stored(Store &store, const QString &sql, const QString &id);

    QTemporaryDir m_dir;
};

QByteArray tst_FieldEncryption::fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVariant tst_FieldEncryption::stored(Store &store, const QString &sql, const QString &id)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

void tst_FieldEncryption::sealedValuesRoundTrip()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("roundtrip.db"))));
    test::makeSmallBranch(store);
    QVERIFY(store.fieldsEncrypted());
    QVERIFY(store.fieldKeys());

    const std::optional<QVariant> sealed = SensitiveColumns::seal(store, kNote);
    QVERIFY(sealed);
    QVERIFY(SensitiveColumns::isSealed(*sealed));
    QVERIFY(!sealed->toString().contains(kNote));
    QCOMPARE(SensitiveColumns::open(store, *sealed), kNote);
    // A random nonce per value: the same text never seals the same way twice.
    QVERIFY(SensitiveColumns::seal(store, kNote)->toString() != sealed->toString());
    // Empty and NULL keep their meaning.
    QCOMPARE(SensitiveColumns::seal(store, QString())->toString(), QString());
    QVERIFY(SensitiveColumns::seal(store, QVariant(QMetaType::fromType<QString>()))->isNull());

    // The fixture's customers are stored sealed and read back plain.
    QSqlQuery raw(store.database());
    QVERIFY(raw.exec(QStringLiteral("SELECT phone, id_number, address FROM customer WHERE cif_no = 'C31010000001'")));
    QVERIFY(raw.next());
    for (int i = 0; i < 3; ++i)
        QVERIFY(SensitiveColumns::isSealed(raw.value(i)));
    const auto details = CustomerRepository(store).find(kPhone);
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().phone, kPhone);
    QCOMPARE(details.first().idNumber, kIdNumber);
}

void tst_FieldEncryption::wrongKeyFailsClosed()
{
    Store first;
    Store second;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("first.db"))));
    QVERIFY(second.open(m_dir.filePath(QStringLiteral("second.db"))));
    test::makeSmallBranch(first);
    test::makeSmallBranch(second);
    const QVariant sealed = *SensitiveColumns::seal(first, kPhone);

    const Result<QString> opened = SensitiveColumns::tryOpen(second, sealed);
    QVERIFY(!opened);
    QVERIFY(!opened.errorString().isEmpty());
    QCOMPARE(SensitiveColumns::open(second, sealed), QString()); // nothing, not garbage

    // A tampered value does not open either, even with the right key.
    QString tampered = sealed.toString();
    tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == QLatin1Char('A')
            ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!SensitiveColumns::tryOpen(first, tampered));
}

void tst_FieldEncryption::rawFileHoldsNoPlaintext()
{
    const QString path = m_dir.filePath(QStringLiteral("raw.db"));
    {
        Store store;
        QVERIFY(store.open(path));
        const test::SmallBranch branch = test::makeSmallBranch(store);
        const AuthService::Result signedIn = AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword);
        QVERIFY2(signedIn.session, qPrintable(signedIn.message));

        // Every write path: a contact note, a phone edit (which also fills the outbox).
        const int pendingBefore = ChangeRecorder::pendingCount(store);
        Transaction transaction(store.database());
        CustomerContactRepository contacts(store);
        QVERIFY(!contacts.insertInteraction({CustomerId(branch.customerId),
                                             signedIn.session->user.id,
                                             QStringLiteral("phone"), QStringLiteral("care"),
                                             std::nullopt, kNote, QStringLiteral("汇率风险"), QDate()})
                         ->isEmpty());
        CustomerRepository customers(store);
        const int version = customers.details(branch.otherCustomerId)->value(QStringLiteral("version")).toInt();
        QCOMPARE(customers.update(branch.otherCustomerId, {{QStringLiteral("phone"), kNewPhone}}, version),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
        QCOMPARE(ChangeRecorder::pendingCount(store), pendingBefore + 2);
        QCOMPARE(customers.find(kNewPhone).size(), 1);

        QSqlQuery checkpoint(store.database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));

        // The WAL still holds the pages written (a passive checkpoint leaves it), so both
        // files are scanned while the store is open.
        const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains(QStringLiteral("张三").toUtf8())); // names are not encrypted
        for (const QString &secret : {kIdNumber, kOtherId, kPhone, kNewPhone, kAddress, kNote,
                                      reversed(kPhone), reversed(kIdNumber),
                                      QStringLiteral("19912345678")}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || !fileBytes(path + QStringLiteral("-wal")).contains(kPhone.toUtf8()));
    QVERIFY(!fileBytes(path).contains(kPhone.toUtf8()));
}

void tst_FieldEncryption::freeTextNotesAreSealedAndReadBackOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.db"));
    Store store;
    QVERIFY(store.open(path));
    const test::SmallBranch branch = test::makeSmallBranch(store);
    const AuthService::Result wealth = AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(wealth.session, qPrintable(wealth.message));
    const QString wealthId = wealth.session->user.id;
    const QString customer = branch.customerId; // managed by "wealth"

    // One distinctive marker per note kind.
    const QString arrivalNote = QStringLiteral("到账备注-女儿学费-FA7731");
    const QString referralReason = QStringLiteral("转介原因-离婚分产-RR5120");
    const QString referralDescription = QStringLiteral("外貌描述-红色风衣拄拐-RD8841");
    const QString transitionNote = QStringLiteral("转介流转备注-客户改天再来-TN2290");
    const QString visitDescription = QStringLiteral("厅堂描述-戴金表的老先生-VD4417");
    const QString overrideReason = QStringLiteral("改判原因-认识他儿子-OR6653");
    const QString careNote = QStringLiteral("关怀备注-住院手术中-CN3308");
    const QString careDoneNote = QStringLiteral("关怀完成-已探望病房-CD9914");
    const QString callReason = QStringLiteral("外呼原因-遗产继承到账-CR1176");
    const QString policyOverride = QStringLiteral("越规原因-客户主动要求回电-PO4401");
    const QString kycText = QStringLiteral("KYC自述-正在办理破产清算-KT5582");

    // KYC through the service: a free-text answer, finished into the customer's KYC file.
    KycService kyc(store, *wealth.session);
    QVERIFY_RESULT(kyc.answer(CustomerId(customer), QStringLiteral("present.personal.occupation"),
                              KycAnswerValue::text(kycText)));
    QVERIFY_RESULT(kyc.answer(CustomerId(customer), QStringLiteral("future.finance.horizon"),
                              KycAnswerValue::choice(QStringLiteral("5_10y"))));
    const Result<KycService::Finished> finished = kyc.finish(CustomerId(customer));
    QVERIFY2(finished, qPrintable(finished.errorString()));

    Transaction transaction(store.database());
    QVERIFY(KycCustomerRecords(store).addFundArrival(CustomerId(customer), QStringLiteral("present.finance.maturity"),
                                                QStringLiteral("other_bank"), QDate::currentDate().addDays(5),
                                                Money::fromFen(30000000), arrivalNote));
    LobbyVisitRecord visit;
    visit.branchId = branch.branchId;
    visit.description = visitDescription;
    visit.enteredAt = SqlTime::now();
    visit.moment = QStringLiteral("entering");
    visit.valueClass = QStringLiteral("potential_vip");
    visit.suggestedClass = QStringLiteral("ordinary");
    visit.overrideReason = overrideReason;
    visit.staffId = wealthId;
    FloorRecords floor(store);
    QVERIFY_RESULT(floor.insertVisit(visit));
    ReferralRecord referral;
    referral.branchId = branch.branchId;
    referral.visitId = visit.id;
    referral.form = QStringLiteral("referral");
    referral.source = QStringLiteral("lobby");
    referral.referredBy = wealthId;
    referral.reason = referralReason;
    referral.description = referralDescription;
    referral.createdAt = SqlTime::now();
    ReferralRepository referrals(store);
    QVERIFY_RESULT(referrals.insert(referral));
    QVERIFY(referrals.addTransition(referral.id, std::nullopt, ReferralState::Logged, wealthId,
                                    SqlTime::now(), transitionNote));
    CareTaskRecord care;
    care.customerId = customer;
    care.staffId = wealthId;
    care.kind = QStringLiteral("retention");
    care.dueOn = QDate::currentDate();
    care.note = careNote;
    CareTaskRepository cares(store);
    QVERIFY_RESULT(cares.insert(care, SqlTime::now()));
    CallListRecord list;
    list.branchId = branch.branchId;
    list.name = QStringLiteral("到期挽留");
    list.createdBy = wealthId;
    list.startsOn = QDate::currentDate().addDays(-1);
    list.endsOn = QDate::currentDate().addDays(7);
    list.createdAt = SqlTime::now();
    CallListRepository calls(store);
    QVERIFY_RESULT(calls.insertList(list));
    CallTaskRecord task;
    task.callListId = list.id;
    task.customerId = CustomerId(customer);
    task.assignedTo = wealthId;
    task.reason = callReason;
    task.dueOn = QDate::currentDate();
    QVERIFY_RESULT(calls.insertTask(task, SqlTime::now()));
    CallContactRepository contacts(store);
    const Result<QString> contact = contacts.insertContact(
            {CustomerId(customer), wealthId, QDateTime::currentDateTimeUtc(),
             QStringLiteral("phone"),
             QStringLiteral("marketing"), QStringLiteral("follow_up"), std::nullopt, QString(),
             QString(), QDate(), policyOverride});
    QVERIFY2(contact && !contact->isEmpty(), qPrintable(contact.errorString()));
    const QString contactId = *contact;
    QVERIFY(transaction.commit());
    {
        Transaction done(store.database());
        QVERIFY(cares.complete(cares.byId(care.id).valueOr({}).value(), careDoneNote, SqlTime::now()));
        QVERIFY(done.commit());
    }

    // Stored sealed ...
    for (const auto &[sql, id] : {
                 std::pair{"SELECT note FROM fund_arrival WHERE kyc_question_id = 'present.finance.maturity' AND customer_id = ?", customer},
                 std::pair{"SELECT reason FROM referral WHERE id = ?", referral.id},
                 std::pair{"SELECT description FROM referral WHERE id = ?", referral.id},
                 std::pair{"SELECT note FROM referral_transition WHERE referral_id = ?", referral.id},
                 std::pair{"SELECT description FROM lobby_visit WHERE id = ?", visit.id},
                 std::pair{"SELECT override_reason FROM lobby_visit WHERE id = ?", visit.id},
                 std::pair{"SELECT note FROM care_task WHERE id = ?", care.id},
                 std::pair{"SELECT reason FROM call_task WHERE id = ?", task.id},
                 std::pair{"SELECT policy_override FROM interaction WHERE id = ?", contactId},
                 std::pair{"SELECT value_json FROM kyc_field WHERE field = 'occupation' AND customer_id = ?", customer}}) {
        QVERIFY2(SensitiveColumns::isSealed(stored(store, QString::fromLatin1(sql), id)), sql);
    }
    // ... with only option codes left in clear for segments.
    QCOMPARE(stored(store, QStringLiteral("SELECT value_text FROM kyc_field WHERE field = 'investment_horizon' "
                                          "AND customer_id = ?"), customer).toString(),
             QStringLiteral("5_10y"));
    QCOMPARE(stored(store, QStringLiteral("SELECT value_text FROM kyc_field WHERE field = 'occupation' "
                                          "AND customer_id = ?"), customer).toString(), QString());

    // The raw file and its WAL (and the outbox in them) hold none of the markers.
    QSqlQuery checkpoint(store.database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    for (const QString &marker : {arrivalNote, referralReason, referralDescription, transitionNote,
                                  visitDescription, overrideReason, careNote, careDoneNote, callReason,
                                  policyOverride, kycText}) {
        QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(marker));
        QVERIFY2(!bytes.contains(marker.right(6).toUtf8()), qPrintable(marker)); // the ASCII tail
    }

    // Read back open where people see them.
    LobbyDeskQueries lobby(store);
    ReferralLines referralLines(store);
    WealthManagerDeskQueries workspace(store);
    const QList<LobbyVisitLine> visits = lobby.lobbyVisits(branch.branchId, QDate::currentDate());
    QVERIFY(std::any_of(visits.cbegin(), visits.cend(),
                        [&](const LobbyVisitLine &line) { return line.description == visitDescription; }));
    const QList<ReferralLine> open = referralLines.openReferrals(branch.branchId);
    QVERIFY(std::any_of(open.cbegin(), open.cend(), [&](const ReferralLine &line) {
        return line.reason == referralReason && line.description == referralDescription;
    }));
    const std::optional<ReferralRecord> record = referrals.byId(referral.id).valueOr({});
    QCOMPARE(record->reason, referralReason);
    QCOMPARE(record->description, referralDescription);
    QCOMPARE(cares.byId(care.id).valueOr({}).value().note, careDoneNote);
    const QList<CallTaskLine> today = workspace.openCallTasks(wealthId);
    QVERIFY(std::any_of(today.cbegin(), today.cend(),
                        [&](const CallTaskLine &line) { return line.reason == callReason; }));
    QCOMPARE(calls.taskById(task.id).valueOr({}).value().reason, callReason);
    const QList<MoneyArrivalLine> arriving
            = workspace.moneyArriving(wealthId, QDate::currentDate(), QDate::currentDate().addDays(30));
    QVERIFY(std::any_of(arriving.cbegin(), arriving.cend(),
                        [&](const MoneyArrivalLine &line) { return line.productName == arrivalNote; }));
    const QList<FundArrivalRow> arrivals = *Customer360Queries(store).fundArrivals(CustomerId(customer));
    QVERIFY(std::any_of(arrivals.cbegin(), arrivals.cend(),
                        [&](const FundArrivalRow &row) { return row.note == arrivalNote; }));
    const QList<KycAnswerRow> answers = *kyc.answersOf(finished->sessionId);
    QVERIFY(std::any_of(answers.cbegin(), answers.cend(), [&](const KycAnswerRow &row) {
        return KycAnswerValue::textOf(KycAnswerValue::fromJson(row.valueJson)) == kycText;
    }));
    QCOMPARE(kyc.knownAnswers(CustomerId(customer))->value(QStringLiteral("present.personal.occupation")).value,
             KycAnswerValue::text(kycText));
}

void tst_FieldEncryption::pulledNoteIsSealedAtRest()
{
    const QString path = m_dir.filePath(QStringLiteral("pulled-note.db"));
    Store store;
    QVERIFY(store.open(path));
    const test::SmallBranch branch = test::makeSmallBranch(store);
    const QString note = QStringLiteral("同步来的关怀备注-刚做完化疗-PN8826");
    const QString edited = QStringLiteral("同步改过的备注-已出院-PE1142");

    // A care task with a note, as another workstation sends it (plain on the wire).
    SyncChange change;
    change.changeId = Uuid7Generator::generate();
    change.table = QStringLiteral("care_task");
    change.rowId = Uuid7Generator::generate();
    change.op = QStringLiteral("upsert");
    change.fields = QJsonObject{{QStringLiteral("customer_id"), branch.customerId},
                                {QStringLiteral("kind"), QStringLiteral("retention")},
                                {QStringLiteral("due_on"), SqlTime::date(QDate::currentDate())},
                                {QStringLiteral("status"), QStringLiteral("open")},
                                {QStringLiteral("note"), note}};
    HybridLogicalClock clock(QStringLiteral("other-node"));
    change.hlc = clock.now().toString();
    change.originNode = QStringLiteral("other-node");
    // And a KYC field whose sender put a free-text answer into value_text (an older version).
    SyncChange field;
    field.changeId = Uuid7Generator::generate();
    field.table = QStringLiteral("kyc_field");
    field.rowId = Uuid7Generator::generate();
    field.op = QStringLiteral("upsert");
    field.hlc = clock.now().toString();
    field.originNode = QStringLiteral("other-node");

    {
        Transaction transaction(store.database());
        RemoteChangeApplier applier(store);
        const Result<RemoteChangeApplier::Outcome> applied = applier.apply(change);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(*applied, RemoteChangeApplier::Outcome::Applied);
        QVERIFY(transaction.commit());
    }
    QVERIFY(SensitiveColumns::isSealed(stored(store, QStringLiteral("SELECT note FROM care_task WHERE id = ?"),
                                              change.rowId)));
    QCOMPARE(CareTaskRepository(store).byId(change.rowId).valueOr({}).value().note, note);

    // A later edit of the note, pulled too: sealed again, and the field's clock follows.
    change.changeId = Uuid7Generator::generate();
    change.fields = QJsonObject{{QStringLiteral("note"), edited}};
    change.hlc = clock.now().toString();
    {
        Transaction transaction(store.database());
        RemoteChangeApplier applier(store);
        const Result<RemoteChangeApplier::Outcome> applied = applier.apply(change);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(*applied, RemoteChangeApplier::Outcome::Applied);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(CareTaskRepository(store).byId(change.rowId).valueOr({}).value().note, edited);

    QVERIFY(CustomerRepository(store).details(branch.customerId)); // the key is open
    QSqlQuery sessionRow(store.database());
    const QString sessionId = Uuid7Generator::generate();
    sessionRow.prepare(QStringLiteral("INSERT INTO kyc_session(id, customer_id, version_no, status, started_at, "
                                      "updated_at) VALUES (?, ?, 1, 'final', ?, ?)"));
    for (const QVariant &value : {QVariant(sessionId), QVariant(branch.customerId), QVariant(SqlTime::now()),
                                  QVariant(SqlTime::now())})
        sessionRow.addBindValue(value);
    QVERIFY(sessionRow.exec());
    const QString secretAnswer = QStringLiteral("自述-欠了高利贷-KF3391");
    field.fields = QJsonObject{{QStringLiteral("customer_id"), branch.customerId},
                               {QStringLiteral("field"), QStringLiteral("occupation")},
                               {QStringLiteral("question_id"), QStringLiteral("present.personal.occupation")},
                               {QStringLiteral("value_json"), KycAnswerValue::toJson(KycAnswerValue::text(secretAnswer))},
                               {QStringLiteral("value_text"), secretAnswer},
                               {QStringLiteral("session_id"), sessionId},
                               {QStringLiteral("answered_at"), SqlTime::now()}};
    {
        Transaction transaction(store.database());
        RemoteChangeApplier applier(store);
        const Result<RemoteChangeApplier::Outcome> applied = applier.apply(field);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(*applied, RemoteChangeApplier::Outcome::Applied);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(stored(store, QStringLiteral("SELECT value_text FROM kyc_field WHERE id = ?"), field.rowId).toString(),
             QString());
    const QVariant answer = stored(store, QStringLiteral("SELECT value_json FROM kyc_field WHERE id = ?"), field.rowId);
    QVERIFY(SensitiveColumns::isSealed(answer));
    QVERIFY(SensitiveColumns::open(store, answer).contains(secretAnswer));

    QSqlQuery checkpoint(store.database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    for (const QString &marker : {note, edited, secretAnswer})
        QVERIFY2(!bytes.contains(marker.right(6).toUtf8()), qPrintable(marker));
}

void tst_FieldEncryption::blindIndexFindsWholeNumbersAndTails_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("cif"); // empty: nobody

    QTest::newRow("whole mobile") << kPhone << "C31010000001";
    QTest::newRow("last 4") << "8000" << "C31010000001";
    QTest::newRow("last 5 (checked)") << "38000" << "C31010000001";
    QTest::newRow("last 6") << "138000" << "C31010000001";
    QTest::newRow("last 8 (checked)") << "00138000" << "C31010000001";
    QTest::newRow("tail that does not match") << "48000" << "";
    QTest::newRow("whole ID") << kIdNumber << "C31010000001";
    QTest::newRow("ID last 4 with X") << "002x" << "C31010000002";
    QTest::newRow("ID last 7 (checked)") << "231002X" << "C31010000002";
    QTest::newRow("middle digits") << "1380013" << "";
}

void tst_FieldEncryption::blindIndexFindsWholeNumbersAndTails()
{
    QFETCH(QString, typed);
    QFETCH(QString, cif);
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("blind-%1.db").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')))));
    test::makeSmallBranch(store);

    QSqlQuery keys(store.database());
    QVERIFY(keys.exec(QStringLiteral("SELECT count(*) FROM customer_search_key WHERE key LIKE 'mr:%' "
                                     "OR key LIKE 'dr:%'")));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(0).toInt(), 0); // no clear number keys in an encrypted file

    const QList<CustomerSummary> found = CustomerRepository(store).find(typed);
    if (cif.isEmpty()) {
        QVERIFY(found.isEmpty());
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().cifNo, cif);
    }
}

void tst_FieldEncryption::twoDatabasesHaveDifferentKeys()
{
    Store first;
    Store second;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("keys-a.db"))));
    QVERIFY(second.open(m_dir.filePath(QStringLiteral("keys-b.db"))));
    test::makeSmallBranch(first);
    test::makeSmallBranch(second);
    QVERIFY(!first.fieldKeyId().isEmpty());
    QVERIFY(first.fieldKeyId() != second.fieldKeyId());
    // Same phone, different blind keys: the index of one file says nothing about another.
    // Two keys: the last 4, and the masked number with 6 bits of the whole (issue 14).
    QCOMPARE(CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, first.fieldKeys().get()).size(), 2);
    QVERIFY(CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, first.fieldKeys().get())
            != CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, second.fieldKeys().get()));
}

void tst_FieldEncryption::passwordChangeKeepsAccess()
{
    const QString path = m_dir.filePath(QStringLiteral("password.db"));
    const QString newPassword = QStringLiteral("a-new-password-1");
    {
        Store store;
        QVERIFY(store.open(path));
        test::makeSmallBranch(store);
        const AuthService::Result admin = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
        QVERIFY(admin.session);
        // Another person's password: the administrator asks, the head approves (four eyes).
        QVERIFY(!UserAdministration(store, &*admin.session)
                         .setPassword(QStringLiteral("wealth"), newPassword));
        const Result<StaffRequest> request = PrivilegeRequests(store, *admin.session)
                                                     .requestPasswordReset(QStringLiteral("wealth"));
        QVERIFY_RESULT(request);
        AuthService(store).signOut(*admin.session);
        const AuthService::Result head = AuthService(store).signIn(QStringLiteral("head"), test::kPassword);
        QVERIFY(head.session);
        QVERIFY_RESULT(PrivilegeRequests(store, *head.session).approve(request->id, newPassword));
        AuthService(store).signOut(*head.session);
        QVERIFY(!store.fieldKeys());
    }
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(!store.fieldKeys()); // a reopened file is locked until someone signs in
    QCOMPARE(AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword).outcome,
             AuthService::Outcome::WrongCredentials);
    const AuthService::Result wealth = AuthService(store).signIn(QStringLiteral("wealth"), newPassword);
    QVERIFY2(wealth.session, qPrintable(wealth.message));
    QVERIFY(store.fieldKeys());
    const QList<CustomerSummary> found = CustomerRepository(store).find(QStringLiteral("8000"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().phone, kPhone);
}

void tst_FieldEncryption::lockedStoreRefusesToReveal()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QString customerId;
    {
        Store store;
        QVERIFY(store.open(path));
        customerId = test::makeSmallBranch(store).customerId;
    }
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(store.fieldsEncrypted());
    QVERIFY(!store.fieldKeys());
    CustomerRepository customers(store);
    const std::optional<QVariantMap> row = customers.details(customerId);
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("phone")).toString(), QString());
    QCOMPARE(row->value(QStringLiteral("id_number")).toString(), QString());
    QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    // Writing personal data into a locked encrypted file is refused, not done in clear.
    QVERIFY(!SensitiveColumns::seal(store, kNewPhone));
    Transaction transaction(store.database());
    const Result<CustomerRepository::UpdateResult> refused = customers.update(
            customerId, {{QStringLiteral("phone"), kNewPhone}},
            row->value(QStringLiteral("version")).toInt());
    QVERIFY(!refused); // failed
    QVERIFY(!refused.errorString().isEmpty());
    transaction.rollback();

    // A teller's key opens the file but not identifiers (issue 14): the masked form only.
    const AuthService::Result teller = AuthService(store).signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY(teller.session);
    QCOMPARE(customers.details(customerId)->value(QStringLiteral("phone")).toString(),
             Masking::phone(kPhone));
    AuthService(store).signOut(*teller.session);
    QCOMPARE(customers.details(customerId)->value(QStringLiteral("phone")).toString(), QString());
    const AuthService::Result wealth = AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(wealth.session);
    QCOMPARE(customers.details(customerId)->value(QStringLiteral("phone")).toString(), kPhone);
    // What the session opened is kept for its searches (issue 14) and goes at sign-out,
    // even from keys a reader (a search thread) still holds.
    const std::shared_ptr<const FieldKeys> held = store.fieldKeys();
    QVERIFY(held && held->openedKept() > 0);
    AuthService(store).signOut(*wealth.session);
    QCOMPARE(held->openedKept(), 0);
}

void tst_FieldEncryption::userWithoutSlotIsRefused()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("noslot.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(store);
    store.lockFields();
    // As if pulled from the server: a user row with a password hash but no key slot here.
    StaffUser pulled;
    pulled.branchId = branch.branchId;
    pulled.username = QStringLiteral("pulled");
    pulled.displayName = QStringLiteral("钱同步");
    pulled.role = StaffRole::WealthManager;
    pulled.passwordHash = PasswordHasher::hash(test::kPassword);
    {
        Transaction transaction(store.database());
        QVERIFY(StaffRepository(store).insert(pulled));
        QVERIFY(transaction.commit());
    }
    const AuthService::Result refused = AuthService(store).signIn(QStringLiteral("pulled"), test::kPassword);
    QCOMPARE(refused.outcome, AuthService::Outcome::Failed);
    QVERIFY(!refused.session);
    QVERIFY(refused.message.contains(QLatin1String("administrator")));
    QVERIFY(!store.fieldKeys());

    // An administrator asking for the password here, and a second person (the head)
    // setting it, gives the user a key slot.
    const AuthService::Result admin = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY(admin.session);
    const Result<StaffRequest> request = PrivilegeRequests(store, *admin.session)
                                                 .requestPasswordReset(QStringLiteral("pulled"));
    QVERIFY_RESULT(request);
    const AuthService::Result head = AuthService(store).signIn(QStringLiteral("head"), test::kPassword);
    QVERIFY(head.session);
    QVERIFY_RESULT(PrivilegeRequests(store, *head.session)
                           .approve(request->id, QStringLiteral("pulled-password")));
    store.lockFields();
    QVERIFY(AuthService(store).signIn(QStringLiteral("pulled"), QStringLiteral("pulled-password")).session);
}

void tst_FieldEncryption::oldPlainFileIsEncryptedAtAdministratorSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    Store store;
    QVERIFY(store.open(path));
    // A file from before encryption: users and customers in clear, no data key.
    Branch branchRow{{}, QStringLiteral("310102"), QStringLiteral("老支行"), QStringLiteral("上海"), {}};
    StaffUser admin;
    StaffUser teller;
    {
        Transaction transaction(store.database());
        QVERIFY(BranchRepository(store).insert(branchRow));
        for (auto [user, name, role] : {std::tuple{&admin, "admin", StaffRole::Admin},
                                        std::tuple{&teller, "teller", StaffRole::Teller}}) {
            user->branchId = branchRow.id;
            user->username = QString::fromLatin1(name);
            user->displayName = QString::fromLatin1(name);
            user->role = role;
            user->passwordHash = PasswordHasher::hash(test::kPassword);
            QVERIFY(StaffRepository(store).insert(*user));
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(test::addCustomer(store, QStringLiteral("01907c2a-3333-7000-8000-0000000000aa"),
                              branchRow.id, QStringLiteral("C31020000001"), QStringLiteral("李四"),
                              kIdNumber, kPhone, 100, QStringLiteral("ordinary"), QString()));
    QVERIFY(CustomerSearchIndex(store).rebuild());
    QVERIFY(!store.fieldsEncrypted());
    QCOMPARE(CustomerRepository(store).find(QStringLiteral("8000")).size(), 1);

    // A teller's sign-in leaves it as it is (nobody could give the others their keys).
    const AuthService::Result tellerIn = AuthService(store).signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY(tellerIn.session);
    QVERIFY(!store.fieldsEncrypted());
    AuthService(store).signOut(*tellerIn.session);

    // The administrator's sign-in makes the key and seals what was there.
    const AuthService::Result adminIn = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY2(adminIn.session, qPrintable(adminIn.message));
    QVERIFY(store.fieldsEncrypted());
    QCOMPARE(CustomerRepository(store).find(QStringLiteral("138000")).size(), 1);
    QCOMPARE(CustomerRepository(store).find(kIdNumber).first().phone, kPhone);
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(!bytes.contains(kPhone.toUtf8()));
    QVERIFY(!bytes.contains(kIdNumber.toUtf8()));
    QVERIFY(!bytes.contains(reversed(kPhone).toUtf8()));
    QVERIFY(!bytes.contains(kAddress.toUtf8()));
}

void tst_FieldEncryption::fileSealedWithOlderListIsCompletedAtSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("older-list.db"));
    Store store;
    QVERIFY(store.open(path));
    const test::SmallBranch branch = test::makeSmallBranch(store);
    QVERIFY(PlaintextSealing(store).isSealed());
    // Notes written in clear by a version that sealed identifiers and contact notes only.
    const QString eventDetail = QStringLiteral("投诉内容-理财亏损要求赔偿-ED7719");
    const QString careNote = QStringLiteral("旧版关怀备注-丧偶独居-ON5531");
    const QString kycText = QStringLiteral("旧版KYC自述-准备移民-OK2208");
    const QString sessionId = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    QSqlQuery insert(store.database());
    for (const auto &[sql, values] : {
                 std::pair{"INSERT INTO customer_event(id, customer_id, occurred_at, kind, detail) "
                           "VALUES (?, ?, ?, 'complaint', ?)",
                           QVariantList{Uuid7Generator::generate(), branch.customerId, now, eventDetail}},
                 std::pair{"INSERT INTO care_task(id, customer_id, kind, due_on, note, updated_at) "
                           "VALUES (?, ?, 'retention', '2026-12-01', ?, ?)",
                           QVariantList{Uuid7Generator::generate(), branch.customerId, careNote, now}},
                 std::pair{"INSERT INTO kyc_session(id, customer_id, version_no, status, started_at, updated_at) "
                           "VALUES (?, ?, 1, 'final', ?, ?)",
                           QVariantList{sessionId, branch.customerId, now, now}},
                 std::pair{"INSERT INTO kyc_field(id, customer_id, field, question_id, value_json, value_text, "
                           "session_id, answered_at, updated_at) VALUES (?, ?, 'occupation', "
                           "'present.personal.occupation', ?, ?, ?, ?, ?)",
                           QVariantList{Uuid7Generator::generate(), branch.customerId,
                                        KycAnswerValue::toJson(KycAnswerValue::text(kycText)), kycText,
                                        sessionId, now, now}}}) {
        QVERIFY(insert.prepare(QString::fromLatin1(sql)));
        for (const QVariant &value : values)
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(store.setSetting(PlaintextSealing::sealedSetting(), QStringLiteral("1")));
    QVERIFY(!PlaintextSealing(store).isSealed());
    store.lockFields();

    // The next sign-in (any user: the key is open) seals what the older list left.
    const AuthService::Result signedIn = AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY2(signedIn.session, qPrintable(signedIn.message));
    QVERIFY(PlaintextSealing(store).isSealed());
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    for (const QString &marker : {eventDetail, careNote, kycText})
        QVERIFY2(!bytes.contains(marker.right(6).toUtf8()), qPrintable(marker));
    QSqlQuery field(store.database());
    QVERIFY(field.exec(QStringLiteral("SELECT value_text, value_json FROM kyc_field WHERE field = 'occupation'")));
    QVERIFY(field.next());
    QCOMPARE(field.value(0).toString(), QString()); // free text no longer in the clear column
    QVERIFY(SensitiveColumns::open(store, field.value(1)).contains(kycText));
    const QList<TimelineEntry> timeline = *Customer360Queries(store).timeline(CustomerId(branch.customerId), 50);
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
                        [&](const TimelineEntry &entry) { return entry.detail == eventDetail; }));
}

QTEST_GUILESS_MAIN(tst_FieldEncryption)
#include "tst_field_encryption.moc"
