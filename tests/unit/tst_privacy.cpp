// Consent per purpose with history, reveal with reason, export of a customer's data for
// them, and erasure that leaves their personal data in no column of any table.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/domain/ResidentIdNumber.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/privacy/ConsentService.h"
#include "app/services/privacy/PersonalDataReveal.h"
#include "app/services/privacy/PersonalDataRights.h"
#include "app/services/staff/AuthService.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kName = QStringLiteral("钱多多");
const QString kPhone = QStringLiteral("13912345670");
const QString kAddress = QStringLiteral("杭州市西湖区龙井路88号");
const QString kErasedId = QStringLiteral("01907c2a-3333-7000-8000-0000000000e1");
} // namespace

class tst_Privacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consentHistoryAndSummary();
    void consentNeedsPermissionAndEvidence();
    void revealNeedsPermissionAndReason();
    void revealIsAuditedWithReasonNotValue();
    void exportHoldsEveryRowOfTheCustomer();
    void exportNeedsPermission();
    void everyCustomerTableIsMapped();
    void erasureLeavesNoPersonalDataAnywhere();
    void erasureNeedsPermissionAndReference();
    void aStayedInterviewsAnswersAreBlankedWithIt();

private:
    Session signIn(const QString &username);
    int count(const QString &sql, const QVariantList &values = {});
    QString lastAudit(const QString &action);
    void exec(const QString &sql, const QVariantList &values);
    QStringList customerTables();

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    QString m_idNumber;
};

void tst_Privacy::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("privacy.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_idNumber = ResidentIdNumber::compose(QStringLiteral("330106"), QDate(1975, 6, 1), 27);
    QSqlQuery manager(m_store.database());
    QVERIFY(manager.exec(QStringLiteral("SELECT id FROM staff_user WHERE username = 'wealth'")));
    QVERIFY(manager.next());
    QVERIFY(test::addCustomer(m_store, kErasedId, m_branch.branchId, QStringLiteral("C33010699999"),
                              kName, m_idNumber, QStringLiteral("13700000001"), 5000000,
                              QStringLiteral("silver"), manager.value(0).toString()));
    exec(QStringLiteral("UPDATE customer SET address = ? WHERE id = ?"), {kAddress, kErasedId});
    (void)CustomerSearchIndex(m_store).rebuild();
}

Session tst_Privacy::signIn(const QString &username)
{
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

int tst_Privacy::count(const QString &sql, const QVariantList &values)
{
    return test::count(m_store, sql, values);
}

void tst_Privacy::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s", qPrintable(sql));
}

QString tst_Privacy::lastAudit(const QString &action)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT actor_name || ' ' || entity_id || ' ' || detail_json "
                                 "FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QStringList tst_Privacy::customerTables()
{
    QStringList tables;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                              "WHERE m.type = 'table' AND c.name = 'customer_id'"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

void tst_Privacy::consentHistoryAndSummary()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    ConsentService consent(m_store, wealth);
    const QString customer = m_branch.customerId;
    const int changesBefore = ChangeRecorder::pendingCount(m_store);

    const Result<> granted = consent.record(CustomerId(customer), ConsentPurpose::MarketingSms, true,
                                            QStringLiteral("paper_form"),
                                            QStringLiteral("F-2026-0042"));
    QVERIFY2(granted, qPrintable(granted.errorString()));
    QCOMPARE(count(QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?"),
                   {customer}), 1);
    QVERIFY(consent.record(CustomerId(customer), ConsentPurpose::GroupSharing, true,
                           QStringLiteral("counter"), QStringLiteral("F-2026-0043")));
    const Result<> withdrawn = consent.record(CustomerId(customer), ConsentPurpose::MarketingSms, false,
                                              QStringLiteral("phone"), QString());
    QVERIFY2(withdrawn, qPrintable(withdrawn.errorString()));
    // Group sharing is not marketing: the summary falls back to 0 once SMS is withdrawn.
    QCOMPARE(count(QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?"),
                   {customer}), 0);

    const QList<ConsentRecord> history = *consent.history(CustomerId(customer));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().purpose, QStringLiteral("marketing_sms"));
    QCOMPARE(history.first().granted, false);
    QCOMPARE(history.first().staffName, wealth.user.displayName);
    QCOMPARE(history.last().evidence, QStringLiteral("F-2026-0042"));

    const QList<ConsentService::PurposeState> states = *consent.current(CustomerId(customer));
    QCOMPARE(states.size(), ConsentPurposes::all().size());
    for (const ConsentService::PurposeState &state : states) {
        QCOMPARE(state.granted, state.purpose == ConsentPurpose::GroupSharing);
        QCOMPARE(state.recorded, state.purpose == ConsentPurpose::GroupSharing
                                         || state.purpose == ConsentPurpose::MarketingSms);
    }
    // Three consent rows and two summary changes of the customer, all waiting for sync.
    QCOMPARE(ChangeRecorder::pendingCount(m_store), changesBefore + 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                  "'consent_record' AND pushed_at IS NULL")), 3);
    QVERIFY(lastAudit(QStringLiteral("consent_change")).contains(QStringLiteral("marketing_sms")));
    QVERIFY(!lastAudit(QStringLiteral("consent_change")).contains(QStringLiteral("F-2026")));
}

void tst_Privacy::consentNeedsPermissionAndEvidence()
{
    const Session teller = signIn(QStringLiteral("teller"));
    ConsentService refused(m_store, teller);
    const int refusals = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'permission_refused'"));
    const Result<> refusal = refused.record(CustomerId(m_branch.otherCustomerId),
                                            ConsentPurpose::MarketingPhone, true,
                                            QStringLiteral("counter"), QStringLiteral("F-1"));
    QVERIFY(!refusal);
    QVERIFY(refusal.errorString().contains(teller.user.displayName));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'permission_refused'")), refusals + 1);

    const Session wealth = signIn(QStringLiteral("wealth"));
    ConsentService consent(m_store, wealth);
    const Result<> withoutEvidence = consent.record(CustomerId(m_branch.otherCustomerId),
                                                    ConsentPurpose::MarketingPhone, true,
                                                    QStringLiteral("counter"), QStringLiteral("  "));
    QVERIFY(!withoutEvidence);
    QVERIFY(!withoutEvidence.errorString().isEmpty());
    QVERIFY(!consent.record(CustomerId(m_branch.otherCustomerId), ConsentPurpose::MarketingPhone, true,
                            QStringLiteral("carrier pigeon"), QStringLiteral("F-1")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consent_record WHERE customer_id = ?"),
                   {m_branch.otherCustomerId}), 0);

    // A summary from before per-purpose consent survives a non-marketing record ...
    exec(QStringLiteral("UPDATE customer SET marketing_consent = 1 WHERE id = ?"),
         {m_branch.otherCustomerId});
    QVERIFY(consent.record(CustomerId(m_branch.otherCustomerId), ConsentPurpose::GroupSharing, false,
                           QStringLiteral("counter"), QString()));
    QCOMPARE(count(QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?"),
                   {m_branch.otherCustomerId}), 1);
    // ... and follows the records once a marketing purpose has one.
    QVERIFY(consent.record(CustomerId(m_branch.otherCustomerId), ConsentPurpose::MarketingPhone, false,
                           QStringLiteral("phone"), QString()));
    QCOMPARE(count(QStringLiteral("SELECT marketing_consent FROM customer WHERE id = ?"),
                   {m_branch.otherCustomerId}), 0);
}

void tst_Privacy::revealNeedsPermissionAndReason()
{
    const Session teller = signIn(QStringLiteral("teller"));
    PersonalDataReveal refused(m_store, teller);
    QVERIFY(!refused.reveal(CustomerId(m_branch.customerId), PersonalDataReveal::Field::Phone,
                            QStringLiteral("customer asked")));
    QVERIFY(lastAudit(QStringLiteral("permission_refused"))
                    .contains(QStringLiteral("reveal_personal_data")));

    const Session wealth = signIn(QStringLiteral("wealth"));
    PersonalDataReveal reveal(m_store, wealth);
    const int reveals = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'reveal_personal_data'"));
    const Result<QString> shortReason = reveal.reveal(
            CustomerId(m_branch.customerId), PersonalDataReveal::Field::Phone, QStringLiteral("  ok "));
    QVERIFY(!shortReason);
    QVERIFY(!shortReason.errorString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'reveal_personal_data'")), reveals);
}

void tst_Privacy::revealIsAuditedWithReasonNotValue()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    PersonalDataReveal reveal(m_store, wealth);
    const Result<QString> phone = reveal.reveal(
            CustomerId(m_branch.customerId), PersonalDataReveal::Field::Phone,
            QStringLiteral("calling back about the maturity"));
    QVERIFY2(phone, qPrintable(phone.errorString()));
    QCOMPARE(*phone, QStringLiteral("13800138000"));
    const Result<QString> id = reveal.reveal(
            CustomerId(m_branch.customerId), PersonalDataReveal::Field::IdNumber,
            QStringLiteral("identity check at the counter"));
    QCOMPARE(*id, QStringLiteral("110101198001010010"));
    const QString entry = lastAudit(QStringLiteral("reveal_personal_data"));
    QVERIFY(entry.contains(QStringLiteral("identity check at the counter")));
    QVERIFY(entry.contains(QStringLiteral("id_number")));
    QVERIFY(entry.contains(m_branch.customerId));
    QVERIFY(!entry.contains(QStringLiteral("110101198001010010")));
}

void tst_Privacy::exportHoldsEveryRowOfTheCustomer()
{
    // Some rows in other tables, so the export has more than the customer row to find.
    const Session wealth = signIn(QStringLiteral("wealth"));
    {
        Transaction transaction(m_store.database());
        CustomerContactRepository contacts(m_store);
        const Result<QString> inserted = contacts.insertInteraction(
                {CustomerId(m_branch.customerId), wealth.user.id, QStringLiteral("phone"),
                 QStringLiteral("maturity"), ContactOutcome::Interested,
                 QStringLiteral("wants a 3-year deposit"), QStringLiteral(""), {}});
        QVERIFY2(inserted && !inserted->isEmpty(), qPrintable(inserted.errorString()));
        QVERIFY(transaction.commit());
    }
    const Session head = signIn(QStringLiteral("head"));
    PersonalDataRights rights(m_store, head);
    const Result<QJsonObject> exported = rights.exportFor(CustomerId(m_branch.customerId));
    QVERIFY2(exported, qPrintable(exported.errorString()));
    const QJsonObject customer = exported->value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("13800138000"));
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    const QJsonObject tables = exported->value(QStringLiteral("tables")).toObject();
    for (const QString &table : customerTables()) {
        if (table == QLatin1String("customer_search_key")
            || table == QLatin1String("customer_birthday"))
            continue; // derived from the customer row
        const int stored = count(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?")
                                         .arg(table), {m_branch.customerId});
        QCOMPARE(tables.value(table).toArray().size(), stored);
    }
    QCOMPARE(tables.value(QStringLiteral("interaction")).toArray().first().toObject()
                     .value(QStringLiteral("customer_voice")).toString(),
             QStringLiteral("wants a 3-year deposit"));
    QCOMPARE(tables.value(QStringLiteral("consent_record")).toArray().size(), 3);
    QVERIFY(lastAudit(QStringLiteral("personal_data_export")).contains(m_branch.customerId));
    // Readable: the JSON has the customer's name as text, not escaped.
    QVERIFY(QJsonDocument(*exported).toJson().contains(QByteArray("张三")));
}

void tst_Privacy::exportNeedsPermission()
{
    for (const char *user : {"wealth", "admin", "teller", "lobby"}) {
        const Session session = signIn(QString::fromLatin1(user));
        PersonalDataRights rights(m_store, session);
        QVERIFY(!rights.exportFor(CustomerId(m_branch.customerId)));
        const Result<int> erased = rights.erase(CustomerId(m_branch.customerId), QStringLiteral("REQ-1"));
        QVERIFY(!erased);
        QVERIFY(!erased.errorString().isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT erased_at IS NULL FROM customer WHERE id = ?"),
                   {m_branch.customerId}), 1);
}

void tst_Privacy::everyCustomerTableIsMapped()
{
    // sync_moved_away holds only the ids of customers who moved to another branch and of
    // their rows (sync bookkeeping, no personal data; an erasure keeps ids too).
    // customer_birthday (0034) is derived from the birth date: its trigger drops the entry
    // when erasure clears the date.
    QStringList mapped{QStringLiteral("customer_search_key"), QStringLiteral("sync_moved_away"),
                       QStringLiteral("customer_birthday")};
    for (const CustomerDataTable &table : CustomerDataMap::tables())
        mapped << table.table;
    for (const QString &table : customerTables())
        QVERIFY2(mapped.contains(table),
                 qPrintable(QStringLiteral("%1 has a customer_id column but is not in "
                                           "CustomerDataMap: export and erasure miss it")
                                    .arg(table)));
}

void tst_Privacy::erasureLeavesNoPersonalDataAnywhere()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    const Session head = signIn(QStringLiteral("head"));
    // Personal data spread over the tables, through the services where there is one, so
    // the sync outbox holds the old values too.
    CustomerService customers(m_store, head);
    QVERIFY(customers.edit(CustomerId(kErasedId), {{QStringLiteral("phone"), kPhone}}).ok);
    QVERIFY(ConsentService(m_store, wealth).record(CustomerId(kErasedId), ConsentPurpose::MarketingPhone,
                                                   true, QStringLiteral("phone"),
                                                   QStringLiteral("call ") + kPhone));
    {
        Transaction transaction(m_store.database());
        CustomerContactRepository contacts(m_store);
        QVERIFY(!contacts.insertInteraction({CustomerId(kErasedId), wealth.user.id,
                                             QStringLiteral("visit"),
                                             QStringLiteral("visit at ") + kAddress, {},
                                             kName + QStringLiteral(" says call ") + kPhone,
                                             QStringLiteral("lives at ") + kAddress, {}})
                         ->isEmpty());
        QVERIFY(transaction.commit());
    }
    exec(QStringLiteral("INSERT INTO customer_event(id, customer_id, occurred_at, kind, detail) "
                        "VALUES ('ev1', ?, '2026-01-01T00:00:00Z', 'address_change', ?)"),
         {kErasedId, kAddress});
    exec(QStringLiteral("INSERT INTO txn(id, customer_id, occurred_at, kind, channel, amount_fen, "
                        "counterparty) VALUES ('tx1', ?, '2026-01-01T00:00:00Z', 'transfer_in', "
                        "'ebanking', 100, ?)"),
         {kErasedId, kName});
    exec(QStringLiteral("INSERT INTO kyc_session(id, customer_id, version_no, started_at, "
                        "updated_at, risk_drivers) VALUES ('ks1', ?, 1, '2026-01-01', "
                        "'2026-01-01', ?)"),
         {kErasedId, QStringLiteral("[\"%1\"]").arg(kAddress)});
    exec(QStringLiteral("INSERT INTO kyc_answer(id, session_id, cell, question_id, value_json, "
                        "answered_at) VALUES ('ka1', 'ks1', 'present.personal', 'q.address', ?, "
                        "'2026-01-01')"),
         {QStringLiteral("\"%1\"").arg(kAddress)});
    exec(QStringLiteral("INSERT INTO lobby_visit(id, branch_id, customer_id, description, "
                        "entered_at, value_class, updated_at) VALUES ('lv1', ?, ?, ?, "
                        "'2026-01-01', 'potential_vip', '2026-01-01')"),
         {m_branch.branchId, kErasedId, kName + QStringLiteral(", tall")});
    exec(QStringLiteral("INSERT INTO referral(id, branch_id, customer_id, form, source, "
                        "referred_by, contact_phone, reason, created_at, updated_at) "
                        "VALUES ('rf1', ?, ?, 'referral', 'lobby', ?, ?, ?, '2026-01-01', "
                        "'2026-01-01')"),
         {m_branch.branchId, kErasedId, wealth.user.id, kPhone, kName});
    exec(QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES ('t1', "
                        "'preferences', 'hobby', 'travel')"), {});
    exec(QStringLiteral("INSERT INTO customer_tag(id, customer_id, tag_id, source, set_at, "
                        "updated_at) VALUES ('ct1', ?, 't1', 'staff', '2026-01-01', "
                        "'2026-01-01')"), {kErasedId});
    exec(QStringLiteral("INSERT INTO sync_conflict(id, table_name, row_id, field, kept_value, "
                        "lost_value, kept_hlc, lost_hlc, detected_at) VALUES ('sc1', 'customer', "
                        "?, 'address', ?, ?, 'a', 'b', '2026-01-01')"),
         {kErasedId, kAddress, QStringLiteral("old ") + kAddress});
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE instr(fields_json, ?)"),
                  {kPhone}) > 0);
    QVERIFY(!customers.find(kName)->isEmpty());

    PersonalDataRights rights(m_store, head);
    const Result<int> erased = rights.erase(CustomerId(kErasedId), QStringLiteral("REQ-7"));
    QVERIFY2(erased, qPrintable(erased.errorString()));
    QVERIFY(*erased >= 8);

    // Every text column of every table, found generically: none holds any of the values.
    const QStringList needles{kName, kPhone, m_idNumber, kAddress,
                              QStringLiteral("13700000001")};
    QSqlQuery tables(m_store.database());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")));
    int columnsScanned = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(m_store.database());
        QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            ++columnsScanned;
            for (const QString &needle : needles) {
                const int hits = count(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE "
                                                      "instr(CAST(\"%2\" AS TEXT), ?) > 0")
                                               .arg(table, column), {needle});
                QVERIFY2(hits == 0, qPrintable(QStringLiteral("%1.%2 still holds %3")
                                                       .arg(table, column, needle)));
            }
        }
    }
    QVERIFY(columnsScanned > 100);

    // Synced: the anonymised customer and the blanked rows are waiting to go out.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'customer' "
                                 "AND row_id = ? AND instr(fields_json, 'erased_at') > 0 AND "
                                 "pushed_at IS NULL"), {kErasedId}) == 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                 "'customer_tag' AND op = 'delete' AND row_id = 'ct1'")) == 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                 "'interaction' AND pushed_at IS NULL")) >= 2);
    // Others untouched, the audit trail intact and telling what happened.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE name = '张三'")), 1);
    QVERIFY(customers.find(kName)->isEmpty());
    QVERIFY(lastAudit(QStringLiteral("personal_data_erasure")).contains(QStringLiteral("REQ-7")));
    const AuditTrail::Verification verification = AuditTrail(m_store).verify();
    QVERIFY2(verification.intact, qPrintable(verification.problem));
    // Erased once is enough.
    QVERIFY(!rights.erase(CustomerId(kErasedId), QStringLiteral("REQ-8")));
}

void tst_Privacy::erasureNeedsPermissionAndReference()
{
    const Session head = signIn(QStringLiteral("head"));
    PersonalDataRights rights(m_store, head);
    QVERIFY(!rights.erase(CustomerId(m_branch.otherCustomerId), QStringLiteral("   ")));
    QVERIFY(!rights.erase(CustomerId(QStringLiteral("no-such-customer")), QStringLiteral("REQ-9")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE erased_at IS NOT NULL")),
             1);
}

QTEST_GUILESS_MAIN(tst_Privacy)
// F37 (RELIABILITY.md): a desk that follows the erasure of a customer moved away from it
// blanks the rows of theirs that stayed here (StayedRowBlanking) and takes a row's steps with
// it. A KYC interview's answers name no customer, only their interview: blanking the
// interview (its risk drivers) alone left every answer's words. Sync cannot bring this about
// today (kyc_session.customer_id is required, so a desk that drops a moved customer deletes
// their interviews and answers: MovedCustomers), so the path is driven here through the
// sweep's own entry point on a real desk file, the interview named as a stayed row as
// PulledErasures names them. Fails with the interview -> answers step removed from
// StayedRowBlanking: the answers keep their words and nothing of them is recorded.
void tst_Privacy::aStayedInterviewsAnswersAreBlankedWithIt()
{
    const QString customer = QStringLiteral("01907c2a-3333-7000-8000-0000000000e2");
    const QString session = QStringLiteral("01907c2a-3333-7000-8000-0000000000e3");
    const QStringList answers{QStringLiteral("01907c2a-3333-7000-8000-0000000000e4"),
                              QStringLiteral("01907c2a-3333-7000-8000-0000000000e5")};
    const QString words = QStringLiteral("\"儿子在深圳买房缺首付\"");
    QVERIFY(test::addCustomer(m_store, customer, m_branch.branchId, QStringLiteral("C33010699998"),
                              QStringLiteral("孙留下"),
                              ResidentIdNumber::compose(QStringLiteral("330106"), QDate(1980, 1, 1), 31),
                              QStringLiteral("13700000002"),
                              100000, QStringLiteral("silver"), QString()));
    exec(QStringLiteral("INSERT INTO kyc_session (id, customer_id, version_no, status, "
                        "started_at, updated_at, risk_drivers) VALUES (?, ?, 1, 'draft', "
                        "'2026-12-07T08:00:00.000Z', '2026-12-07T08:00:00.000Z', ?)"),
         {session, customer, QStringLiteral("[\"买房\"]")});
    const std::optional<QVariant> sealed = SensitiveColumns::sealColumn(
            m_store, QStringLiteral("kyc_answer"), QStringLiteral("value_json"), words);
    QVERIFY(sealed);
    for (int i = 0; i < answers.size(); ++i)
        exec(QStringLiteral("INSERT INTO kyc_answer (id, session_id, cell, question_id, "
                            "value_json, answered_at) VALUES (?, ?, 'present.finance', ?, ?, "
                            "'2026-12-07T08:01:00.000Z')"),
             {answers.at(i), session, QStringLiteral("q%1").arg(i), *sealed});
    {
        Transaction transaction(m_store.database());
        const Result<bool> followed = CustomerDataSweep(m_store).followErasureOfMovedAway(
                CustomerId(customer), {}, {QStringLiteral("kyc_session/") + session}, {});
        QVERIFY2(followed, qPrintable(followed.errorString()));
        QVERIFY(transaction.commit());
    }
    QSqlQuery read(m_store.database());
    QVERIFY(read.exec(QStringLiteral("SELECT id, value_json FROM kyc_answer WHERE session_id = '%1'")
                              .arg(session)));
    int blank = 0;
    while (read.next()) {
        const QString value = SensitiveColumns::openColumn(m_store, QStringLiteral("kyc_answer"),
                                                           QStringLiteral("value_json"),
                                                           read.value(1))
                                      .toString();
        QVERIFY2(value == QLatin1String("null"),
                 qPrintable(read.value(0).toString() + QLatin1String(": ") + value));
        ++blank;
    }
    QCOMPARE(blank, answers.size());
    // Each answer's blanking is recorded, so every copy of it ends blank too.
    for (const QString &answer : answers)
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                      "'kyc_answer' AND row_id = ?"),
                       {answer})
                         == 1,
                 qPrintable(answer));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_session WHERE id = ? AND "
                                  "risk_drivers = '[]'"),
                   {session}),
             1);
}

#include "tst_privacy.moc"
