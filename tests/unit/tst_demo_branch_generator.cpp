// The demo branch generator: realistic, valid and deterministic content in every table a
// workspace reads, written all at once or not at all.
#include "app/demo/DemoBranchGenerator.h"
#include "../common/DemoBranchDigest.h"
#include "../common/ResultAssert.h"
#include "app/domain/CustomerTier.h"
#include "app/domain/MobileNumber.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/domain/StaffRole.h"
#include "app/services/calls/LifecycleUpdater.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace bd;

namespace {
constexpr int kCustomers = 2000;
constexpr quint64 kSeed = 20261123;
} // namespace

class tst_DemoBranchGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressIsReported();
    void storeIsMarkedAsDemo();
    void idNumbersMatchThePerson();
    void phonesAreValid();
    void cifNumbersAreUniqueAndFormatted();
    void tierFollowsAum();
    void aumIsTheSumOfActiveAssetHoldings();
    void latestSnapshotIsTodaysAum();
    void kycFileFollowsTheFinalSessions();
    void foreignKeysHold();
    void indexesAreThoseOfANewFileAndIntact();
    void everyRoleIsOnTheRoster_data();
    void everyRoleIsOnTheRoster();
    void sameSeedSameBranch();
    void sameSeedSameRowsInEveryTable();
    void otherSeedOtherBranch();
    void vipShareIsPlausible();
    void commonSurnamesLead();
    void everyProductFamilyIsHeld_data();
    void everyProductFamilyIsHeld();
    void workspacesHaveContent_data();
    void workspacesHaveContent();
    void secondRunIsRefusedAndChangesNothing();
    void demoAccountsSignIn_data();
    void demoAccountsSignIn();
    void recomputingLifecycleStagesChangesNothing();

private:
    qint64 count(const QString &sql, Store &store);
    QByteArray contentHash(Store &store);
    bool generate(Store &store, const QString &name, quint64 seed);

    QTemporaryDir m_dir;
    Store m_store;
    QList<QPair<qint64, qint64>> m_progress;
    QList<QPair<DemoBranchGenerator::Phase, QPair<qint64, qint64>>> m_phases;
};

bool tst_DemoBranchGenerator::generate(Store &store, const QString &name, quint64 seed)
{
    if (!store.open(m_dir.filePath(name)))
        return false;
    DemoBranchGenerator generator;
    DemoBranchGenerator::Options options;
    options.customers = kCustomers;
    options.seed = seed;
    return generator.generate(store, options).ok();
}

qint64 tst_DemoBranchGenerator::count(const QString &sql, Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QByteArray tst_DemoBranchGenerator::contentHash(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT id, cif_no, name, gender, birth_date, id_number, phone, address,"
                       " occupation, aum_fen, tier, manager_id FROM customer ORDER BY cif_no"),
        QStringLiteral("SELECT id, customer_id, product_code, amount_fen, maturity_date, status"
                       " FROM holding ORDER BY id"),
        QStringLiteral("SELECT id, occurred_at, kind, amount_fen FROM txn ORDER BY id"),
        QStringLiteral("SELECT customer_id, rank_score, reason FROM call_task ORDER BY id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return {};
        const int columns = query.record().count();
        while (query.next())
            for (int c = 0; c < columns; ++c)
                // Sealed values differ per file (own key, random nonces): hash what they hold.
                hash.addData(SensitiveColumns::open(store, query.value(c)).toUtf8().append('\x1f'));
    }
    return hash.result().toHex();
}

void tst_DemoBranchGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("demo.db"))));
    QVERIFY(!DemoBranchGenerator::isDemoDatabase(m_store));
    DemoBranchGenerator generator;
    DemoBranchGenerator::Options options;
    options.customers = kCustomers;
    options.seed = kSeed;
    options.progress = [this](qint64 done, qint64 total) { m_progress.append({done, total}); };
    options.phaseProgress = [this](DemoBranchGenerator::Phase phase, qint64 done, qint64 total) {
        m_phases.append({phase, {done, total}});
    };
    QVERIFY_RESULT(generator.generate(m_store, options));
    QVERIFY(generator.rowsWritten() > kCustomers * 20);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer"), m_store), kCustomers);
}

void tst_DemoBranchGenerator::progressIsReported()
{
    QVERIFY(m_progress.size() >= 90 && m_progress.size() <= 110);
    QCOMPARE(m_progress.last(), qMakePair(qint64(kCustomers), qint64(kCustomers)));
    QVERIFY(std::is_sorted(m_progress.begin(), m_progress.end()));
    // Every phase reports, in order, and the search index reaches all customers.
    using Phase = DemoBranchGenerator::Phase;
    QList<Phase> order;
    for (const auto &report : std::as_const(m_phases)) {
        if (order.isEmpty() || order.last() != report.first)
            order << report.first;
    }
    QCOMPARE(order, (QList<Phase>{Phase::Customers, Phase::Today, Phase::Lifecycle, Phase::Voice, Phase::SearchIndex,
                                  Phase::Saving}));
    qint64 indexed = -1;
    for (const auto &report : std::as_const(m_phases)) {
        if (report.first == Phase::SearchIndex)
            indexed = report.second.first;
    }
    QCOMPARE(indexed, qint64(kCustomers));
    for (const Phase phase : order)
        QVERIFY(!DemoBranchGenerator::phaseLabel(phase).isEmpty());
}

void tst_DemoBranchGenerator::storeIsMarkedAsDemo()
{
    QVERIFY(DemoBranchGenerator::isDemoDatabase(m_store));
    QCOMPARE(m_store.setting(QStringLiteral("demo_branch_name")), QStringLiteral("上海陆家嘴支行"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM branch WHERE code = '310101'"), m_store), 1);
    // Seed data is the branch's baseline: nothing is queued for sync.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"), m_store), 0);
}

void tst_DemoBranchGenerator::idNumbersMatchThePerson()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id_number, birth_date, gender, birth_year FROM customer")));
    const QDate today = QDate::currentDate();
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString id = SensitiveColumns::open(m_store, query.value(0));
        QCOMPARE(ResidentIdNumber::check(id), ResidentIdNumber::Problem::None);
        // Sealed to the reveal key like the ID number; the year beside it plain.
        QVERIFY(SensitiveColumns::isSealedIdentifier(query.value(1)));
        const QDate birth = QDate::fromString(SensitiveColumns::open(m_store, query.value(1)),
                                              Qt::ISODate);
        QCOMPARE(ResidentIdNumber::birthDate(id), birth);
        QCOMPARE(query.value(3).toInt(), birth.year());
        int age = today.year() - birth.year();
        if (QDate(today.year(), birth.month(), 1).addDays(birth.day() - 1) > today)
            --age;
        QVERIFY2(age >= 18 && age <= 90, qPrintable(id));
        QCOMPARE(ResidentIdNumber::isMale(id), query.value(2).toString() == QLatin1String("M"));
    }
    QCOMPARE(rows, kCustomers);
}

void tst_DemoBranchGenerator::phonesAreValid()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT phone FROM customer")));
    while (query.next())
        QVERIFY2(MobileNumber::isValid(SensitiveColumns::open(m_store, query.value(0))),
                 qPrintable(query.value(0).toString()));
}

void tst_DemoBranchGenerator::cifNumbersAreUniqueAndFormatted()
{
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT cif_no) FROM customer"), m_store),
             kCustomers);
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT cif_no FROM customer")));
    static const QRegularExpression format(QStringLiteral("^C[0-9]{11}$"));
    while (query.next())
        QVERIFY(format.match(query.value(0).toString()).hasMatch());
}

void tst_DemoBranchGenerator::tierFollowsAum()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT aum_fen, tier FROM customer")));
    while (query.next())
        QCOMPARE(query.value(1).toString(),
                 Tiers::code(Tiers::forAum(Money::fromFen(query.value(0).toLongLong()))));
}

void tst_DemoBranchGenerator::aumIsTheSumOfActiveAssetHoldings()
{
    QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM customer c WHERE c.aum_fen <> (SELECT"
                     " COALESCE(SUM(amount_fen), 0) FROM holding h WHERE h.customer_id = c.id"
                     " AND h.status = 'active' AND h.product_family <> 'loan')"), m_store), 0);
}

void tst_DemoBranchGenerator::latestSnapshotIsTodaysAum()
{
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM aum_snapshot"), m_store), kCustomers * 12);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer c JOIN aum_snapshot s ON"
                                  " s.customer_id = c.id AND s.month = '%1'"
                                  " WHERE s.aum_fen = c.aum_fen").arg(month), m_store), kCustomers);
    // Recently downgraded customers were in their previous tier three months ago or more.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE previous_tier IS NOT NULL"
                                 " AND tier_changed_on IS NOT NULL"), m_store) > 20);
}

void tst_DemoBranchGenerator::kycFileFollowsTheFinalSessions()
{
    // The customer's KYC file (kyc_field, what the dashboards' nine-grid, the ranking and
    // segments read) holds the answers of the latest final KYC version, as the KYC
    // service writes it: a branch full of KYC answers has a full KYC file.
    const int customersWithFinal = count(QStringLiteral(
            "SELECT COUNT(DISTINCT customer_id) FROM kyc_session WHERE status = 'final'"), m_store);
    QVERIFY(customersWithFinal > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM kyc_field"), m_store),
             customersWithFinal);
    // Every field row is an answer of that customer's latest final session.
    QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM kyc_field f WHERE NOT EXISTS (SELECT 1 FROM kyc_answer a "
                     "WHERE a.session_id = f.session_id AND a.question_id = f.question_id) "
                     "OR f.session_id <> (SELECT s.id FROM kyc_session s WHERE s.customer_id = "
                     "f.customer_id AND s.status = 'final' ORDER BY s.version_no DESC LIMIT 1)"),
                   m_store),
             0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT question_id) FROM kyc_field"), m_store) >= 5);
}

void tst_DemoBranchGenerator::foreignKeysHold()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    if (query.next())
        QFAIL(qPrintable(QStringLiteral("%1 row %2 breaks a foreign key")
                                 .arg(query.value(0).toString(), query.value(1).toString())));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // switched back on after the bulk load
}

// The generator drops the customer's secondary indexes for the bulk load and makes them
// again from their own text: the file ends with the very indexes a new file has, and
// they agree with the table.
void tst_DemoBranchGenerator::indexesAreThoseOfANewFileAndIntact()
{
    Store fresh;
    QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("fresh.db"))));
    const auto indexes = [](Store &store) {
        QSqlQuery query(store.database());
        query.exec(QStringLiteral("SELECT name || ' ' || tbl_name || ' ' || coalesce(sql, '') "
                                  "FROM sqlite_schema WHERE type = 'index' ORDER BY name"));
        QStringList all;
        while (query.next())
            all << query.value(0).toString();
        return all;
    };
    const QStringList expected = indexes(fresh);
    QVERIFY(expected.filter(QStringLiteral("customer_segment ")).size() == 1);
    QCOMPARE(indexes(m_store), expected);
    QSqlQuery check(m_store.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void tst_DemoBranchGenerator::everyRoleIsOnTheRoster_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("minimum");
    QTest::newRow("branch head") << StaffRoles::code(StaffRole::BranchHead) << 1;
    QTest::newRow("admin") << StaffRoles::code(StaffRole::Admin) << 1;
    QTest::newRow("lobby managers") << StaffRoles::code(StaffRole::LobbyManager) << 2;
    QTest::newRow("tellers") << StaffRoles::code(StaffRole::Teller) << 4;
    QTest::newRow("wealth managers") << StaffRoles::code(StaffRole::WealthManager) << 4;
}

void tst_DemoBranchGenerator::everyRoleIsOnTheRoster()
{
    QFETCH(QString, role);
    QFETCH(int, minimum);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM staff_user WHERE role = '%1'").arg(role),
                  m_store) >= minimum);
}

void tst_DemoBranchGenerator::sameSeedSameBranch()
{
    Store again;
    QVERIFY(generate(again, QStringLiteral("again.db"), kSeed));
    const QByteArray first = contentHash(m_store);
    QVERIFY(!first.isEmpty());
    QCOMPARE(contentHash(again), first);
}

// Every table, row by row in the order written (sealed values opened): the rows are queued
// and written a batch later, with the identifiers sealed on other threads meanwhile; the
// branch must not depend on how that went. 2,000 customers end in a part batch.
void tst_DemoBranchGenerator::sameSeedSameRowsInEveryTable()
{
    Store again;
    QVERIFY(generate(again, QStringLiteral("again-all.db"), kSeed));
    const QMap<QString, QByteArray> first = test::demoBranchDigest(m_store);
    const QMap<QString, QByteArray> second = test::demoBranchDigest(again);
    QVERIFY(first.contains(QStringLiteral("customer")));
    QVERIFY(first.contains(QStringLiteral("household_member")));
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.constBegin(); it != first.constEnd(); ++it)
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
    // The identifiers are really sealed to the reveal key, not written in clear.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE id_number NOT LIKE "
                                  "'enc2:%' OR phone NOT LIKE 'enc2:%' OR address NOT LIKE 'enc2:%' OR "
                                  "birth_date NOT LIKE 'enc2:%'"),
                   m_store),
             0);
}

void tst_DemoBranchGenerator::otherSeedOtherBranch()
{
    Store other;
    QVERIFY(generate(other, QStringLiteral("other.db"), kSeed + 1));
    QVERIFY(contentHash(other) != contentHash(m_store));
}

void tst_DemoBranchGenerator::vipShareIsPlausible()
{
    const qint64 vip = count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE aum_fen >= 50000000"),
                             m_store);
    const double share = double(vip) / kCustomers;
    QVERIFY2(share >= 0.06 && share <= 0.15, qPrintable(QString::number(share)));
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE aum_fen < 5000000"), m_store)
            > kCustomers / 2);
}

void tst_DemoBranchGenerator::commonSurnamesLead()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT substr(name, 1, 1) AS s, COUNT(*) AS n FROM customer"
                                      " GROUP BY s ORDER BY n DESC LIMIT 5")));
    QStringList top;
    while (query.next())
        top << query.value(0).toString();
    for (const QString &surname : {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张")})
        QVERIFY2(top.contains(surname), qPrintable(top.join(QLatin1Char(' '))));
}

void tst_DemoBranchGenerator::everyProductFamilyIsHeld_data()
{
    QTest::addColumn<QString>("family");
    for (const char *family : {"deposit", "wealth", "fund", "insurance", "precious_metal", "bond",
                               "trust", "loan"})
        QTest::newRow(family) << QString::fromLatin1(family);
}

void tst_DemoBranchGenerator::everyProductFamilyIsHeld()
{
    QFETCH(QString, family);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM holding WHERE product_family = '%1'"
                                 " AND status = 'active'").arg(family), m_store) > 0);
}

void tst_DemoBranchGenerator::workspacesHaveContent_data()
{
    const QDate today = QDate::currentDate();
    const QString dayStart = SqlTime::localDayStart(today);
    const QString dayEnd = SqlTime::localDayEnd(today);
    const QString in90 = SqlTime::date(today.addDays(90));
    const QString todayText = SqlTime::date(today);
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("minimum");
    auto row = [](const char *name, const QString &sql, int minimum) {
        QTest::newRow(name) << sql << minimum;
    };
    row("maturities within 90 days", QStringLiteral("SELECT COUNT(*) FROM holding WHERE status ="
        " 'active' AND maturity_date > '%1' AND maturity_date <= '%2'").arg(todayText, in90), 50);
    row("open-ended holdings", QStringLiteral("SELECT COUNT(*) FROM holding WHERE maturity_date IS NULL"), 100);
    row("matured holdings", QStringLiteral("SELECT COUNT(*) FROM holding WHERE status = 'matured'"), 10);
    for (const char *kind : {"browse_fund", "browse_insurance", "browse_precious_metal", "complaint",
                             "seminar"})
        row(kind, QStringLiteral("SELECT COUNT(*) FROM customer_event WHERE kind = '%1'")
                          .arg(QLatin1String(kind)), 5);
    for (const char *channel : {"counter", "atm", "ebanking", "mobile", "phone", "pos", "agent"})
        row(channel, QStringLiteral("SELECT COUNT(*) FROM txn WHERE channel = '%1'")
                             .arg(QLatin1String(channel)), 10);
    row("large outflows", QStringLiteral("SELECT COUNT(*) FROM txn WHERE kind = 'transfer_out'"
        " AND amount_fen >= 10000000"), 5);
    row("customer voice with competitors", QStringLiteral("SELECT COUNT(*) FROM interaction WHERE"
        " competitor <> '' AND customer_voice <> ''"), 10);
    row("follow-ups", QStringLiteral("SELECT COUNT(*) FROM interaction WHERE next_follow_up IS NOT NULL"), 20);
    // What the branch has heard in its notes, read when the demo was made (docs/VOICE.md).
    row("voice findings", QStringLiteral("SELECT COUNT(*) FROM voice_finding"), 20);
    // Open referrals past their deadline were escalated then, not left to the first sign-in.
    row("referrals escalated when overdue", QStringLiteral("SELECT COUNT(*) FROM referral"
        " WHERE escalated_at IS NOT NULL"), 1);
    row("KYC answers in present.finance", QStringLiteral("SELECT COUNT(*) FROM kyc_answer WHERE"
        " cell = 'present.finance'"), 20);
    for (const char *source : {"kyc", "rule", "staff", "observed"})
        row(source, QStringLiteral("SELECT COUNT(*) FROM customer_tag WHERE source = '%1'")
                            .arg(QLatin1String(source)), 5);
    row("tags of five dimensions", QStringLiteral("SELECT COUNT(DISTINCT t.dimension) FROM tag t"
        " JOIN customer_tag ct ON ct.tag_id = t.id"), 5);
    row("expected fund arrivals", QStringLiteral("SELECT COUNT(*) FROM fund_arrival WHERE status = 'expected'"), 20);
    row("lifecycle stages", QStringLiteral("SELECT COUNT(DISTINCT lifecycle_stage) FROM customer"), 5);
    row("owned customers", QStringLiteral("SELECT COUNT(*) FROM customer WHERE assignment_mode = 'owned'"
        " AND manager_id IS NOT NULL"), 100);
    row("list customers", QStringLiteral("SELECT COUNT(*) FROM customer WHERE assignment_mode = 'list'"), 100);
    row("today's lobby visits", QStringLiteral("SELECT COUNT(*) FROM lobby_visit WHERE entered_at >="
        " '%1' AND entered_at < '%2'").arg(dayStart, dayEnd), 10);
    row("value classes today", QStringLiteral("SELECT COUNT(DISTINCT value_class) FROM lobby_visit"), 3);
    row("open lobby referrals", QStringLiteral("SELECT COUNT(*) FROM referral WHERE status = 'logged'"
        " AND source = 'lobby'"), 2);
    row("open teller referrals", QStringLiteral("SELECT COUNT(*) FROM referral WHERE status = 'logged'"
        " AND source = 'teller'"), 1);
    row("referral checklists", QStringLiteral("SELECT COUNT(DISTINCT referral_id) FROM referral_check"), 5);
    row("today's teller sessions", QStringLiteral("SELECT COUNT(*) FROM teller_session WHERE"
        " started_at >= '%1' AND started_at < '%2' AND greeted_at IS NOT NULL").arg(dayStart, dayEnd), 8);
    row("segments", QStringLiteral("SELECT COUNT(*) FROM segment"), 3);
    row("wealth managers with call tasks", QStringLiteral("SELECT COUNT(DISTINCT t.assigned_to) FROM"
        " call_task t JOIN staff_user s ON s.id = t.assigned_to WHERE s.role = 'wealth_manager'"), 4);
    row("ranked call tasks", QStringLiteral("SELECT COUNT(*) FROM call_task WHERE rank_score > 0"
        " AND reason <> ''"), 40);
    for (const char *kind : {"welcome_day0", "care_sms_2w", "kyc_90d", "birthday", "maturity",
                             "retention"})
        row(kind, QStringLiteral("SELECT COUNT(*) FROM care_task WHERE kind = '%1'")
                          .arg(QLatin1String(kind)), 1);
    row("audited", QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo_generate'"), 1);
}

void tst_DemoBranchGenerator::workspacesHaveContent()
{
    QFETCH(QString, sql);
    QFETCH(int, minimum);
    const qint64 found = count(sql, m_store);
    QVERIFY2(found >= minimum, qPrintable(QStringLiteral("%1 < %2").arg(found).arg(minimum)));
}

void tst_DemoBranchGenerator::secondRunIsRefusedAndChangesNothing()
{
    const QByteArray before = contentHash(m_store);
    const qint64 staff = count(QStringLiteral("SELECT COUNT(*) FROM staff_user"), m_store);
    const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"), m_store);
    DemoBranchGenerator generator;
    DemoBranchGenerator::Options options;
    options.customers = 10;
    const Result<> refused = generator.generate(m_store, options);
    QVERIFY(!refused);
    QVERIFY(!refused.errorString().isEmpty());
    QCOMPARE(contentHash(m_store), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_user"), m_store), staff);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log"), m_store), audit);
}

void tst_DemoBranchGenerator::demoAccountsSignIn_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    const auto accounts = DemoBranchGenerator::demoAccounts();
    QVERIFY(accounts.size() >= 5);
    for (const DemoBranchGenerator::DemoAccount &account : accounts)
        QTest::newRow(qPrintable(account.username)) << account.username << account.password
                                                    << account.role;
}

void tst_DemoBranchGenerator::demoAccountsSignIn()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, role);
    AuthService auth(m_store);
    const AuthService::Result result = auth.signIn(username, password);
    QCOMPARE(result.outcome, AuthService::Outcome::SignedIn);
    QVERIFY(result.session);
    QCOMPARE(StaffRoles::code(result.session->user.role), role);
    QVERIFY(!result.session->user.displayName.isEmpty());
    auth.signOut(*result.session);
}

// The branch head's "Recompute lifecycle stages" on a fresh demo branch: the generator placed
// every customer where LifecycleRules puts them (stage and reason), so the run changes no
// stage and queues nothing for sync. Before the fix the writer's own guess (and no reason)
// made the run change all 2,000 customers and queue 2,000 changes (issue #15: 50,000 at
// 50,000). Last: a failing run writes.
void tst_DemoBranchGenerator::recomputingLifecycleStagesChangesNothing()
{
    AuthService auth(m_store);
    const AuthService::Result head = auth.signIn(QStringLiteral("head"), QStringLiteral("head-demo"));
    QVERIFY(head.session);
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT lifecycle_stage) FROM customer"), m_store)
            >= 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE COALESCE(lifecycle_reason, '') = ''"),
                   m_store), 0);
    const qint64 waiting = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"), m_store);
    const LifecycleUpdater::Report report = LifecycleUpdater(m_store, *head.session).recomputeMine();
    QVERIFY2(report.ok, qPrintable(report.problem));
    QCOMPARE(report.checked, kCustomers);
    QCOMPARE(report.changed, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"), m_store), waiting);
    auth.signOut(*head.session);
}

QTEST_GUILESS_MAIN(tst_DemoBranchGenerator)
#include "tst_demo_branch_generator.moc"
